package cn.tenstrong.project;

/** Where a flagged pair of projects stands. */
public enum DuplicateStatus {
    /** 疑似重复: flagged, not yet looked at. */
    OPEN("疑似重复"),
    /** 不是重复: dismissed with a reason; detection does not flag the pair again. */
    DISMISSED("不是重复"),
    /** 已确认重复: one of the two is a duplicate of the other and no longer counts. */
    CONFIRMED("已确认重复");

    private final String label;

    DuplicateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
