/**
 * 行动计划: reads plan documents into plans, goals, tasks and measures with their responsible agencies,
 * quantitative targets and deadlines ({@link cn.tenstrong.plan.PlanParser}, the {@code parse} JSON contract in
 * {@link cn.tenstrong.plan.PlanJson}); stores them versioned per industry and year ({@link cn.tenstrong.plan.PlanImports},
 * {@link cn.tenstrong.plan.PlanCatalog}). The parsing rules live in {@code internal.parse}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "行动计划",
        allowedDependencies = {"access", "audit", "org", "shared"})
package cn.tenstrong.plan;
