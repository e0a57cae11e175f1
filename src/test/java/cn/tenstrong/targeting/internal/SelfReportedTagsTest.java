package cn.tenstrong.targeting.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseSource;
import cn.tenstrong.enterprise.Enterprises;
import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.targeting.ChainWeights;
import cn.tenstrong.targeting.Recommendation.Factor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Self-reported (自述) honours earn the configured share of their tag's points; confirmed ones all of them. */
class SelfReportedTagsTest {

    private static final ChainWeights W = new ChainWeights("c", 25, 10, 20, 20, 15, 10,
            Map.of(EnterpriseTag.LITTLE_GIANT, 7, EnterpriseTag.SINGLE_CHAMPION, 8, EnterpriseTag.LISTED, 6),
            new BigDecimal("0.6"), new BigDecimal("0.32"), Map.of(), ChainWeights.Source.DEFAULT, 0);

    private static Enterprise enterprise(Set<EnterpriseTag> tags, Set<EnterpriseTag> claimed) {
        return Enterprises.named("测试股份有限公司").region("320500", "江苏省苏州市").tags(tags).claimed(claimed)
                .source(EnterpriseSource.PUBLIC_DATA).build();
    }

    @Test
    void aClaimedTagEarnsTheConfiguredShareAndSaysSo() {
        Factor f = Factors.tags(enterprise(Set.of(EnterpriseTag.LISTED), Set.of(EnterpriseTag.LITTLE_GIANT)), W,
                new BigDecimal("0.5"));
        assertThat(f.points()).isEqualByComparingTo("9.5"); // 上市 6 + 小巨人 7 × 0.5
        assertThat(f.evidence()).contains("上市 6").contains("小巨人（自述，按50%计）3.5");
    }

    @Test
    void confirmedTagsEarnAllAndAZeroShareIgnoresClaims() {
        Factor confirmed = Factors.tags(enterprise(Set.of(EnterpriseTag.LISTED, EnterpriseTag.LITTLE_GIANT), Set.of()),
                W, new BigDecimal("0.5"));
        assertThat(confirmed.points()).isEqualByComparingTo("13.0");
        Factor none = Factors.tags(enterprise(Set.of(), Set.of(EnterpriseTag.SINGLE_CHAMPION)), W, BigDecimal.ZERO);
        assertThat(none.points()).isEqualByComparingTo("0.0");
        assertThat(none.evidence()).isEqualTo("无计分的荣誉标签");
    }
}
