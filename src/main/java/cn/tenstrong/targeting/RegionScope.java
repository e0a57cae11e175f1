package cn.tenstrong.targeting;

import java.util.Arrays;
import java.util.Optional;

/** Where recommended enterprises may be registered. */
public enum RegionScope {
    /** 省外 (default): enterprises registered outside Shandong. */
    OUTSIDE_SHANDONG("省外企业"),
    /** 本市以外: enterprises not registered in the chosen city, Shandong's other cities included. */
    OUTSIDE_CITY("所选市以外（含省内其他市）"),
    /** 不限地区. */
    ALL("不限地区（含省内）");

    private final String label;

    RegionScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<RegionScope> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(t) || s.label.equals(t)).findFirst();
    }
}
