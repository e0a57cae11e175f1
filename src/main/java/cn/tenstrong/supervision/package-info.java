/**
 * 督导评估 → 整改落实 → 销号: a task force's inspections (督导) of a progress round, an industry or an agency; the
 * findings (问题) they record; each finding's 整改 task with its owner, deadline and 验收标准; the owner's progress
 * reports, the task force's verification (销号 or 退回), the 回头看 re-check; overdue 整改 as of a date; the 整改台账 in
 * Excel both ways and the 督导报告 in Word.
 */
@org.springframework.modulith.ApplicationModule(displayName = "督导整改",
        allowedDependencies = {"access", "audit", "ledger", "org", "plan", "shared"})
package cn.tenstrong.supervision;
