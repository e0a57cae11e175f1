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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 挂链准确率: automatic placement of the real listed companies against five hand-checked samples, each row a company
 * with the leaf segments it truly belongs to (judged from its main business and products) or none, and the reason.
 * The tuning sample (placement-sample.csv, 170 companies, 60 in Shandong) and the first held-out sample
 * (placement-heldout.csv, 160, 55 in Shandong: held out for the first round of fixes, studied for the second) are the
 * ones the rules and vocabularies were adjusted against; so are the second held-out sample (placement-heldout-2.csv,
 * 155, 55 in Shandong: its misses studied for the third round) and the third (placement-heldout-3.csv, 155, seed
 * 20261204: measured once after the third round, its misses studied for the fourth). The fourth held-out sample
 * (placement-heldout-4.csv, 155, 55 in Shandong, seed 20261205) was labelled and committed before the fourth round and
 * is never used for tuning (its misses are not printed), so its figures are the honest ones.
 * Precision = correct suggestions / all suggestions; recall = correct suggestions / all true segments. Figures in the
 * README.
 */
class PlacementSampleTest {

    static final String TUNING = "placement/placement-sample.csv";
    static final String HELD_OUT = "placement/placement-heldout.csv";
    static final String HELD_OUT_2 = "placement/placement-heldout-2.csv";
    static final String HELD_OUT_3 = "placement/placement-heldout-3.csv";
    static final String HELD_OUT_4 = "placement/placement-heldout-4.csv";

    /** Floors the placement must keep (the measured figures, see the README), so that a change that loses ground fails. */
    static final double TUNING_MIN_PRECISION = 0.98;
    static final double TUNING_MIN_RECALL = 0.49;
    /**
     * The first held-out sample: 0.771 / 0.428 when drawn; its misses were studied for the second round of fixes
     * (0.948 / 0.422), the fourth round's product-name heads make it 0.986 / 0.422.
     */
    static final double HELD_OUT_MIN_PRECISION = 0.98;
    static final double HELD_OUT_MIN_RECALL = 0.42;
    /**
     * The second held-out sample, measured once after the second round: 0.839 (52 of 62) / 0.331 (52 of 157); its
     * misses were studied for the third round, after which it gives 0.902 / 0.350.
     */
    static final double HELD_OUT_2_MIN_PRECISION = 0.90;
    static final double HELD_OUT_2_MIN_RECALL = 0.35;
    /**
     * The third held-out sample (seed 20261204), labelled and committed before the third round of fixes and measured
     * once after it: 0.839 (47 of 56) / 0.280 (47 of 168), the same as the rules before the third round give; its misses
     * were studied for the fourth round, after which it gives 0.870 (47 of 54) / 0.280.
     */
    static final double HELD_OUT_3_MIN_PRECISION = 0.87;
    static final double HELD_OUT_3_MIN_RECALL = 0.279;
    /**
     * The fourth held-out sample (seed 20261205), labelled and committed before the fourth round of fixes and measured
     * once after it: 0.909 (70 of 77) / 0.370 (70 of 189); the rules before the fourth round give 0.886 (70 of 79) /
     * 0.370 on it. This asserts the measured figure.
     */
    static final double HELD_OUT_4_MIN_PRECISION = 0.90;
    static final double HELD_OUT_4_MIN_RECALL = 0.37;

    record Score(int suggested, int correct, int truths, int found) {
        static final Score ZERO = new Score(0, 0, 0, 0);

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

    private static ChainCatalog catalog;
    private static SegmentMatcher matcher;
    private static IndustryGate gate;
    private static Map<String, Map<String, String>> listed;
    private static Map<String, List<EnterpriseProduct>> products;

    @BeforeAll
    static void load() {
        catalog = ChainCatalog.loadDefault();
        matcher = SegmentMatcher.of(catalog);
        gate = IndustryGate.loadDefault();
        listed = new HashMap<>();
        CsvData.readClasspath(PublicDataLoader.LISTED).forEach(r -> listed.put(r.get("stock_code"), r));
        products = new HashMap<>();
        for (Map<String, String> p : CsvData.readClasspath(PublicDataLoader.PRODUCTS)) {
            products.computeIfAbsent(p.get("stock_code"), k -> new ArrayList<>())
                    .add(new EnterpriseProduct(p.get("product"), new BigDecimal(p.get("weight")), "CKG21"));
        }
    }

    @Test
    void precisionAndRecallOnTheTuningSample() {
        Score all = measure(TUNING, 170, true);
        assertThat(all.precision()).as("precision on the tuning sample").isGreaterThanOrEqualTo(TUNING_MIN_PRECISION);
        assertThat(all.recall()).as("recall on the tuning sample").isGreaterThanOrEqualTo(TUNING_MIN_RECALL);
    }

    @Test
    void precisionAndRecallOnTheHeldOutSample() {
        Score all = measure(HELD_OUT, 160, true);
        assertThat(all.precision()).as("precision on the held-out sample").isGreaterThanOrEqualTo(HELD_OUT_MIN_PRECISION);
        assertThat(all.recall()).as("recall on the held-out sample").isGreaterThanOrEqualTo(HELD_OUT_MIN_RECALL);
    }

    @Test
    void precisionAndRecallOnTheSecondHeldOutSample() {
        // studied for the third round of fixes (its misses printed): tuning data now
        Score all = measure(HELD_OUT_2, 155, true);
        assertThat(all.precision()).as("precision on the second held-out sample").isGreaterThanOrEqualTo(HELD_OUT_2_MIN_PRECISION);
        assertThat(all.recall()).as("recall on the second held-out sample").isGreaterThanOrEqualTo(HELD_OUT_2_MIN_RECALL);
    }

    @Test
    void precisionAndRecallOnTheThirdHeldOutSample() {
        // studied for the fourth round of fixes (its misses printed): tuning data now
        Score all = measure(HELD_OUT_3, 155, true);
        assertThat(all.precision()).as("precision on the third held-out sample").isGreaterThanOrEqualTo(HELD_OUT_3_MIN_PRECISION);
        assertThat(all.recall()).as("recall on the third held-out sample").isGreaterThanOrEqualTo(HELD_OUT_3_MIN_RECALL);
    }

    @Test
    void precisionAndRecallOnTheFourthHeldOutSample() {
        // its misses are not printed: reading them would make it a tuning sample
        Score all = measure(HELD_OUT_4, 155, false);
        assertThat(all.precision()).as("precision on the fourth held-out sample").isGreaterThanOrEqualTo(HELD_OUT_4_MIN_PRECISION);
        assertThat(all.recall()).as("recall on the fourth held-out sample").isGreaterThanOrEqualTo(HELD_OUT_4_MIN_RECALL);
    }

    @Test
    void everyLeafTheIndustryTableNamesIsInTheCatalog() {
        assertThat(gate.namedLeaves()).isNotEmpty().allSatisfy(code -> {
            assertThat(catalog.segment(code)).as(code).isPresent();
            assertThat(catalog.segment(code).get().isLeaf()).as(code).isTrue();
        });
    }

    @Test
    void everyLeafTheSegmentGatesNameIsInTheCatalog() {
        assertThat(gate.gatedLeaves()).isNotEmpty().allSatisfy(code -> {
            assertThat(catalog.segment(code)).as(code).isPresent();
            assertThat(catalog.segment(code).get().isLeaf()).as(code).isTrue();
        });
    }

    @Test
    void theSamplesDoNotOverlap() {
        Set<String> tuning = new LinkedHashSet<>();
        CsvData.readClasspath(TUNING).forEach(r -> tuning.add(r.get("stock_code")));
        assertThat(CsvData.readClasspath(HELD_OUT)).noneMatch(r -> tuning.contains(r.get("stock_code")));
        CsvData.readClasspath(HELD_OUT).forEach(r -> tuning.add(r.get("stock_code")));
        assertThat(CsvData.readClasspath(HELD_OUT_2)).noneMatch(r -> tuning.contains(r.get("stock_code")));
        CsvData.readClasspath(HELD_OUT_2).forEach(r -> tuning.add(r.get("stock_code")));
        assertThat(CsvData.readClasspath(HELD_OUT_3)).noneMatch(r -> tuning.contains(r.get("stock_code")));
        CsvData.readClasspath(HELD_OUT_3).forEach(r -> tuning.add(r.get("stock_code")));
        assertThat(CsvData.readClasspath(HELD_OUT_4)).noneMatch(r -> tuning.contains(r.get("stock_code")));
    }

    private static String evidence(Placer.Subject subject) {
        List<String> out = new ArrayList<>();
        Placer.place(matcher, gate, 1, subject).forEach(p -> out.add(p.segmentCode() + "{" + p.evidence() + "}"));
        return String.join(" ", out);
    }

    private static Score measure(String resource, int size, boolean showMisses) {
        List<Map<String, String>> sample = CsvData.readClasspath(resource);
        assertThat(sample).hasSize(size);
        Score shandong = Score.ZERO;
        Score outside = Score.ZERO;
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
            if (correct < placed.size()) {
                misses.add("误 " + s.get("short_name") + " 挂：" + placed + " 应：" + truth + " | " + evidence(subject) + " | " + r.get("main_business"));
            } else if (correct < truth.size()) {
                misses.add("漏 " + s.get("short_name") + " 挂：" + placed + " 应：" + truth + " | " + evidence(subject));
            }
        }
        Score all = shandong.plus(outside);
        System.out.printf(Locale.ROOT, "%n=== 挂链抽样核对 %s：%d 家（山东 %d 家）===%n", resource, sample.size(),
                sample.stream().filter(s -> "山东省".equals(s.get("province"))).count());
        System.out.printf(Locale.ROOT, "全部: 建议 %d 条，正确 %d 条，准确率 %.3f；应挂 %d 条，召回率 %.3f%n", all.suggested(),
                all.correct(), all.precision(), all.truths(), all.recall());
        System.out.printf(Locale.ROOT, "山东: 准确率 %.3f（%d/%d），召回率 %.3f（%d/%d）%n", shandong.precision(),
                shandong.correct(), shandong.suggested(), shandong.recall(), shandong.found(), shandong.truths());
        System.out.printf(Locale.ROOT, "省外: 准确率 %.3f（%d/%d），召回率 %.3f（%d/%d）%n", outside.precision(),
                outside.correct(), outside.suggested(), outside.recall(), outside.found(), outside.truths());
        if (showMisses) {
            misses.stream().sorted().forEach(m -> System.out.println("  " + m));
        }
        return all;
    }
}
