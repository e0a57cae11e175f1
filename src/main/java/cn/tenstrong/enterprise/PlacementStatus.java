package cn.tenstrong.enterprise;

/** 挂链状态: automatic placements are suggestions until the task force confirms or rejects them. */
public enum PlacementStatus {
    /** 自动匹配，待确认 (counted on the map). */
    SUGGESTED("待确认"),
    /** 已确认. */
    CONFIRMED("已确认"),
    /** 已驳回 (not counted; automatic matching never re-adds it). */
    REJECTED("已驳回");

    private final String label;

    PlacementStatus(String label) {
        this.label = label;
    }

    /** 中文名称. */
    public String label() {
        return label;
    }
}
