package cn.tenstrong.enterprise.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.chain.ChainCatalog;
import cn.tenstrong.chain.SegmentMatcher;
import cn.tenstrong.enterprise.EnterpriseProduct;
import cn.tenstrong.shared.CsvData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 挂链准确率: automatic placement of the real listed companies against a hand-checked sample
 * (src/test/resources/placement/placement-sample.csv: 170 companies, 60 of them in Shandong, across the chains; for each,
 * the leaf segments it truly belongs to, judged from its main business and products, or none). Precision = correct
 * suggestions / all suggestions; recall = correct suggestions / all true segments. The figures are in the README.
 */
class PlacementSampleTest {

    static final String SAMPLE = "placement/placement-sample.csv";

    record Score(int suggested, int correct, int truths, int found) {
        double precision() {
            return suggested == 0 ? 1 : correct / (double) suggested;
        }

        double recall() {
            return truths == 0 ? 1 : found / (double) truths;
        }

        Score plus(Score o) {
            return new Score(suggested + o.suggested, correct + o.correct, truths + o.truths, found + o.found);
        }
    }

    @Test
    void precisionAndRecallOnTheHandCheckedSample() {
        ChainCatalog catalog = ChainCatalog.loadDefault();
        SegmentMatcher matcher = SegmentMatcher.of(catalog);
        IndustryGate gate = IndustryGate.loadDefault();
        Map<String, Map<String, String>> listed = new HashMap<>();
        CsvData.readClasspath(PublicDataLoader.LISTED).forEach(r -> listed.put(r.get("stock_code"), r));
        Map<String, List<EnterpriseProduct>> products = new HashMap<>();
        for (Map<String, String> p : CsvData.readClasspath(PublicDataLoader.PRODUCTS)) {
            products.computeIfAbsent(p.get("stock_code"), k -> new ArrayList<>())
                    .add(new EnterpriseProduct(p.get("product"), new BigDecimal(p.get("weight")), "CKG21"));
        }
        List<Map<String, String>> sample = CsvData.readClasspath(SAMPLE);
        assertThat(sample).hasSizeGreaterThanOrEqualTo(150);
        Score shandong = new Score(0, 0, 0, 0);
        Score outside = new Score(0, 0, 0, 0);
        List<String> misses = new ArrayList<>();
        for (Map<String, String> s : sample) {
            Map<String, String> r = listed.get(s.get("stock_code"));
            assertThat(r).as(s.get("stock_code")).isNotNull();
            Set<String> truth = new LinkedHashSet<>();
            for (String t : s.get("truth").split("\\s+")) {
                if (!t.isBlank()) {
                    assertThat(catalog.segment(t)).as("sample names a leaf of the catalog: " + t).isPresent();
                    assertThat(catalog.segment(t).get().isLeaf()).as(t).isTrue();
                    truth.add(t);
                }
            }
            Placer.Subject subject = new Placer.Subject("", r.get("main_business"), null, r.get("industry_sw2021"),
                    products.getOrDefault(r.get("stock_code"), List.of()), Set.of(), null);
            Set<String> placed = new LinkedHashSet<>();
            Placer.place(matcher, gate, 1, subject).forEach(p -> placed.add(p.chainCode() + "/" + p.segmentCode()));
            int correct = (int) placed.stream().filter(truth::contains).count();
            Score one = new Score(placed.size(), correct, truth.size(), correct);
            if ("山东省".equals(s.get("province"))) {
                shandong = shandong.plus(one);
            } else {
                outside = outside.plus(one);
            }
            if (correct < placed.size() || correct < truth.size()) {
                misses.add(s.get("short_name") + " 挂：" + placed + " 应：" + truth);
            }
        }
        Score all = shandong.plus(outside);
        System.out.printf(Locale.ROOT, "%n=== 挂链抽样核对：%d 家（山东 %d 家）===%n", sample.size(),
                sample.stream().filter(s -> "山东省".equals(s.get("province"))).count());
        System.out.printf(Locale.ROOT, "全部: 建议 %d 条，正确 %d 条，准确率 %.3f；应挂 %d 条，召回率 %.3f%n", all.suggested(),
                all.correct(), all.precision(), all.truths(), all.recall());
        System.out.printf(Locale.ROOT, "山东: 准确率 %.3f（%d/%d），召回率 %.3f（%d/%d）%n", shandong.precision(),
                shandong.correct(), shandong.suggested(), shandong.recall(), shandong.found(), shandong.truths());
        System.out.printf(Locale.ROOT, "省外: 准确率 %.3f（%d/%d），召回率 %.3f（%d/%d）%n", outside.precision(),
                outside.correct(), outside.suggested(), outside.recall(), outside.found(), outside.truths());
        misses.forEach(m -> System.out.println("  " + m));
        assertThat(all.precision()).as("precision on the hand-checked sample").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(all.recall()).as("recall on the hand-checked sample").isGreaterThanOrEqualTo(MIN_RECALL);
    }

    /** Floors the placement must keep (the measured figures, see the README), so that a change that loses ground fails. */
    static final double MIN_PRECISION = 0.80;
    static final double MIN_RECALL = 0.45;
}
