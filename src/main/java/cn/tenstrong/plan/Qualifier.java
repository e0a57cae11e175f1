package cn.tenstrong.plan;

/** How a target's number is meant. */
public enum Qualifier {
    /** 以上, 超过, 超, 突破, 不少于, 不低于 */
    MIN,
    /** 左右, 约 */
    APPROX,
    /** a bare number, or 达到 */
    EXACT,
    /** 以内, 不超过, 以下 */
    MAX,
    /** 5-6个: see low and high */
    RANGE
}
