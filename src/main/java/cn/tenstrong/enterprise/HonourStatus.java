package cn.tenstrong.enterprise;

/** 荣誉核实状态. */
public enum HonourStatus {
    /** 自述: stated by the enterprise itself, not checked against an official list. */
    SELF_REPORTED("自述"),
    /** 已确认 by a task force. */
    CONFIRMED("已确认"),
    /** 已驳回 by a task force. */
    REJECTED("已驳回");

    private final String label;

    HonourStatus(String label) {
        this.label = label;
    }

    /** 中文名称. */
    public String label() {
        return label;
    }
}
