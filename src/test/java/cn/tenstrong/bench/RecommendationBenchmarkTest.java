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
 * {@code target/bench-recommendation-N} for the next ones), recommending the top 30 enterprises outside Shandong
 * for 40 leaf segments spread over all chains. Baseline in the same run: the obvious SQL for the same question
 * (the segment's words as {@code ILIKE} over name, scope and products, outside Shandong, top 30 by revenue).
 *
 * <pre>
 * mvn -B -Pbench test -Dtest=RecommendationBenchmarkTest [-Dbench.enterprises=1000000] [-Dbench.rounds=5]
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
    }

    @Autowired
    TargetRecommender recommender;
    @Autowired
    ChainDirectory chains;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    /** Top 30 outside Shandong; 含模拟数据, since the library at scale is synthetic. */
    private static cn.tenstrong.targeting.RecommendationQuery query(ChainSegment s) {
        return new cn.tenstrong.targeting.RecommendationQuery(s.chainCode(), s.code(),
                cn.tenstrong.targeting.RegionScope.OUTSIDE_SHANDONG, null, 30, true);
    }

    @Test
    void recommendAtScale() {
        long synthetic = jdbc.sql("select count(*) from enterprise where synthetic").query(Long.class).single();
        assertThat(synthetic).isEqualTo(N);
        List<ChainSegment> segments = spread(40);
        int rounds = Integer.getInteger("bench.rounds", 5);
        AsUser as = new AsUser(users);
        System.out.printf(Locale.ROOT, "%n=== 招商目标推荐基准：%,d 家模拟企业，%d 个环节 × %d 轮，每次前 30 名（山东省外）===%n",
                synthetic, segments.size(), rounds);

        for (int w = 0; w < 2; w++) {
            for (ChainSegment s : segments) {
                as.call("admin", () -> recommender.recommend(query(s)));
            }
        }
        List<Double> times = new ArrayList<>();
        int nonEmpty = 0;
        for (int r = 0; r < rounds; r++) {
            for (ChainSegment s : segments) {
                long t = System.nanoTime();
                List<Recommendation> out = as.call("admin", () -> recommender.recommend(query(s)));
                times.add((System.nanoTime() - t) / 1e6);
                if (r == 0 && !out.isEmpty()) {
                    nonEmpty++;
                    assertThat(out).allSatisfy(x -> assertThat(x.local()).isFalse());
                }
            }
        }
        double p50 = pct(times, 50);
        double p95 = pct(times, 95);
        System.out.printf(Locale.ROOT, "推荐：p50 %.1f ms，p95 %.1f ms，最大 %.1f ms（%d 次；%d 个环节有结果）%n", p50, p95,
                pct(times, 100), times.size(), nonEmpty);
        assertThat(nonEmpty).as("segments with recommendations").isGreaterThan(segments.size() / 2);

        List<Double> sql = new ArrayList<>();
        for (ChainSegment s : segments.subList(0, 10)) {
            List<String> words = words(s);
            sql(words);
            long t = System.nanoTime();
            sql(words);
            sql.add((System.nanoTime() - t) / 1e6);
        }
        double b50 = pct(sql, 50);
        double b95 = pct(sql, 95);
        System.out.printf(Locale.ROOT, "基线 SQL（ILIKE 环节词汇，省外，按营业收入前 30）：p50 %.1f ms，p95 %.1f ms（10 个环节）%n", b50, b95);
        System.out.printf(Locale.ROOT, "比值 SQL/推荐：p50 %.1f×，p95 %.1f×%n", b50 / p50, b95 / p95);
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

    static double pct(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1)));
    }
}
