/**
 * 行动计划: reads plan documents into plans, goals, tasks and measures with their responsible agencies,
 * quantitative targets and deadlines; keeps them versioned per industry and year.
 */
@org.springframework.modulith.ApplicationModule(displayName = "行动计划")
package cn.tenstrong.plan;
