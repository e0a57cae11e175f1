package cn.tenstrong.listing;

import java.util.Arrays;
import java.util.Optional;

/** 上市阶段: forward only; 上市 ends the path. */
public enum ListingStage {
    CULTIVATING("培育"), TUTORING("辅导备案"), FILED("申报受理"), APPROVED("审核通过"), LISTED("上市");

    private final String label;

    ListingStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By code (TUTORING) or label (辅导备案). */
    public static Optional<ListingStage> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(s -> s.label.equals(t) || s.name().equalsIgnoreCase(t)).findFirst();
    }
}
