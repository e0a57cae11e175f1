package cn.tenstrong.access;

import java.util.Optional;

/**
 * 口令策略 (等保 2.0 三级): at least 8 characters from at least 3 of the 4 classes upper case,
 * lower case, digits and symbols.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    /** The Chinese reason the password is refused, or empty when it is acceptable. */
    public static Optional<String> violation(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("密码长度至少为" + MIN_LENGTH + "位");
        }
        if (password.length() > 128) {
            return Optional.of("密码长度不能超过128位");
        }
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!Character.isWhitespace(c)) {
                other = true;
            }
        }
        int classes = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        if (classes < 3) {
            return Optional.of("密码须包含大写字母、小写字母、数字、特殊字符中的至少三类");
        }
        return Optional.empty();
    }
}
