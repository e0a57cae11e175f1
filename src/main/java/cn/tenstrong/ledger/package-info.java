/**
 * 工作台账: progress rounds (调度), reports on each plan item with evidence, the status engine that says who is
 * on track, reminders, scorecards, the dashboard, and the ledger as Excel and the round's report as Word.
 */
@org.springframework.modulith.ApplicationModule(displayName = "工作台账",
        allowedDependencies = {"access", "audit", "org", "plan", "project", "shared"})
package cn.tenstrong.ledger;
