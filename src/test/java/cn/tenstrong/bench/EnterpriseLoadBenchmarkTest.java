package cn.tenstrong.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.EnterpriseQuery;
import cn.tenstrong.enterprise.GenerateEnterprisesCommand;
import cn.tenstrong.enterprise.ImportResult;
import cn.tenstrong.enterprise.SyntheticEnterprise;
import cn.tenstrong.enterprise.SyntheticEnterpriseGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 企业批量导入基准 (a benchmark, not a test): on a fresh platform (the 5,486 listed companies every start loads),
 * <ol>
 * <li>baseline in the same run: the former write — one JDBC-batched {@code INSERT} per row, 1,000 rows a batch — of
 * {@code bench.baselineRows} generated enterprises (rolled back);</li>
 * <li>a generated CSV of {@code bench.fileRows} rows through the ordinary file import ({@code importFile}: read,
 * checked, identified, written by COPY, placed, indexed);</li>
 * <li>{@code bench.enterprises} synthetic enterprises through {@code generate-enterprises}' path
 * ({@code importSynthetic}), with the load, the commit and the after-commit index timed apart (the index is
 * done when the index listener's event publication is complete: the index follows the commit asynchronously).</li>
 * </ol>
 *
 * <pre>
 * mvn -B -Pbench test -Dtest=EnterpriseLoadBenchmarkTest [-Dbench.enterprises=1000000] [-Dbench.fileRows=100000]
 *     [-Dbench.baselineRows=100000] [-Dbench.postgresDefaults=true] [-Dbench.deferIndexes=true]
 * </pre>
 * {@code bench.postgresDefaults} runs the embedded PostgreSQL with its own defaults instead of application.yml's
 * bulk-load settings (the comparison run). {@code bench.deferIndexes} loads the synthetic enterprises as
 * {@code generate-enterprises --defer-indexes} does (secondary indexes and foreign keys built once before commit);
 * run it back to back with the default for the comparison.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class EnterpriseLoadBenchmarkTest {

    static final long N = Long.getLong("bench.enterprises", 1_000_000L);
    static final int FILE_ROWS = Integer.getInteger("bench.fileRows", 100_000);
    static final int BASELINE_ROWS = Integer.getInteger("bench.baselineRows", 100_000);
    static final boolean DEFER_INDEXES = Boolean.getBoolean("bench.deferIndexes");

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        Path data = Path.of("target", "bench-load-" + N + "-" + System.currentTimeMillis()).toAbsolutePath();
        registry.add("platform.data-dir", data::toString);
        registry.add("platform.demo.synthetic-enterprises", () -> "0");
        registry.add("platform.enterprise.import.max-enterprise-rows", () -> Integer.toString(Math.max(FILE_ROWS, 1)));
        if (Boolean.getBoolean("bench.postgresDefaults")) {
            // the run before the bulk-load settings of application.yml: PostgreSQL's own defaults (the same in 14 and 17)
            java.util.Map.of("max_wal_size", "1GB", "checkpoint_timeout", "5min", "checkpoint_completion_target", "0.9",
                    "wal_buffers", "-1", "shared_buffers", "128MB").forEach((name, value) ->
                    registry.add("platform.database.embedded-settings[" + name + "]", () -> value));
        }
    }

    @Autowired
    EnterpriseLibrary library;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void load() throws Exception {
        List<String> lines = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%n=== 企业批量导入基准：库中已有 %,d 家企业；负载（开始）%s ===%n", library.count(),
                RecommendationBenchmarkTest.load());

        double baseline = baseline();
        lines.add(String.format(Locale.ROOT, "基线：逐行 INSERT（JDBC 批量 1000，旧写法），%,d 行：%,.0f 行/秒；负载 %s",
                BASELINE_ROWS, baseline, RecommendationBenchmarkTest.load()));

        java.io.StringWriter csv = new java.io.StringWriter();
        GenerateEnterprisesCommand.writeCsv(SyntheticEnterpriseGenerator.withDefaults(99), FILE_ROWS, csv);
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        Timed fileImport = timed(() -> library.importFile(file, "bench.csv"));
        lines.add(String.format(Locale.ROOT, "文件导入（CSV %,d 行，%.1f MB：读取、校验、识别、COPY、挂链）：%.1f 秒，%,.0f 行/秒；"
                        + "提交 %.1f 秒；索引 %.1f 秒；合计 %,.0f 行/秒；负载 %s", FILE_ROWS, file.length / 1e6, fileImport.load,
                FILE_ROWS / fileImport.load, fileImport.commit, fileImport.index, FILE_ROWS / fileImport.total(),
                RecommendationBenchmarkTest.load()));
        assertThat(fileImport.result.rows()).isEqualTo(FILE_ROWS);

        long before = library.count();
        awaitAfterCommit(); // the file import's other reactions still read the library: the deferral would wait
        String loadBefore = RecommendationBenchmarkTest.load();
        Timed bulk = timed(() -> library.importSynthetic(SyntheticEnterpriseGenerator.withDefaults(2026), N,
                DEFER_INDEXES));
        lines.add(String.format(Locale.ROOT, "generate-enterprises 路径（生成、COPY、挂链%s）%,d 家：%.1f 秒，%,.0f 行/秒；"
                        + "提交 %.1f 秒；并行索引 %.1f 秒（%,.0f 条/秒）；合计 %.1f 秒，%,.0f 行/秒；负载 %s → %s",
                DEFER_INDEXES ? "，暂缓索引与外键（--defer-indexes）" : "", N, bulk.load,
                N / bulk.load, bulk.commit, bulk.index, N / bulk.index, bulk.total(), N / bulk.total(), loadBefore,
                RecommendationBenchmarkTest.load()));
        lines.add(String.format(Locale.ROOT, "比值（generate 路径 / 旧写法基线）：%.1f×", N / bulk.load / baseline));

        long after = library.count();
        assertThat(after - before).isEqualTo(bulk.result.created());
        assertThat(bulk.result.rows()).isEqualTo(N);
        SyntheticEnterprise last = SyntheticEnterpriseGenerator.withDefaults(2026).enterprise(N - 1);
        assertThat(library.byUscc(last.uscc())).isPresent();
        assertThat(library.search(EnterpriseQuery.text(last.name().replace(SyntheticEnterprise.MARKER, ""))).total())
                .isPositive();
        long placements = jdbc.sql("select count(*) from enterprise_placement").query(Long.class).single();
        // the load's event, stored once per listener (durable after-commit reactions)
        jdbc.sql("""
                select listener_id, octet_length(serialized_event) as bytes, pg_column_size(serialized_event) as stored
                from event_publication where event_type like '%EnterprisesChanged'
                order by publication_date desc, listener_id limit 8""").query((java.sql.ResultSet rs) -> {
            lines.add(String.format(Locale.ROOT, "事件存储：%s：%,d 字节（压缩后 %,d 字节）", rs.getString(1),
                    rs.getLong(2), rs.getLong(3)));
        });
        lines.add(String.format(Locale.ROOT, "库中企业 %,d 家，挂链 %,d 条；负载（结束）%s", after, placements,
                RecommendationBenchmarkTest.load()));
        System.out.println();
        lines.forEach(System.out::println);
    }

    /** Load, commit and after-commit time of one import, by a synchronization registered before the import's own. */
    private record Timed(ImportResult result, double load, double commit, double index) {
        double total() {
            return load + commit + index;
        }
    }

    private Timed timed(java.util.function.Supplier<ImportResult> work) {
        long[] at = new long[4];
        TransactionTemplate tx = new TransactionTemplate(transactions);
        at[0] = System.nanoTime();
        ImportResult result = tx.execute(status -> {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    at[2] = System.nanoTime();
                }
            });
            ImportResult r = work.get();
            at[1] = System.nanoTime();
            return r;
        });
        awaitIndexed();
        at[3] = System.nanoTime();
        return new Timed(result, (at[1] - at[0]) / 1e9, (at[2] - at[1]) / 1e9, (at[3] - at[2]) / 1e9);
    }

    /**
     * The search index follows a commit asynchronously (a durable after-commit reaction): it is done when the index
     * listener's publication of the load's event is complete.
     */
    private void awaitIndexed() {
        try {
            while (jdbc.sql("""
                    select count(*) from event_publication
                    where completion_date is null and listener_id like '%IndexSync%'""").query(Long.class).single() > 0) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until every after-commit reaction published so far has completed (or failed). */
    private void awaitAfterCommit() {
        try {
            while (jdbc.sql("""
                    select count(*) from event_publication where completion_date is null
                    and coalesce(status, 'PUBLISHED') in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')""")
                    .query(Long.class).single() > 0) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The former write path's statement, row by row in JDBC batches of 1,000, rolled back afterwards. */
    private double baseline() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        double[] rate = new double[1];
        tx.executeWithoutResult(status -> {
            long start = System.nanoTime();
            var it = SyntheticEnterpriseGenerator.withDefaults(7).stream(BASELINE_ROWS).iterator();
            List<MapSqlParameterSource> batch = new ArrayList<>();
            while (it.hasNext()) {
                SyntheticEnterprise e = it.next();
                batch.add(new MapSqlParameterSource().addValue("uscc", e.uscc()).addValue("name", e.name())
                        .addValue("region", e.regionCode()).addValue("regionName", e.regionName())
                        .addValue("local", e.regionCode().startsWith("37")).addValue("industry", e.industryCode())
                        .addValue("capital", BigDecimal.valueOf(e.registeredCapital()))
                        .addValue("founded", java.sql.Date.valueOf(e.foundedOn())).addValue("scope", e.businessScope())
                        .addValue("products", e.mainProducts()).addValue("tags", "")
                        .addValue("revenue", BigDecimal.valueOf(e.revenue())).addValue("employees", e.employees()));
                if (batch.size() == 1000 || !it.hasNext()) {
                    named.batchUpdate("""
                            insert into enterprise (uscc, name, region_code, region_name, local, industry_code,
                                registered_capital, founded_on, business_scope, main_products, tags, revenue, employees,
                                source, synthetic)
                            values (:uscc, :name, :region, :regionName, :local, :industry, :capital, :founded, :scope,
                                    :products, :tags, :revenue, :employees, 'SYNTHETIC', true)
                            """, batch.toArray(MapSqlParameterSource[]::new));
                    batch.clear();
                }
            }
            rate[0] = BASELINE_ROWS / ((System.nanoTime() - start) / 1e9);
            status.setRollbackOnly();
        });
        return rate[0];
    }
}
