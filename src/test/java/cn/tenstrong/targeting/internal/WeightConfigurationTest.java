package cn.tenstrong.targeting.internal;

import java.math.BigDecimal;
import java.util.Map;

import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.enterprise.RelationKind;
import cn.tenstrong.targeting.ChainWeights;
import cn.tenstrong.targeting.internal.TargetingProperties.CodeShares;
import cn.tenstrong.targeting.internal.TargetingProperties.FactorWeights;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The configured weights: a chain's entry falls back to the default field by field; bad settings stop startup. */
class WeightConfigurationTest {

    static final FactorWeights DEFAULT = new FactorWeights(25, 15, 15, 15, 20, 10,
            Map.of(EnterpriseTag.LISTED, 6, EnterpriseTag.SINGLE_CHAMPION, 8),
            new CodeShares(new BigDecimal("0.6"), new BigDecimal("0.32")),
            Map.of(RelationKind.SUPPLY, BigDecimal.ONE, RelationKind.COOPERATION, new BigDecimal("0.5")));

    @Test
    void aChainOverridesSomeFieldsAndInheritsTheRest() {
        ChainWeights w = WeightSettings.resolve("automobile", DEFAULT, new FactorWeights(20, 10, null, null, 10, 30,
                Map.of(EnterpriseTag.LISTED, 2), null, null), ChainWeights.Source.CONFIGURATION);
        assertThat(w.product()).isEqualTo(20);
        assertThat(w.description()).isEqualTo(10);
        assertThat(w.code()).isEqualTo(15);
        assertThat(w.tags()).isEqualTo(15);
        assertThat(w.relations()).isEqualTo(30);
        assertThat(w.total()).isEqualTo(100);
        assertThat(w.tagPoint(EnterpriseTag.LISTED)).isEqualTo(2);
        assertThat(w.tagPoint(EnterpriseTag.SINGLE_CHAMPION)).isEqualTo(8);
        assertThat(w.tagPoint(EnterpriseTag.GAZELLE)).isZero();
        assertThat(w.sameGroup()).isEqualByComparingTo("0.6");
        assertThat(w.relationShares()).containsEntry(RelationKind.SUPPLY, BigDecimal.ONE);
    }

    @Test
    void weightsThatDoNotAddUpTo100OrMissingValuesStopTheStart() {
        assertThatThrownBy(() -> WeightSettings.resolve("automobile", DEFAULT,
                new FactorWeights(50, null, null, null, null, null, null, null, null), ChainWeights.Source.CONFIGURATION))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("platform.targeting.weights.chains.automobile").hasMessageContaining("之和应为100");
        assertThatThrownBy(() -> WeightSettings.resolve(null, new FactorWeights(25, 15, 15, 15, 20, null, null,
                DEFAULT.codeShares(), null), null, ChainWeights.Source.DEFAULT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("platform.targeting.weights.default.relations");
        assertThatThrownBy(() -> WeightSettings.resolve(null, new FactorWeights(25, 15, 15, 15, 20, 10,
                Map.of(EnterpriseTag.LISTED, -1), DEFAULT.codeShares(), null), null, ChainWeights.Source.DEFAULT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("上市");
    }

    @Test
    void factorPointsAreRoundedToOneDecimalAndStayWithinTheirMaximum() {
        ChainWeights w = WeightSettings.resolve(null, DEFAULT, null, ChainWeights.Source.DEFAULT);
        Recommender.Area area = new Recommender.Area(cn.tenstrong.targeting.RegionScope.OUTSIDE_SHANDONG, null, "本省");
        var none = SupplyLinks.relations(java.util.List.of(), area, w);
        assertThat(none.points()).isEqualByComparingTo("0.0");
        assertThat(none.max()).isEqualTo(10);
        var two = SupplyLinks.relations(java.util.List.of(new SupplyLinks.Link(RelationKind.COOPERATION, "与甲合作"),
                new SupplyLinks.Link(RelationKind.SUPPLY, "向乙供货")), area, w);
        assertThat(two.points()).isEqualByComparingTo("10.0");   // 0.5 + 1 capped at 1
        assertThat(two.evidence()).isEqualTo("与甲合作；向乙供货");
        var one = SupplyLinks.relations(java.util.List.of(new SupplyLinks.Link(RelationKind.COOPERATION, "与甲合作")),
                area, w);
        assertThat(one.points()).isEqualByComparingTo("5.0");
        assertThat(one.points().scale()).isEqualTo(1);
    }
}
