package cn.tenstrong.enterprise.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.Enterprises;
import cn.tenstrong.enterprise.EnterpriseQuery;
import cn.tenstrong.enterprise.EnterpriseSource;
import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.enterprise.SyntheticEnterprise;
import cn.tenstrong.enterprise.SyntheticEnterpriseGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both engines on one shared set (20,000 generated enterprises, some real-looking and flagged, plus edge cases of
 * mixed script, stop words and lone characters): every query of a mix of words, filters and candidate lists finds
 * the same number of enterprises, and the first ten in the same order — where scores tie, the engines may break the
 * tie differently (each by its own document order), so a place is equal when it holds a member of the same tie.
 * Prints the figures the README quotes.
 */
@Tag("opensearch")
class SearchEngineEquivalenceTest {

    private static final int ENTERPRISES = 20_000;
    private static final int LIMIT = 200;

    @TempDir
    static Path dir;

    static EnterpriseIndex lucene;
    static OpenSearchEnterpriseIndex opensearch;
    static final Map<Long, Enterprise> byId = new HashMap<>();
    static final List<String> vocabulary = new ArrayList<>();

    /** Counts over all comparisons: queries, hits, compared places, places equal by id, places equal by tie. */
    static long queries;
    static long candidateLists;
    /** Searches whose total was past the threshold on both engines. */
    static long lowerBounds;
    static long hits;
    static long places;
    static long sameId;
    static long sameTie;
    static double minRatio = Double.MAX_VALUE;
    static double maxRatio = 0;

    @BeforeAll
    static void indexTheSharedSet() {
        SyntheticEnterpriseGenerator generator = SyntheticEnterpriseGenerator.withDefaults(20261203);
        generator.stream(ENTERPRISES).map(SearchEngineEquivalenceTest::enterprise).forEach(e -> byId.put(e.id(), e));
        List<Enterprise> edges = List.of(
                edge(1_000_001, "澄湖新能源有限公司", "锂离子电池研发、生产", "动力电池"),
                edge(1_000_002, "北辰材料有限公司", "锂离电材料；子电池回收", "隔膜"),
                edge(1_000_003, "南山光电有限公司", "光刻胶、光刻机零部件", "KrF光刻胶"),
                edge(1_000_004, "西岭化工有限公司", "胶粘剂、密封胶", "胶"),
                edge(1_000_005, "东海5G科技有限公司", "5G基站天线 for the road", "LED显示屏"),
                edge(1_000_006, "ＡＢＣ全角科技有限公司", "Ｗｉ－Ｆｉ模组", "ＬＥＤ"));
        edges.forEach(e -> byId.put(e.id(), e));
        lucene = new EnterpriseIndex(dir);
        lucene.rebuild(sink -> byId.values().forEach(sink));
        opensearch = OpenSearchEnterpriseIndexTest.open(OpenSearchEnterpriseIndexTest.cluster("equivalence"));
        opensearch.rebuild(sink -> byId.values().forEach(sink));
        // words as the data writes them: the first product of every 500th enterprise
        Set<String> words = new LinkedHashSet<>();
        for (long id = 1; id <= ENTERPRISES; id += 500) {
            String products = byId.get(id).mainProducts();
            words.add(products.split("[、，,；; ]")[0]);
        }
        vocabulary.addAll(words);
    }

    @AfterAll
    static void close() {
        System.out.printf(Locale.ROOT, "检索引擎一致性：%d 家企业，%d 条检索（其中推荐候选 %d 条；%d 条超过计数阈值，两引擎同为下限），"
                        + "检索命中合计 %,d（两引擎逐条相等）；前10名共比较 %d 个名次："
                        + "%d 个同一企业，%d 个为同分并列中的另一家；OpenSearch 分数 / Lucene 分数 = %.6f … %.6f%n",
                byId.size(), queries, candidateLists, lowerBounds, hits, places, sameId, sameTie, minRatio, maxRatio);
        if (lucene != null) {
            lucene.close();
        }
        if (opensearch != null) {
            opensearch.close();
        }
    }

    static Enterprise enterprise(SyntheticEnterprise s) {
        long id = s.index() + 1;
        boolean real = id % 7 == 0;
        return Enterprises.named(s.name()).id(id).uscc(s.uscc()).region(s.regionCode(), s.regionName())
                .industry(s.industryCode()).capital(id % 17 == 0 ? null : BigDecimal.valueOf(s.registeredCapital()))
                .foundedOn(s.foundedOn()).scope(id % 13 == 0 ? null : s.businessScope()).products(s.mainProducts())
                .tags(s.tags()).revenue(BigDecimal.valueOf(s.revenue())).employees(s.employees())
                .source(real ? EnterpriseSource.IMPORT : EnterpriseSource.SYNTHETIC).synthetic(!real)
                .review(id % 11 == 0, id % 11 == 0 ? "测试" : "").build();
    }

    static Enterprise edge(long id, String name, String scope, String products) {
        return Enterprises.named(name).id(id).industry("3985").capital(BigDecimal.TEN).scope(scope).products(products)
                .revenue(BigDecimal.valueOf(id % 1000)).build();
    }

    static EnterpriseQuery q(String text, String region, String industry, List<EnterpriseTag> tags, Integer capitalMin,
                             Integer capitalMax, boolean review) {
        return new EnterpriseQuery(text, region, industry, tags, capitalMin == null ? null : BigDecimal.valueOf(capitalMin),
                capitalMax == null ? null : BigDecimal.valueOf(capitalMax), review, 0, LIMIT);
    }

    @Test
    void wordsAndFiltersFindTheSameEnterprisesInTheSameOrder() {
        List<EnterpriseQuery> mix = new ArrayList<>(List.of(
                q("光刻胶", null, null, List.of(), null, null, false),
                q("碳化硅衬底", null, null, List.of(), null, null, false),
                q("锂离子电池", "37", null, List.of(), null, null, false),
                q("风电叶片", "3706", null, List.of(), null, null, false),
                q("工业软件", null, "65", List.of(), null, null, false),
                q("数控机床", "37", "C34", List.of(), 1000, null, false),
                q("生物药", null, null, List.of(EnterpriseTag.HIGH_TECH), null, null, false),
                q("技术服务", "370100", null, List.of(), null, null, false),
                q("聚氨酯", null, "26", List.of(), 500, 5000, false),
                q("电池", null, null, List.of(), null, null, false),
                q("胶", null, null, List.of(), null, null, false),
                q("锂", "37", null, List.of(), null, null, false),
                q("有限公司", null, null, List.of(), null, null, false),
                q("研发 生产", null, null, List.of(), null, null, true),
                q("5g基站", null, null, List.of(), null, null, false),
                q("led", null, null, List.of(), null, null, false),
                q("the", null, null, List.of(), null, null, false),
                q("ｌｅｄ", null, null, List.of(), null, null, false),
                q("wi-fi", null, null, List.of(), null, null, false),
                q("、；", null, null, List.of(), null, null, false),
                // no words: ordered by revenue
                q(null, "3702", null, List.of(), null, null, false),
                q("", null, "34", List.of(), 1000, null, false),
                q(null, null, null, List.of(EnterpriseTag.HIGH_TECH), null, null, true)));
        vocabulary.forEach(w -> mix.add(q(w, null, null, List.of(), null, null, false)));
        for (int i = 0; i + 1 < vocabulary.size(); i += 3) {
            mix.add(q(vocabulary.get(i) + " 有限公司", "37", null, List.of(), null, null, false));
        }
        for (EnterpriseQuery query : mix) {
            EnterpriseSearchIndex.Hits l = lucene.search(query);
            EnterpriseSearchIndex.Hits o = opensearch.search(query);
            String label = query.text() + " " + query.regionPrefix() + " " + query.industryPrefix() + " " + query.tags();
            assertThat(o.total()).as("total of %s", label).isEqualTo(l.total());
            // past the threshold (10,000 by default: 有限公司 is in every name) both say "more than" alike
            assertThat(o.totalExact()).as("total exact of %s", label).isEqualTo(l.totalExact());
            long count = lucene.count(query);
            assertThat(opensearch.count(query)).as("count of %s", label).isEqualTo(count);
            assertThat(l.totalExact() ? l.total() : count).as("exact total of %s", label).isEqualTo(count);
            assertThat(l.totalExact() || count > l.total()).as("a lower bound of %s", label).isTrue();
            lowerBounds += l.totalExact() ? 0 : 1;
            boolean byRevenue = SearchWords.words(query.text()).isEmpty();
            // punctuation alone is no term: all documents match with the same constant score
            boolean scored = SearchWords.words(query.text()).stream().anyMatch(w -> SearchWords.shape(w) != null);
            compareTop10(label, l, o, byRevenue, scored);
        }
    }

    @Test
    void recommendationCandidatesAreTheSame() {
        for (int i = 0; i + 4 < vocabulary.size(); i += 5) {
            List<String> words = vocabulary.subList(i, i + 5);
            for (String excluded : new String[] {null, "37"}) {
                for (boolean synthetic : new boolean[] {false, true}) {
                    candidateLists++;
                    EnterpriseSearchIndex.Hits l = lucene.bestMatchingAny(words, excluded, synthetic, LIMIT);
                    EnterpriseSearchIndex.Hits o = opensearch.bestMatchingAny(words, excluded, synthetic, LIMIT);
                    assertThat(o.ids()).as("candidates for %s", words).hasSameSizeAs(l.ids());
                    compareTop10("candidates " + words + " " + excluded + " " + synthetic, l, o, false, true);
                }
            }
        }
    }

    @Test
    void everyMatchOfAWordIsVisited() {
        for (String word : List.of("电池", "胶", "研发", vocabulary.get(0))) {
            assertThat(new HashSet<>(opensearch.idsContaining(word, 50_000)))
                    .isEqualTo(new HashSet<>(lucene.idsContaining(word, 50_000)));
        }
    }

    /**
     * The first ten places: a place is equal when both engines put the same enterprise there or, where Lucene's key
     * (score, or revenue without words) ties, an enterprise of the same tie; the OpenSearch key must follow.
     */
    static void compareTop10(String label, EnterpriseSearchIndex.Hits l, EnterpriseSearchIndex.Hits o, boolean byRevenue,
                             boolean scored) {
        queries++;
        hits += Math.max(0, l.total());
        Function<Integer, Double> lKey = byRevenue ? i -> byId.get(l.ids().get(i)).revenue().doubleValue()
                : i -> (double) l.scores().get(i);
        Function<Integer, Double> oKey = byRevenue ? i -> byId.get(o.ids().get(i)).revenue().doubleValue()
                : i -> (double) o.scores().get(i);
        assertThat(o.ids()).as("page of %s", label).hasSameSizeAs(l.ids());
        int n = Math.min(10, l.ids().size());
        double ratio = n == 0 || byRevenue ? 1 : oKey.apply(0) / lKey.apply(0);
        if (n > 0 && !byRevenue && scored) {
            minRatio = Math.min(minRatio, ratio);
            maxRatio = Math.max(maxRatio, ratio);
        }
        for (int i = 0; i < n; i++) {
            places++;
            assertThat(oKey.apply(i)).as("key at %d of %s", i, label)
                    .isCloseTo(lKey.apply(i) * ratio, org.assertj.core.data.Percentage.withPercentage(1e-4));
            if (o.ids().get(i).equals(l.ids().get(i))) {
                sameId++;
                continue;
            }
            double key = lKey.apply(i);
            Set<Long> tie = new HashSet<>();
            int first = -1;
            for (int j = 0; j < l.ids().size(); j++) {
                if (close(lKey.apply(j), key)) {
                    tie.add(l.ids().get(j));
                    first = first < 0 ? j : first;
                }
            }
            boolean tieRunsPastPage = close(lKey.apply(l.ids().size() - 1), key) && l.ids().size() == LIMIT;
            Long other = o.ids().get(i);
            assertThat(tie.contains(other) || tieRunsPastPage && !l.ids().subList(0, first).contains(other))
                    .as("place %d of %s: %s is not among Lucene's tie %s", i, label, other, tie).isTrue();
            sameTie++;
        }
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
    }
}
