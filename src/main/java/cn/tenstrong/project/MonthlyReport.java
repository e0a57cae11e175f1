package cn.tenstrong.project;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * 月度调度: a project's figures for one month (all amounts 元).
 *
 * @param period       YYYY-MM
 * @param completed    本期完成投资
 * @param cumulative   累计完成投资 (never below an earlier month's)
 * @param fundsInPlace 到位资金 of the period
 * @param problems     存在问题
 * @param solver       who must solve them (责任单位/层级)
 */
public record MonthlyReport(long id, long projectId, String period, BigDecimal completed, BigDecimal cumulative,
                           BigDecimal fundsInPlace, String problems, String solver, String reportedBy,
                           Instant reportedAt, int version) {
}
