package cn.tenstrong.targeting;

import java.util.Arrays;
import java.util.Optional;

/** 跟进方式: how a lead was followed up. */
public enum ActivityKind {
    /** 拜访 */
    VISIT("拜访"),
    /** 会议 */
    MEETING("会议"),
    /** 电话 */
    CALL("电话"),
    /** 考察 */
    INSPECTION("考察"),
    /** 其他 */
    OTHER("其他");

    private final String label;

    ActivityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ActivityKind> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(k -> k.label.equals(t) || k.name().equalsIgnoreCase(t)).findFirst();
    }
}
