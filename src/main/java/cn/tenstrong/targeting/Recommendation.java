package cn.tenstrong.targeting;

import java.math.BigDecimal;
import java.util.List;

/**
 * A recommended enterprise with its score (0..100) and each factor's contribution; the contributions add up to
 * the score exactly.
 */
public record Recommendation(long enterpriseId, String name, String regionName, boolean local, BigDecimal score,
                             List<Factor> factors, boolean alreadyTarget) {

    /** One factor: name, points contributed, maximum points, and the evidence in Chinese. */
    public record Factor(String name, BigDecimal points, int max, String evidence) {
    }
}
