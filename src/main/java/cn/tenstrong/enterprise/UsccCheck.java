package cn.tenstrong.enterprise;

import java.util.Optional;

/**
 * 统一社会信用代码校验结果.
 *
 * @param code    the code as given (trimmed, upper-cased)
 * @param failure the first rule that failed, or {@code null} when valid
 * @param message 中文说明, naming the expected character where one can be computed
 */
public record UsccCheck(String code, UsccFailure failure, String message) {

    /** 是否通过全部校验. */
    public boolean valid() {
        return failure == null;
    }

    /** The failed rule, if any. */
    public Optional<UsccFailure> failureIfAny() {
        return Optional.ofNullable(failure);
    }
}
