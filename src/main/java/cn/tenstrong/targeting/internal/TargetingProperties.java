package cn.tenstrong.targeting.internal;

import java.math.BigDecimal;
import java.util.Map;

import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.enterprise.RelationKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * {@code platform.targeting}: the recommendation weights, a default and per chain
 * ({@code platform.targeting.weights.chains.<chainCode>}, any field left out is taken from the default), and the
 * share of a tag's points a self-reported (自述, not yet confirmed) honour earns.
 *
 * @param selfReportedShare 0..1, {@code platform.targeting.self-reported-share}
 */
@ConfigurationProperties("platform.targeting")
record TargetingProperties(@DefaultValue Weights weights, @DefaultValue("0.5") BigDecimal selfReportedShare) {

    TargetingProperties {
        if (selfReportedShare.signum() < 0 || selfReportedShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("platform.targeting.self-reported-share 应在0到1之间：" + selfReportedShare);
        }
    }

    /** The default weights and the chains' overrides. */
    record Weights(@Name("default") @DefaultValue FactorWeights defaults, Map<String, FactorWeights> chains) {

        Weights {
            chains = chains == null ? Map.of() : Map.copyOf(chains);
        }
    }

    /**
     * Factor maxima (should add up to 100), points per tag, the share of the code points for a group or division
     * match, and the share of the relation points each local partner earns by relation type. Null: not set here.
     */
    record FactorWeights(Integer text, Integer code, Integer tags, Integer scale, Integer relations,
                         Map<EnterpriseTag, Integer> tagPoints, CodeShares codeShares,
                         Map<RelationKind, BigDecimal> relationShares) {
    }

    /** Share of the 行业代码 points for a 中类 (group) or 大类 (division) match; a 小类 match earns all. */
    record CodeShares(BigDecimal sameGroup, BigDecimal sameDivision) {
    }
}
