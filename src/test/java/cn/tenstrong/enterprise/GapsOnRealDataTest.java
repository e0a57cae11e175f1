package cn.tenstrong.enterprise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tenstrong.chain.ChainCatalog;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSummary;
import cn.tenstrong.chain.DeclaredGap;
import cn.tenstrong.chain.DeclaredGaps;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 短板环节 on the real listed companies (the public data every start loads): the location-quotient rule leaves a
 * computed gap on 集成电路 and on at least 20 other chains, and every declared gap of the seed is listed. Prints per
 * chain the leaves that the former rule (a Shandong share below a fixed 20 %) and the new one find, for the README.
 */
class GapsOnRealDataTest extends IntegrationTest {

    @Autowired
    ChainDirectory chains;
    @Autowired
    ChainMaps maps;
    @Autowired
    DeclaredGaps declaredGaps;

    @Test
    void computedGapsOnRealDataAndEveryDeclaredGap() {
        Set<String> catalog = ChainCatalog.loadDefault().chains().stream().map(c -> c.code()).collect(Collectors.toSet());
        GapBenchmark benchmark = maps.benchmark(false);
        System.out.printf(Locale.ROOT, "%n=== 短板环节（真实上市公司）：全国基准 %s%%（%d/%d）===%n", benchmark.sharePercent(),
                benchmark.local(), benchmark.total());
        System.out.println("| 产业链 | 末级环节 | 挂链企业 | 旧规则短板（占比<20%或无省内或无链主骨干） | 其中占比<20% | 新规则短板 | 无省内企业 | 区位商偏低 | 无链主/骨干 | 样本不足或无挂链（未判断） | 专班认定 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        int chainsWithGap = 0;
        int oldTotal = 0;
        int newTotal = 0;
        boolean integratedCircuit = false;
        List<String> missingDeclared = new ArrayList<>();
        for (ChainSummary c : chains.chains()) {
            if (!catalog.contains(c.code())) {
                continue;
            }
            List<SegmentStrength> leaves = maps.strengths(c.code()).stream().filter(SegmentStrength::leaf).toList();
            int oldGaps = 0;
            int oldShare = 0;
            int placed = 0;
            for (SegmentStrength s : leaves) {
                boolean belowTwenty = s.local() > 0
                        && BigDecimal.valueOf(s.local() * 100L).compareTo(BigDecimal.valueOf(20L * s.total())) < 0;
                boolean old = s.local() == 0 || belowTwenty || (s.localLeaders() == 0 && s.localBackbone() == 0);
                oldGaps += old ? 1 : 0;
                oldShare += belowTwenty ? 1 : 0;
                placed += s.total();
            }
            List<GapSegment> gaps = maps.gaps(c.code());
            List<GapSegment> computed = gaps.stream().filter(GapSegment::computed).toList();
            long noLocal = count(computed, GapRuleKind.NO_LOCAL);
            long lowQuotient = count(computed, GapRuleKind.LOW_LOCATION_QUOTIENT);
            long noAnchor = count(computed, GapRuleKind.NO_LOCAL_ANCHOR);
            long small = leaves.stream().filter(s -> !s.note().isEmpty()).count();
            Set<Long> listed = gaps.stream().flatMap(g -> g.declared().stream()).map(DeclaredGap::id)
                    .collect(Collectors.toSet());
            List<DeclaredGap> declared = declaredGaps.active(c.code());
            declared.stream().filter(d -> !listed.contains(d.id()))
                    .forEach(d -> missingDeclared.add(c.code() + "/" + d.segmentCode() + " " + d.term()));
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d |%n", c.name(),
                    leaves.size(), placed, oldGaps, oldShare, computed.size(), noLocal, lowQuotient, noAnchor, small,
                    declared.size());
            oldTotal += oldGaps;
            newTotal += computed.size();
            if (!computed.isEmpty()) {
                chainsWithGap++;
                integratedCircuit |= c.code().equals("integrated-circuit");
            }
        }
        System.out.printf(Locale.ROOT, "合计：旧规则 %d 个短板环节，新规则 %d 个；有计算短板的产业链 %d 条%n", oldTotal, newTotal,
                chainsWithGap);
        assertThat(missingDeclared).as("every declared gap is listed").isEmpty();
        assertThat(integratedCircuit).as("集成电路 has a computed gap").isTrue();
        assertThat(chainsWithGap).as("集成电路 and at least 20 other chains").isGreaterThanOrEqualTo(21);
        assertThat(newTotal).as("the new rule is more selective than the former one").isLessThan(oldTotal);
    }

    private static long count(List<GapSegment> gaps, GapRuleKind kind) {
        return gaps.stream().filter(g -> g.findings().stream().anyMatch(f -> f.rule() == kind)).count();
    }
}
