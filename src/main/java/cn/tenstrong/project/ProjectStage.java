package cn.tenstrong.project;

import java.util.Arrays;
import java.util.Optional;

/** 项目阶段, in the order a project moves through them. */
public enum ProjectStage {
    SIGNED("签约"), STARTED("开工"), BUILDING("在建"), COMPLETED("竣工投产");

    private final String label;

    ProjectStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stage after this one, empty for 竣工投产. */
    public Optional<ProjectStage> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public boolean atLeast(ProjectStage other) {
        return ordinal() >= other.ordinal();
    }

    /** Reads a Chinese label ("在建") or a constant name ("BUILDING"). */
    public static Optional<ProjectStage> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(s -> s.label.equals(t) || s.name().equalsIgnoreCase(t)).findFirst();
    }
}
