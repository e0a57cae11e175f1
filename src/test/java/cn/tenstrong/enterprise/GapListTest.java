package cn.tenstrong.enterprise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.DeclaredGaps;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.tenstrong.enterprise.Workbooks.row;
import static cn.tenstrong.enterprise.Workbooks.uscc;
import static cn.tenstrong.enterprise.Workbooks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * 短板环节 of a small chain built by hand: which segments are weak, by which rule, with which figures, exactly. The
 * location quotient is measured against the library's benchmark (the real listed companies and whatever other tests
 * placed), so the expected texts take the benchmark's figures from the platform and the fixture's shares are far from
 * the line: 1 of 40 (2.5 %) is below half of any benchmark above 5 %, 1 of 4 or 1 of 5 far above it.
 */
class GapListTest extends IntegrationTest {

    static final String CHAIN = "test-gap-fixture";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ChainDirectory chains;
    @Autowired
    EnterpriseLibrary library;
    @Autowired
    ChainMaps maps;
    @Autowired
    DeclaredGaps declared;

    @Test
    void theGapListOfAHandBuiltChain() {
        String[][] segments = {
                {"up", "上游", "UPSTREAM", "0", null}, {"materials", "材料", "UPSTREAM", "1", "up"},
                {"a", "甲材料", "UPSTREAM", "2", "materials"}, {"b", "乙材料", "UPSTREAM", "2", "materials"},
                {"mid", "中游", "MIDSTREAM", "0", null}, {"c", "丙制造", "MIDSTREAM", "1", "mid"},
                {"down", "下游", "DOWNSTREAM", "0", null}, {"d", "丁应用", "DOWNSTREAM", "1", "down"},
                {"e", "戊应用", "DOWNSTREAM", "1", "down"}, {"f", "己应用", "DOWNSTREAM", "1", "down"},
                {"g", "庚应用", "DOWNSTREAM", "1", "down"}};
        FixtureChains.create(jdbc, CHAIN, "测试短板链", 999, "短板测试专用词", segments);
        chains.refresh();

        // a: 1 local 骨干 of 4 (too few to judge), plus a rejected local one; b: 6 outside only; c: 1 local 配套 of 5 (20%);
        // d: nobody; e: 1 local 骨干 of 40 (2.5%); f: 1 local 配套 of 3 (too few to judge, but no anchor); g: 2 outside only
        List<String[]> specs = new ArrayList<>(List.of(new String[][]{{"a", "L"}, {"a", "O"}, {"a", "O"}, {"a", "O"},
                {"a", "R"}, {"b", "O"}, {"b", "O"}, {"b", "O"}, {"b", "O"}, {"b", "O"}, {"b", "O"}, {"c", "L"},
                {"c", "O"}, {"c", "O"}, {"c", "O"}, {"c", "O"}, {"e", "L"}, {"f", "L"}, {"f", "O"}, {"f", "O"},
                {"g", "O"}, {"g", "O"}}));
        for (int i = 0; i < 39; i++) {
            specs.add(new String[]{"e", "O"});
        }
        List<List<String>> rows = new ArrayList<>();
        List<String[]> plan = new ArrayList<>();
        int n = 0;
        for (String[] spec : specs) {
            String region = spec[1].equals("O") ? "320500" : "370102";
            String code = uscc(region, String.format("MA3G%04d", n));
            rows.add(row(code, "短板测试企业" + n + "有限公司", region, "", "", "", "", "", "", "100", ""));
            plan.add(new String[]{code, spec[0], spec[1]});
            n++;
        }
        library.importFile(xlsx(rows), "gap-fixture.xlsx");
        for (String[] p : plan) {
            long id = library.byUscc(p[0]).orElseThrow().id();
            Placement placed = library.place(id, CHAIN, p[1], p[2].equals("L") && (p[1].equals("a") || p[1].equals("e"))
                    ? PlacementRole.BACKBONE : PlacementRole.SUPPORTING);
            if (p[2].equals("R")) {
                library.rejectPlacement(id, CHAIN, p[1], placed.version());
            }
        }

        GapBenchmark benchmark = maps.benchmark(false);
        assertThat(benchmark.sharePercent()).as("the library's Shandong share, far from the fixture's line")
                .isBetween(new BigDecimal("5.1"), new BigDecimal("19.0"));
        // 区位商 of e: (1/40) / (L/T), computed here independently
        BigDecimal lq = BigDecimal.valueOf(benchmark.total())
                .divide(BigDecimal.valueOf(40L * benchmark.local()), 2, java.math.RoundingMode.HALF_UP);
        String base = benchmark.sharePercent().toPlainString() + "%（" + benchmark.local() + "/" + benchmark.total() + "）";
        assertThat(maps.gaps(CHAIN)).extracting(GapSegment::segmentCode, GapSegment::path, GapSegment::local,
                        GapSegment::total, GapSegment::localShare, GapSegment::reason)
                .containsExactly(
                        tuple("b", "上游 / 材料 / 乙材料", 0, 6, new BigDecimal("0.0"), "无省内企业（省外企业6家）"),
                        tuple("c", "中游 / 丙制造", 1, 5, new BigDecimal("20.0"), "省内企业1家，其中链主0家、骨干0家"),
                        tuple("e", "下游 / 戊应用", 1, 40, new BigDecimal("2.5"),
                                "省内企业占比2.5%（1/40），不足全国基准" + base + "的一半（区位商" + lq.toPlainString() + "）"),
                        tuple("f", "下游 / 己应用", 1, 3, new BigDecimal("33.3"), "省内企业1家，其中链主0家、骨干0家；"
                                + "样本不足：挂链企业3家（省内1家），少于5家，不判断省内有无与占比"));
        GapSegment e = maps.gaps(CHAIN).get(2);
        assertThat(e.findings()).extracting(GapFinding::rule).containsExactly(GapRuleKind.LOW_LOCATION_QUOTIENT);
        assertThat(e.locationQuotient()).isEqualByComparingTo(lq).isLessThan(new BigDecimal("0.5"));
        assertThat(e.quotientThreshold()).isEqualByComparingTo("0.5");
        assertThat(e.benchmark()).isEqualTo(benchmark);
        assertThat(e.localBackbone()).isEqualTo(1);
        GapSegment c = maps.gaps(CHAIN).get(1);
        assertThat(c.findings()).extracting(GapFinding::rule).containsExactly(GapRuleKind.NO_LOCAL_ANCHOR);
        assertThat(c.locationQuotient()).isGreaterThan(BigDecimal.ONE);
        assertThat(c.localLeaders()).isZero();
        assertThat(c.localBackbone()).isZero();
        assertThat(c.declared()).isEmpty();

        // a (one Shandong 骨干 of four), g (none of two) and d (nobody placed) are too thin to judge: no gap, and they
        // say so
        Map<String, SegmentStrength> strengths = new java.util.HashMap<>();
        maps.strengths(CHAIN).forEach(s -> strengths.put(s.segmentCode(), s));
        assertThat(strengths.get("a")).extracting(SegmentStrength::gap, SegmentStrength::note)
                .containsExactly(false, "样本不足：挂链企业4家（省内1家），少于5家，不判断省内有无与占比");
        assertThat(strengths.get("g")).extracting(SegmentStrength::gap, SegmentStrength::note)
                .containsExactly(false, "样本不足：挂链企业2家（省内0家），少于5家，不判断省内有无与占比");
        assertThat(strengths.get("d")).extracting(SegmentStrength::gap, SegmentStrength::note)
                .containsExactly(false, "无挂链企业：库内没有企业挂在此环节，无从判断");
        assertThat(strengths.get("f").findings()).extracting(GapFinding::rule).containsExactly(GapRuleKind.NO_LOCAL_ANCHOR);
        assertThat(strengths.get("e").level()).isEqualTo(1);
        assertThat(strengths.get("e").locationQuotient()).isEqualByComparingTo(lq);

        // the map aggregates leaves into their parents; only leaves are gaps
        assertThat(strengths.get("a")).extracting(SegmentStrength::local, SegmentStrength::total, SegmentStrength::gap,
                SegmentStrength::localBackbone).containsExactly(1, 4, false, 1);
        assertThat(strengths.get("materials")).extracting(SegmentStrength::local, SegmentStrength::total,
                SegmentStrength::gap, SegmentStrength::leaf).containsExactly(1, 10, false, false);
        assertThat(strengths.get("a").localRevenue()).isEqualByComparingTo("100");
        assertThat(strengths.get("d").level()).isZero();
        assertThat(strengths.get("c").level()).isEqualTo(2);

        // the task force lowers its fraction to 0.1: 戊应用 (1 of 40) is no longer below a tenth of the benchmark, and
        // it has a local 骨干, so it is no gap at all; 丙制造 still has no local 链主 or 骨干
        int version = chains.summary(CHAIN).orElseThrow().version();
        chains.updateGapThreshold(CHAIN, version, new BigDecimal("0.1"));
        assertThat(maps.gaps(CHAIN)).extracting(GapSegment::segmentCode).containsExactly("b", "c", "f");
        assertThat(maps.gaps(CHAIN).get(1).findings()).extracting(GapFinding::rule)
                .containsExactly(GapRuleKind.NO_LOCAL_ANCHOR);

        // a declared gap on a strong leaf and one on a parent: both listed beside the computed ones, in segment order
        declared.add(CHAIN, "a", "甲材料高端牌号", "依赖进口（测试）");
        declared.add(CHAIN, "materials", "材料整体", "专班调研认定（测试）");
        List<GapSegment> gaps = maps.gaps(CHAIN);
        assertThat(gaps).extracting(GapSegment::segmentCode).containsExactly("materials", "a", "b", "c", "f");
        assertThat(gaps.get(1).computed()).isFalse();
        assertThat(gaps.get(1).reason()).isEqualTo("专班认定短板：甲材料高端牌号（专班新增）；"
                + "样本不足：挂链企业4家（省内1家），少于5家，不判断省内有无与占比");
        assertThat(gaps.get(0)).extracting(GapSegment::local, GapSegment::total).containsExactly(1, 10);
        SegmentStrength a = maps.strengths(CHAIN).stream().filter(x -> x.segmentCode().equals("a")).findFirst().orElseThrow();
        assertThat(a).extracting(SegmentStrength::gap, SegmentStrength::declaredGap).containsExactly(true, true);
        assertThat(a.findings()).isEmpty();
    }
}
