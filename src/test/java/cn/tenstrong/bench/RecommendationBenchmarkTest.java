package cn.tenstrong.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSegment;
import cn.tenstrong.chain.ChainSummary;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.targeting.Recommendation;
import cn.tenstrong.targeting.TargetRecommender;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 招商目标推荐基准 (a benchmark, not a test): the whole platform over a library of N synthetic enterprises
 * (default 1,000,000, loaded through the demo loader on the first run and kept in
 * {@code target/bench-recommendation-N} for the next ones) with the 5,486 real listed companies and their 40,542
 * products that every start loads mixed in, recommending the top 30 enterprises outside Shandong for 40 leaf
 * segments spread over all chains plus the three weak links of issue 10 (汽车芯片, 光刻胶, 液压件): once with
 * 含模拟数据 (the whole library) and once on the real companies only (the default a user sees). Baseline in the
 * same run: the obvious SQL for the same question (the segment's words as {@code ILIKE} over name, scope and
 * products, outside Shandong, top 30 by revenue) over the first {@code bench.baselineSegments} segments (default 10),
 * stopped after {@code bench.baselineSeconds} (default 600; a 10M-row scan per call) with the number measured printed.
 * The full-text engine is the embedded Lucene index or, with {@code -Dbench.engine=opensearch}, the OpenSearch node
 * at {@code bench.opensearch.uris} (its index is rebuilt from the database on the first start against it).
 *
 * <pre>
 * mvn -B -Pbench test -Dtest=RecommendationBenchmarkTest [-Dbench.enterprises=1000000] [-Dbench.rounds=5]
 *     [-Dbench.engine=lucene|opensearch -Dbench.opensearch.uris=http://127.0.0.1:9200]
 * </pre>
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecommendationBenchmarkTest {

    static final long N = Long.getLong("bench.enterprises", 1_000_000L);

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        Path data = Path.of("target", "bench-recommendation-" + N).toAbsolutePath();
        registry.add("platform.data-dir", data::toString);
        registry.add("platform.demo.synthetic-enterprises", () -> Long.toString(N));
        if (BenchEngine.OPENSEARCH.equals(BenchEngine.engine(false))) {
            String uris = BenchEngine.opensearchUris();
            registry.add("platform.search.engine", () -> "opensearch");
            registry.add("platform.search.opensearch.uris", () -> uris);
            registry.add("platform.search.opensearch.index", () -> "bench-recommendation-" + N);
            registry.add("platform.search.opensearch.replicas", () -> "0");
            registry.add("platform.search.opensearch.response-timeout", () -> "300s");
        }
    }

    @Autowired
    TargetRecommender recommender;
    @Autowired
    ChainDirectory chains;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    cn.tenstrong.enterprise.EnterpriseLibrary library;
    @Autowired
    cn.tenstrong.enterprise.ChainMaps maps;

    /** Top 30 outside Shandong, with 含模拟数据 (the whole library) or on the real companies only. */
    private static cn.tenstrong.targeting.RecommendationQuery query(ChainSegment s, boolean synthetic) {
        return new cn.tenstrong.targeting.RecommendationQuery(s.chainCode(), s.code(),
                cn.tenstrong.targeting.RegionScope.OUTSIDE_SHANDONG, null, 30, synthetic);
    }

    @Test
    void recommendAtScale() {
        long synthetic = jdbc.sql("select count(*) from enterprise where synthetic").query(Long.class).single();
        assertThat(synthetic).isEqualTo(N);
        long listed = jdbc.sql("select count(*) from enterprise where stock_code is not null").query(Long.class).single();
        long products = jdbc.sql("select count(*) from enterprise_product").query(Long.class).single();
        assertThat(listed).as("the real listed companies are mixed in").isGreaterThanOrEqualTo(5000);
        List<ChainSegment> segments = new ArrayList<>(spread(40));
        for (String[] weak : new String[][] {{"integrated-circuit", "automotive-chip"}, {"integrated-circuit", "photoresist"},
                {"construction-machinery", "hydraulics"}}) {
            segments.add(chains.requireChain(weak[0]).segment(weak[1]).orElseThrow());
        }
        int rounds = Integer.getInteger("bench.rounds", 5);
        AsUser as = new AsUser(users);
        System.out.printf(Locale.ROOT, "%n=== 招商目标推荐基准：%,d 家模拟企业 + %,d 家上市公司（产品 %,d 条），%d 个环节 × %d 轮，"
                + "每次前 30 名（山东省外），检索引擎 %s ===%n", synthetic, listed, products, segments.size(), rounds, BenchEngine.engine(false));
        System.out.printf(Locale.ROOT, "负载（开始）：%s%n", load());

        for (int w = 0; w < 2; w++) {
            for (ChainSegment s : segments) {
                as.call("admin", () -> recommender.recommend(query(s, true)));
                as.call("admin", () -> recommender.recommend(query(s, false)));
            }
        }
        double p50 = 0;
        double p95 = 0;
        for (boolean withSynthetic : new boolean[] {true, false}) {
            List<Double> times = new ArrayList<>();
            int nonEmpty = 0;
            for (int r = 0; r < rounds; r++) {
                for (ChainSegment s : segments) {
                    long t = System.nanoTime();
                    List<Recommendation> out = as.call("admin", () -> recommender.recommend(query(s, withSynthetic)));
                    times.add((System.nanoTime() - t) / 1e6);
                    if (r == 0 && !out.isEmpty()) {
                        nonEmpty++;
                        assertThat(out).allSatisfy(x -> assertThat(x.local()).isFalse());
                        assertThat(out).allSatisfy(x -> assertThat(x.reason()).isNotBlank());
                    }
                }
            }
            double q50 = pct(times, 50);
            double q95 = pct(times, 95);
            System.out.printf(Locale.ROOT, "推荐（%s）：p50 %.1f ms，p95 %.1f ms，最大 %.1f ms（%d 次；%d 个环节有结果）%n",
                    withSynthetic ? "含模拟数据" : "仅真实企业", q50, q95, pct(times, 100), times.size(), nonEmpty);
            assertThat(nonEmpty).as("segments with recommendations").isGreaterThan(segments.size() / 2);
            if (withSynthetic) {
                p50 = q50;
                p95 = q95;
            }
        }
        System.out.printf(Locale.ROOT, "负载（推荐之后）：%s%n", load());
        as.call("admin", () -> {
            stages(segments, as);
            return null;
        });

        // the baseline scans the whole table per call: a subset of segments and a time cap keep it finite at 10M
        int baselineSegments = Math.min(segments.size(), Integer.getInteger("bench.baselineSegments", 10));
        long cap = System.nanoTime() + Long.getLong("bench.baselineSeconds", 600L) * 1_000_000_000L;
        System.out.printf(Locale.ROOT, "负载（基线开始）：%s%n", load());
        List<Double> sql = new ArrayList<>();
        for (ChainSegment s : segments.subList(0, baselineSegments)) {
            if (System.nanoTime() > cap) {
                break;
            }
            List<String> words = words(s);
            sql(words);
            long t = System.nanoTime();
            sql(words);
            sql.add((System.nanoTime() - t) / 1e6);
        }
        double b50 = pct(sql, 50);
        double b95 = pct(sql, 95);
        System.out.printf(Locale.ROOT, "基线 SQL（ILIKE 环节词汇，省外，按营业收入前 30）：p50 %.1f ms，p95 %.1f ms（%d 个环节，"
                + "计划 %d 个）%n", b50, b95, sql.size(), baselineSegments);
        System.out.printf(Locale.ROOT, "比值 SQL/推荐：p50 %.1f×，p95 %.1f×%n", b50 / p50, b95 / p95);
        System.out.printf(Locale.ROOT, "负载（结束）：%s%n", load());
    }

    /**
     * Where a recommendation's time goes: each lookup it makes, timed alone over the same segments (含模拟数据), so a
     * slow run can be told apart from a loaded machine.
     */
    private void stages(List<ChainSegment> segments, AsUser as) {
        java.util.Map<String, List<Double>> times = new java.util.LinkedHashMap<>();
        for (int r = 0; r < 3; r++) {
            for (ChainSegment s : segments) {
                List<String> words = new ArrayList<>();
                chains.requireChain(s.chainCode()).segment(s.code()).orElseThrow().selfAndDescendants().forEach(x -> {
                    words.addAll(x.keywords());
                    words.addAll(x.products());
                });
                List<Long> ids = new ArrayList<>();
                time(times, "挂链企业（SQL，300）", () -> maps.placed(s.chainCode(), s.code(), false,
                        java.util.EnumSet.allOf(cn.tenstrong.enterprise.PlacementRole.class), Set.of(), true, 300)
                        .forEach(p -> ids.add(p.enterprise().id())));
                time(times, "全文检索（" + BenchEngine.engine(false) + "，400）", () -> library.bestMatchingAny(words, "37", true, 400)
                        .forEach(e -> ids.add(e.id())));
                time(times, "产品命中（内存快照，200）", () -> library.namingInProducts(words, "37", true, 200)
                        .forEach(e -> ids.add(e.id())));
                time(times, "候选产品构成（SQL）", () -> library.products(ids));
                time(times, "招商目标清单（SQL）", () -> maps.targets(s.chainCode()));
            }
        }
        times.forEach((k, v) -> System.out.printf(Locale.ROOT, "  其中 %s：p50 %.1f ms，p95 %.1f ms%n", k, pct(v, 50),
                pct(v, 95)));
    }

    private static void time(java.util.Map<String, List<Double>> times, String what, Runnable r) {
        long t = System.nanoTime();
        r.run();
        times.computeIfAbsent(what, k -> new ArrayList<>()).add((System.nanoTime() - t) / 1e6);
    }

    /** Every k-th leaf of the whole catalog, so that all industries are represented. */
    private List<ChainSegment> spread(int count) {
        List<ChainSegment> leaves = new ArrayList<>();
        for (ChainSummary c : chains.chains()) {
            leaves.addAll(chains.requireChain(c.code()).leaves());
        }
        List<ChainSegment> out = new ArrayList<>();
        double step = leaves.size() / (double) count;
        for (int i = 0; i < count; i++) {
            out.add(leaves.get((int) (i * step)));
        }
        return out;
    }

    private static List<String> words(ChainSegment s) {
        Set<String> words = new LinkedHashSet<>();
        words.addAll(s.keywords());
        words.addAll(s.products());
        return List.copyOf(words);
    }

    private List<Long> sql(List<String> words) {
        return jdbc.sql("""
                select id from enterprise
                where not local and (name || ' ' || business_scope || ' ' || main_products) ilike any (:patterns)
                order by revenue desc nulls last limit 30
                """).param("patterns", words.stream().map(w -> "%" + w + "%").toArray(String[]::new))
                .query(Long.class).list();
    }

    /** The 1-, 5- and 15-minute load averages, as /proc/loadavg gives them. */
    static String load() {
        try {
            String[] f = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " / " + f[1] + " / " + f[2] + "（" + Runtime.getRuntime().availableProcessors() + " 核）";
        } catch (java.io.IOException e) {
            return "未知";
        }
    }

    static double pct(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1)));
    }
}
