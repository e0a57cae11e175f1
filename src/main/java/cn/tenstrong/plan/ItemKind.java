package cn.tenstrong.plan;

/** The part of a plan an item belongs to. */
public enum ItemKind {
    /** 工作目标 (also 发展目标, 总体要求) */
    GOAL,
    /** 主要任务 (also 重点任务) */
    TASK,
    /** 推进措施 (also 保障措施) */
    MEASURE
}
