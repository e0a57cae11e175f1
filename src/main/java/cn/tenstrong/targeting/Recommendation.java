package cn.tenstrong.targeting;

import java.math.BigDecimal;
import java.util.List;

/**
 * A recommended enterprise with its score (0..100), each factor's contribution (the contributions add up to the
 * score exactly) and one plain sentence on why it fits the segment.
 *
 * @param reason e.g. 主营产品「液压油缸」占营业收入57.3%（2021年），与专班认定短板「液压件」直接对应；2024年营收93.9亿元、员工7,454人
 */
public record Recommendation(long enterpriseId, String name, String regionName, boolean local, BigDecimal score,
                             List<Factor> factors, boolean alreadyTarget, String reason) {

    /** One factor: name, points contributed, maximum points, and the evidence in Chinese. */
    public record Factor(String name, BigDecimal points, int max, String evidence) {
    }
}
