/**
 * 评价: schemes (indicator trees with scoring rules, gates and award rules, loaded as data), the scoring engine, and
 * rounds of evaluation of parks, clusters and enterprises that decide awards.
 *
 * <p>Public API: {@link cn.tenstrong.evaluation.EvaluationResults} and its records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "评价")
package cn.tenstrong.evaluation;
