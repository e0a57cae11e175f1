/**
 * 项目库: projects by category, city, park and chain segment, their stages (签约 → 开工 → 在建 → 竣工投产),
 * monthly investment reports, Excel import, duplicate detection, the KPIs (开工率, 投资完成率, 资金到位率), and
 * plan targets bound to live project data (the ledger hears {@link cn.tenstrong.project.LiveTargetValue}).
 *
 * <p>Public API: {@link cn.tenstrong.project.ProjectLibrary}, {@link cn.tenstrong.project.ProjectKpis},
 * {@link cn.tenstrong.project.TargetBindings}, their records, and the events
 * {@link cn.tenstrong.project.ProjectInvestmentReported}, {@link cn.tenstrong.project.ProjectStageChanged},
 * {@link cn.tenstrong.project.LiveTargetValue}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "项目库",
        allowedDependencies = {"access", "audit", "chain", "enterprise", "org", "plan", "shared"})
package cn.tenstrong.project;
