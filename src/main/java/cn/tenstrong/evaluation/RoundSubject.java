package cn.tenstrong.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * 参评对象 of a round as the caller may see it: its declaration, the 市级初审 outcome and the reviewers assigned.
 *
 * @param key        园区: organisation id; 企业: enterprise id; 集群: cityCode/industryCode
 * @param cityStatus PENDING, PASSED or RETURNED
 */
public record RoundSubject(long id, String key, String name, String cohort, Long ownerOrgId,
                           Map<String, BigDecimal> values, List<String> flags, Instant declaredAt, String cityStatus,
                           List<String> reviewers, int version) {
}
