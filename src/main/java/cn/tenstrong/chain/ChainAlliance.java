package cn.tenstrong.chain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * 产业链联盟 / 行业协会 / 创新联合体 working on a chain ("产业链联盟合作", seed line 77; "成立一个产业联盟", line 597).
 */
public record ChainAlliance(long id, String chainCode, String name, Kind kind, String note, String updatedBy,
                            Instant updatedAt, int version) {

    /** 类型. */
    public enum Kind {
        /** 联盟. */
        ALLIANCE("联盟"),
        /** 协会. */
        ASSOCIATION("协会"),
        /** 创新联合体. */
        CONSORTIUM("创新联合体");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** By enum name or Chinese label. */
        public static Optional<Kind> parse(String text) {
            String t = text == null ? "" : text.strip();
            return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(t) || k.label.equals(t)).findFirst();
        }
    }
}
