package cn.tenstrong.bench;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseQuery;
import cn.tenstrong.enterprise.EnterpriseSource;
import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.enterprise.SyntheticEnterprise;
import cn.tenstrong.enterprise.SyntheticEnterpriseGenerator;
import cn.tenstrong.enterprise.internal.BenchSearchIndexes;
import cn.tenstrong.enterprise.internal.EnterpriseIndex;
import cn.tenstrong.enterprise.internal.EnterpriseSearchIndex;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 企业检索基准 (a benchmark, not a test: runs only in the bench profile):
 * indexes N synthetic enterprises with the platform's Lucene index and/or its OpenSearch index
 * ({@code -Dbench.engine=lucene|opensearch|both}), reports documents per second and the p50/p95 latency of the same
 * query mix (top 50 plus the total as the page counts it: up to the platform's threshold; on Lucene first with every
 * total exact, the former search, as the baseline in the same run; {@code -Dbench.forceMerge=true} then merges the
 * index into one segment and measures again) on each, then runs the mix as PostgreSQL ILIKE over a table holding the same
 * rows (embedded PostgreSQL, no text index, then with a pg_trgm GIN index), checks that every engine finds the same
 * number of enterprises for every query, and prints the ratios. The load average is printed before and after each
 * measurement. The OpenSearch node is the tests' node in a JVM of its own ({@code cn.tenstrong.support.OpenSearchNodeMain},
 * at {@code bench.opensearch.uris}); its index {@code bench-search-N} is kept and reused by the next run when it
 * already holds N documents ({@code -Dbench.opensearch.reuse=false} rebuilds it).
 *
 * <pre>
 * mvn -B -Pbench test -Dtest=EnterpriseSearchBenchmarkTest [-Dbench.enterprises=1000000] [-Dbench.rounds=20]
 *     [-Dbench.engine=lucene|opensearch|both] [-Dbench.opensearch.uris=http://127.0.0.1:9200]
 *     [-Dbench.postgres=false] [-Dbench.ilikeRounds=20] [-Dbench.ilikeWarmups=3] [-Dbench.trgm=false]
 *     [-Dbench.forceMerge=true]
 * </pre>
 * Engines are compared on exact counts: where the timed query stopped counting, an untimed exact count is taken.
 */
@Tag("bench")
class EnterpriseSearchBenchmarkTest {

    /** A query of the mix: words, region prefix, industry prefix, tag, capital from (万元). */
    record Q(String words, String region, String industry, EnterpriseTag tag, Integer capitalMin) {
        @Override
        public String toString() {
            return words + (region == null ? "" : " 地区" + region) + (industry == null ? "" : " 行业" + industry)
                    + (tag == null ? "" : " " + tag.label()) + (capitalMin == null ? "" : " 资本≥" + capitalMin);
        }

        EnterpriseQuery query() {
            return new EnterpriseQuery(words, region, industry, tag == null ? List.of() : List.of(tag),
                    capitalMin == null ? null : BigDecimal.valueOf(capitalMin), null, false, 0, 50);
        }
    }

    static final List<Q> MIX = List.of(
            new Q("光刻胶", null, null, null, null),
            new Q("碳化硅衬底", null, null, null, null),
            new Q("锂离子电池", "37", null, null, null),
            new Q("风电叶片", "3706", null, null, null),
            new Q("工业软件", null, "65", null, null),
            new Q("数控机床", "37", "34", null, 1000),
            new Q("生物药", null, null, EnterpriseTag.HIGH_TECH, null),
            new Q("海水淡化", "37", null, null, null),
            new Q("聚氨酯", null, "26", null, 500),
            new Q("技术服务", "3701", null, null, null));

    @Test
    void enginesAgainstIlike() throws Exception {
        long n = Long.getLong("bench.enterprises", 1_000_000L);
        int rounds = Integer.getInteger("bench.rounds", 20);
        String engine = BenchEngine.engine(true);
        boolean postgres = Boolean.parseBoolean(System.getProperty("bench.postgres", "true"));
        System.out.printf(Locale.ROOT, "企业检索基准：%,d 家模拟企业，查询组合 %d 条 × %d 轮，引擎 %s；负载 %s%n", n, MIX.size(),
                rounds, engine, RecommendationBenchmarkTest.load());
        SyntheticEnterpriseGenerator generator = SyntheticEnterpriseGenerator.withDefaults(42);

        long t0 = System.nanoTime();
        generator.stream(n).forEach(e -> { });
        double genSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "生成（不建索引）：%.1f s，%,.0f 家/s%n", genSeconds, n / genSeconds);

        Result lucene = null;
        if (BenchEngine.lucene(engine)) {
            Path dir = Files.createTempDirectory("bench-lucene");
            // built with every total exact (the former search, the baseline), then reopened with the platform's threshold
            try (EnterpriseIndex index = new EnterpriseIndex(dir, Integer.MAX_VALUE)) {
                t0 = System.nanoTime();
                generator.stream(n).parallel().forEach(e -> index.add(toEnterprise(e)));
                index.commit();
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "Lucene 建索引（含生成，%d 线程）：%.1f s，%,.0f 文档/s；索引 %d 文档，%.0f MB，%d 段%n",
                        Runtime.getRuntime().availableProcessors(), seconds, n / seconds, index.count(), size(dir) / 1e6,
                        index.segments());
                assertThat(index.count()).isEqualTo(n);
                Result exact = measure("Lucene 精确总数（原）", 3, rounds, q -> index.search(q.query()), null);
                lucene = exact;
            }
            try (EnterpriseIndex index = new EnterpriseIndex(dir)) {
                Result capped = measure("Lucene 计至阈值", 3, rounds, q -> index.search(q.query()), index::count);
                ratio(capped, lucene);
                assertThat(capped.hits()).as("exact counts as before").isEqualTo(lucene.hits());
                lucene = capped;
                if (Boolean.parseBoolean(System.getProperty("bench.forceMerge", "false"))) {
                    System.out.printf(Locale.ROOT, "force-merge 开始（%d 段）；负载 %s%n", index.segments(),
                            RecommendationBenchmarkTest.load());
                    t0 = System.nanoTime();
                    index.forceMerge(1);
                    System.out.printf(Locale.ROOT, "force-merge 至 1 段：%.1f s，%.0f MB；负载 %s%n",
                            (System.nanoTime() - t0) / 1e9, size(dir) / 1e6, RecommendationBenchmarkTest.load());
                    Result merged = measure("Lucene 计至阈值，1 段", 3, rounds, q -> index.search(q.query()), index::count);
                    ratio(merged, capped);
                }
                        } finally {
                try (var files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
        Result reference = lucene;
        if (BenchEngine.opensearch(engine)) {
            Result opensearch = openSearch(generator, n, rounds);
            if (lucene != null) {
                System.out.printf(Locale.ROOT, "比值 OpenSearch/Lucene：p50 %.1f×，p95 %.1f×%n", opensearch.p50() / lucene.p50(),
                        opensearch.p95() / lucene.p95());
                assertThat(opensearch.hits()).as("OpenSearch and Lucene find the same enterprises").isEqualTo(lucene.hits());
            } else {
                reference = opensearch;
            }
        }
        if (!postgres) {
            return;
        }
        postgres(generator, n, reference);
    }

    /**
     * The same mix on the OpenSearch index {@code bench-search-N}: built from the generator (as the platform's rebuild
     * does: bulk requests on all cores, no refresh until the end) unless it already holds the N documents.
     */
    private static Result openSearch(SyntheticEnterpriseGenerator generator, long n, int rounds) throws Exception {
        String alias = "bench-search-" + n;
        boolean reuse = Boolean.parseBoolean(System.getProperty("bench.opensearch.reuse", "true"));
        try (EnterpriseSearchIndex index = BenchSearchIndexes.openSearch(BenchEngine.opensearchUris(), alias)) {
            if (reuse && index.current() && index.count() == n) {
                System.out.printf(Locale.ROOT, "OpenSearch：沿用已建索引 %s（%,d 文档）%n", alias, index.count());
            } else {
                System.out.printf(Locale.ROOT, "OpenSearch 建索引开始；负载 %s%n", RecommendationBenchmarkTest.load());
                long t0 = System.nanoTime();
                long built = index.rebuild(sink -> generator.stream(n).forEach(e -> sink.accept(toEnterprise(e))));
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "OpenSearch 建索引（含生成，bulk，%d 线程）：%.1f s，%,.0f 文档/s；索引 %,d 文档；"
                        + "负载 %s%n", Runtime.getRuntime().availableProcessors(), seconds, n / seconds, built,
                        RecommendationBenchmarkTest.load());
            }
            assertThat(index.count()).isEqualTo(n);
            return measure("OpenSearch", 3, rounds, q -> index.search(q.query()), index::count);
        }
    }

    /**
     * The mix as ILIKE over the same rows in PostgreSQL; at 10M a scan per query takes seconds, so its rounds and
     * warm-up rounds are set apart ({@code bench.ilikeRounds}, {@code bench.ilikeWarmups}) and the pg_trgm index
     * (minutes to build at 1M) can be left out with {@code -Dbench.trgm=false} — both printed with the figures.
     */
    private static void postgres(SyntheticEnterpriseGenerator generator, long n, Result reference) throws Exception {
        int rounds = Integer.getInteger("bench.ilikeRounds", Integer.getInteger("bench.rounds", 20));
        int warmups = Integer.getInteger("bench.ilikeWarmups", 3);
        boolean trgm = Boolean.parseBoolean(System.getProperty("bench.trgm", "true"));
        long t0;
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start(); Connection c = pg.getPostgresDatabase().getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("""
                        create table bench_enterprise (id bigint primary key, name text, region_code varchar(6),
                            industry_code varchar(5), registered_capital numeric(18,2), business_scope text,
                            main_products text, tags text, revenue numeric(18,2))""");
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            t0 = System.nanoTime();
            StringBuilder chunk = new StringBuilder();
            long[] rows = {0};
            // one pass over the generator (a stream per chunk with skip(from) generated every row before it again:
            // quadratic: most of the 33 s of COPY at 1M, about an hour at 10M)
            var source = generator.stream(n).iterator();
            while (source.hasNext()) {
                chunk.setLength(0);
                for (int k = 0; k < 50_000 && source.hasNext(); k++) {
                    SyntheticEnterprise e = source.next();
                    chunk.append(e.index() + 1).append(',').append(csv(e.name())).append(',').append(e.regionCode())
                            .append(',').append(e.industryCode()).append(',').append(e.registeredCapital()).append(',')
                            .append(csv(e.businessScope())).append(',').append(csv(e.mainProducts())).append(',')
                            .append(csv(e.tags().stream().map(Enum::name).sorted().collect(Collectors.joining("|"))))
                            .append(',').append(e.revenue()).append('\n');
                }
                rows[0] += copy.copyIn("copy bench_enterprise from stdin with (format csv)", new StringReader(chunk.toString()));
            }
            try (Statement s = c.createStatement()) {
                s.execute("analyze bench_enterprise");
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "PostgreSQL COPY（含生成）：%.1f s，%,.0f 行/s%n", seconds, rows[0] / seconds);
            Result ilike = measure("PostgreSQL ILIKE", warmups, rounds, q -> exact(pgQuery(c, q)), null);
            if (reference != null) {
                System.out.printf(Locale.ROOT, "比值 ILIKE/%s：p50 %.1f×，p95 %.1f×%n", reference.engine(),
                        ilike.p50() / reference.p50(), ilike.p95() / reference.p95());
                assertThat(reference.hits()).as("the index and ILIKE find the same enterprises").isEqualTo(ilike.hits());
            }
            if (!trgm) {
                System.out.println("pg_trgm：未测（-Dbench.trgm=false）");
                return;
            }
            try (Statement s = c.createStatement()) {
                s.execute("create extension if not exists pg_trgm");
                t0 = System.nanoTime();
                s.execute("create index on bench_enterprise using gin ((name || ' ' || business_scope || ' ' || main_products) gin_trgm_ops)");
                System.out.printf(Locale.ROOT, "pg_trgm GIN 索引：%.1f s%n", (System.nanoTime() - t0) / 1e9);
                Result trgmResult = measure("PostgreSQL ILIKE + pg_trgm", warmups, rounds, q -> exact(pgQuery(c, q)), null);
                if (reference != null) {
                    System.out.printf(Locale.ROOT, "比值 ILIKE(pg_trgm)/%s：p50 %.1f×，p95 %.1f×%n", reference.engine(),
                            trgmResult.p50() / reference.p50(), trgmResult.p95() / reference.p95());
                }
            } catch (java.sql.SQLException e) {
                System.out.println("pg_trgm 不可用，跳过：" + e.getMessage());
            }
        }
    }

    /** The timed query: what the page does (a page and a total, maybe counted only up to a threshold). */
    interface Run {
        EnterpriseSearchIndex.Hits apply(Q q) throws Exception;
    }

    /** An untimed exact count of a query's matches, so that the engines are compared on exact figures. */
    interface Count {
        long apply(EnterpriseQuery q) throws Exception;
    }

    static EnterpriseSearchIndex.Hits exact(long total) {
        return new EnterpriseSearchIndex.Hits(total, List.of(), List.of());
    }

    static void ratio(Result now, Result before) {
        System.out.printf(Locale.ROOT, "比值 %s / %s：p50 %.2f×，p95 %.2f×%n", now.engine(), before.engine(),
                now.p50() / before.p50(), now.p95() / before.p95());
    }

    /** Latency percentiles over all runs and the hit count of each query of the mix. */
    record Result(String engine, double p50, double p95, List<Long> hits) {
    }

    /**
     * Warm-up rounds (JIT, caches), then {@code rounds} rounds of the mix; prints per-query hits and p50/p95 and the
     * load average before and after.
     */
    static Result measure(String engine, int warmups, int rounds, Run run, Count exactCount) throws Exception {
        System.out.printf(Locale.ROOT, "%s 查询开始；负载 %s%n", engine, RecommendationBenchmarkTest.load());
        for (int w = 0; w < warmups; w++) {
            for (Q q : MIX) {
                run.apply(q);
            }
        }
        List<Double> all = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (Q q : MIX) {
            EnterpriseSearchIndex.Hits hits = null;
            List<Double> mine = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                long t = System.nanoTime();
                hits = run.apply(q);
                mine.add((System.nanoTime() - t) / 1e6);
            }
            all.addAll(mine);
            // the engines are compared on exact counts: an untimed count where the timed query stopped counting
            long exact = exactCount == null ? hits.total() : exactCount.apply(q.query());
            assertThat(hits.totalExact() ? hits.total() : exact).as("an exact total is the count").isEqualTo(exact);
            assertThat(hits.total()).as("a lower bound is below the count").isLessThanOrEqualTo(exact);
            counts.add(exact);
            System.out.printf(Locale.ROOT, "  %-18s %-28s 命中 %,9d（显示 %s%,d）  p50 %8.2f ms  p95 %8.2f ms%n", engine, q,
                    exact, hits.totalExact() ? "" : "超过 ", hits.total(), pct(mine, 50), pct(mine, 95));
        }
        double p50 = pct(all, 50);
        double p95 = pct(all, 95);
        System.out.printf(Locale.ROOT, "%s：p50 %.2f ms，p95 %.2f ms（%d 次查询，预热 %d 轮）；负载 %s%n", engine, p50, p95,
                all.size(), warmups, RecommendationBenchmarkTest.load());
        return new Result(engine, p50, p95, counts);
    }

    /** The same query in SQL: every word as a substring of name, scope or products; top 50 by revenue with the total. */
    static long pgQuery(Connection c, Q q) throws Exception {
        List<String> words = Arrays.stream(q.words().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        StringBuilder sql = new StringBuilder("select id, count(*) over () as total from bench_enterprise where true");
        for (int i = 0; i < words.size(); i++) {
            sql.append(" and (name || ' ' || business_scope || ' ' || main_products) ilike ?");
        }
        if (q.region() != null) {
            sql.append(" and region_code like ?");
        }
        if (q.industry() != null) {
            sql.append(" and industry_code like ?");
        }
        if (q.tag() != null) {
            sql.append(" and ('|' || tags || '|') like ?");
        }
        if (q.capitalMin() != null) {
            sql.append(" and registered_capital >= ?");
        }
        sql.append(" order by revenue desc limit 50");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int p = 1;
            for (String w : words) {
                ps.setString(p++, "%" + w + "%");
            }
            if (q.region() != null) {
                ps.setString(p++, q.region() + "%");
            }
            if (q.industry() != null) {
                ps.setString(p++, q.industry() + "%");
            }
            if (q.tag() != null) {
                ps.setString(p++, "%|" + q.tag().name() + "|%");
            }
            if (q.capitalMin() != null) {
                ps.setBigDecimal(p, BigDecimal.valueOf(q.capitalMin()));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong("total") : 0;
            }
        }
    }

    static Enterprise toEnterprise(SyntheticEnterprise e) {
        return new Enterprise(e.index() + 1, e.uscc(), e.name(), e.regionCode(), e.regionName(),
                e.regionCode().startsWith("37"), e.industryCode(), "", BigDecimal.valueOf(e.registeredCapital()),
                e.foundedOn(), e.businessScope(), e.mainProducts(), e.tags(), BigDecimal.valueOf(e.revenue()), e.employees(),
                EnterpriseSource.SYNTHETIC, true, false, "", 0);
    }

    static double pct(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1)));
    }

    static String csv(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    static long size(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
