/**
 * 评价: schemes (indicator trees with scoring rules, gates and award rules, loaded as data), the scoring engine, and
 * rounds of evaluation of parks, clusters and enterprises that decide awards.
 *
 * <p>Public API: {@link cn.tenstrong.evaluation.EvaluationResults}, {@link cn.tenstrong.evaluation.EvaluationRounds},
 * {@link cn.tenstrong.evaluation.EvaluationSubjects}, {@link cn.tenstrong.evaluation.DeclarationTemplates},
 * {@link cn.tenstrong.evaluation.EvaluationEvidence}, {@link cn.tenstrong.evaluation.EvaluationTodos} (评价待办 for the
 * portal's 我的待办 and digest) and their records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "评价",
        allowedDependencies = {"access", "audit", "chain", "enterprise", "org", "project", "shared"})
package cn.tenstrong.evaluation;
