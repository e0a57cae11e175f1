package cn.tenstrong.targeting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.tenstrong.targeting.LeadFunnel;
import cn.tenstrong.targeting.LeadStage;
import cn.tenstrong.targeting.internal.FunnelCounter.FunnelLead;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 招商漏斗 counts on a fixture whose answer is known. */
class FunnelCounterTest {

    private static final LocalDate Y25 = LocalDate.of(2025, 5, 1);
    private static final LocalDate Y26 = LocalDate.of(2026, 2, 1);

    private static FunnelLead lead(long id, String city, String industry, LocalDate on, LeadStage stage,
                                   LeadStage furthest, Long enterprise, String chain, Long project) {
        return new FunnelLead(id, city, industry, on, stage, furthest, enterprise, chain, project);
    }

    private final List<FunnelLead> fixture = List.of(
            lead(1, "370100", "01", Y26, LeadStage.LEAD, LeadStage.LEAD, null, null, null),
            lead(2, "370100", "01", Y26, LeadStage.CONTACTED, LeadStage.CONTACTED, 11L, "integrated-circuit", null),
            // 线索 → 洽谈 directly: 接洽 and 考察 count as passed
            lead(3, "370100", "02", Y26, LeadStage.SIGNED, LeadStage.SIGNED, 12L, "integrated-circuit", 900L),
            // dropped while 考察: counts up to 考察, and once for 终止
            lead(4, "370200", "01", Y26, LeadStage.DROPPED, LeadStage.VISITED, 11L, "integrated-circuit", null),
            lead(5, "370200", "02", Y26, LeadStage.SIGNED, LeadStage.SIGNED, 13L, "automobile", null),
            lead(6, "370200", "01", Y25, LeadStage.NEGOTIATING, LeadStage.NEGOTIATING, null, null, null));

    private static List<Long> counts(LeadFunnel.Group g) {
        return g.counts();
    }

    @Test
    void everyLeadCountsForEachStageUpToTheFurthestItReached() {
        LeadFunnel f = FunnelCounter.count(fixture, null, c -> "市" + c, i -> "产业" + i, c -> "链" + c);
        //                                        线索 接洽 考察 洽谈 签约 终止
        assertThat(counts(f.total())).containsExactly(6L, 5L, 4L, 3L, 2L, 1L);
        assertThat(f.byCity()).extracting(LeadFunnel.Group::key).containsExactly("370100", "370200");
        assertThat(counts(f.byCity().get(0))).containsExactly(3L, 2L, 1L, 1L, 1L, 0L);
        assertThat(counts(f.byCity().get(1))).containsExactly(3L, 3L, 3L, 2L, 1L, 1L);
        assertThat(f.byCity().get(1).label()).isEqualTo("市370200");
        assertThat(f.byIndustry()).extracting(LeadFunnel.Group::key).containsExactly("01", "02");
        assertThat(counts(f.byIndustry().get(0))).containsExactly(4L, 3L, 2L, 1L, 0L, 1L);
        assertThat(counts(f.byIndustry().get(1))).containsExactly(2L, 2L, 2L, 2L, 2L, 0L);
        assertThat(f.byIndustry().get(1).count(LeadStage.SIGNED)).isEqualTo(2);
        assertThat(f.stages()).containsExactly(LeadStage.values());
    }

    @Test
    void theYearFilterKeepsLeadsRegisteredInThatYear() {
        LeadFunnel f = FunnelCounter.count(fixture, 2025, c -> c, i -> i, c -> c);
        assertThat(f.year()).isEqualTo(2025);
        assertThat(counts(f.total())).containsExactly(1L, 1L, 1L, 1L, 0L, 0L);
        assertThat(f.byCity()).extracting(LeadFunnel.Group::key).containsExactly("370200");
        assertThat(FunnelCounter.count(fixture, 2024, c -> c, i -> i, c -> c).total().counts())
                .containsOnly(0L);
    }

    @Test
    void conversionCountsRecommendedEnterprisesTheirSignaturesAndProjectsPerChain() {
        LeadFunnel f = FunnelCounter.count(fixture, null, c -> c, i -> i, c -> "链" + c);
        assertThat(f.conversions()).extracting(LeadFunnel.Conversion::chainCode)
                .containsExactly("automobile", "integrated-circuit");
        LeadFunnel.Conversion ic = f.conversions().get(1);
        assertThat(ic.chainName()).isEqualTo("链integrated-circuit");
        assertThat(ic.enterprises()).as("enterprise 11 had two leads").isEqualTo(2);
        assertThat(ic.leads()).isEqualTo(3);
        assertThat(ic.signed()).isEqualTo(1);
        assertThat(ic.projects()).isEqualTo(1);
        LeadFunnel.Conversion auto = f.conversions().get(0);
        assertThat(List.of(auto.enterprises(), auto.leads(), auto.signed(), auto.projects()))
                .containsExactly(1L, 1L, 1L, 0L);
    }

    @Test
    void theFurthestStageIgnoresDropping() {
        assertThat(FunnelCounter.furthest(Set.of(LeadStage.LEAD, LeadStage.VISITED, LeadStage.DROPPED)))
                .isEqualTo(LeadStage.VISITED);
        assertThat(FunnelCounter.furthest(Set.of(LeadStage.DROPPED))).isEqualTo(LeadStage.LEAD);
    }
}
