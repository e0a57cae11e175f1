/**
 * 行动计划 (plan) module, public API: {@link cn.tenstrong.plan.PlanParser} reads a plan document into
 * {@link cn.tenstrong.plan.ParsedDocument} → {@link cn.tenstrong.plan.Plan} → {@link cn.tenstrong.plan.PlanItem}
 * → {@link cn.tenstrong.plan.Target}; {@link cn.tenstrong.plan.PlanJson} writes the {@code parse} JSON contract;
 * {@link cn.tenstrong.plan.ParseCommand} is the {@code parse FILE} command. The rules live in
 * {@code internal.parse}, which other modules must not use.
 */
package cn.tenstrong.plan;
