package cn.tenstrong.ledger;

/**
 * 完成状态 of an item or target, from best to worst. {@link #severity()} orders them for "the worst of its
 * targets" and for colouring.
 */
public enum ProgressStatus {
    /** 已完成 */
    DONE(0),
    /** 正常推进 */
    ON_TRACK(1),
    /** 未报送 */
    NOT_REPORTED(2),
    /** 滞后 */
    BEHIND(3),
    /** 严重滞后 */
    SEVERELY_BEHIND(4),
    /** 逾期 */
    OVERDUE(5);

    private final int severity;

    ProgressStatus(int severity) {
        this.severity = severity;
    }

    public int severity() {
        return severity;
    }

    public ProgressStatus worse(ProgressStatus other) {
        return other.severity > severity ? other : this;
    }

    /** On track in the scorecards' sense: done or progressing as planned. */
    public boolean healthy() {
        return this == DONE || this == ON_TRACK;
    }
}
