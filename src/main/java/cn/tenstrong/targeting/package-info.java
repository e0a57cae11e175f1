/**
 * 精准招商: the lead pipeline (招商线索: 线索 → 接洽 → 考察 → 洽谈 → 签约, or 终止), a signed lead becoming a
 * project in the project library, and ranked, explained recommendations of enterprises to attract to a chain
 * segment (outside Shandong by default), and 招商活动 (对接会, 推介会, 博览会, 签约活动 …) with the leads and projects
 * that came out of them.
 *
 * <p>Public API: {@link cn.tenstrong.targeting.LeadBook}, {@link cn.tenstrong.targeting.EventBook},
 * {@link cn.tenstrong.targeting.TargetRecommender} and their records. A signing recomputes the plan targets bound to
 * live data directly ({@code TargetBindings.recomputeAll}), in the signing transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "精准招商",
        allowedDependencies = {"access", "audit", "chain", "enterprise", "org", "project", "shared"})
package cn.tenstrong.targeting;
