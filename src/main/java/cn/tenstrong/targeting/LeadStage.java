package cn.tenstrong.targeting;

import java.util.Arrays;
import java.util.Optional;

/** 线索阶段: forward only; 签约 and 终止 end a lead. */
public enum LeadStage {
    LEAD("线索"), CONTACTED("接洽"), VISITED("考察"), NEGOTIATING("洽谈"), SIGNED("签约"), DROPPED("终止");

    private final String label;

    LeadStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return this == SIGNED || this == DROPPED;
    }

    public static Optional<LeadStage> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(s -> s.label.equals(t) || s.name().equalsIgnoreCase(t)).findFirst();
    }
}
