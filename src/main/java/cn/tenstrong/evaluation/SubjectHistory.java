package cn.tenstrong.evaluation;

import java.math.BigDecimal;

/**
 * 历年评价: one frozen (公示 or 发布) round's result for one subject.
 *
 * @param ranked how many subjects the round ranked
 * @param status ELIGIBLE, BELOW_THRESHOLD or VETOED
 */
public record SubjectHistory(long roundId, String roundName, int year, boolean demo, String schemeName,
                             int schemeVersion, BigDecimal total, Integer rank, int ranked, String tier, String status,
                             BigDecimal awardBase, BigDecimal awardUpTo) {
}
