package cn.tenstrong.enterprise.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.tenstrong.enterprise.EnterpriseImportException;
import cn.tenstrong.enterprise.ImportResult;
import cn.tenstrong.enterprise.SyntheticEnterprise;
import cn.tenstrong.enterprise.SyntheticEnterpriseGenerator;
import cn.tenstrong.support.AfterCommit;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 暂缓索引 (generate-enterprises --defer-indexes): the secondary indexes and foreign keys of the enterprise and
 * placement tables are dropped for the load and built again before its commit, by the owner's functions; the
 * application's login can do nothing else with them.
 */
class DeferredIndexLoadTest extends IntegrationTest {

    @Autowired
    SyntheticLoad load;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void quiet() {
        // an earlier test's after-commit reaction reading the library would hold the lock the deferral needs
        AfterCommit.await(jdbc);
    }

    private static List<SyntheticEnterprise> generated(SyntheticEnterpriseGenerator g, long from, int count) {
        return java.util.stream.LongStream.range(from, from + count).mapToObj(g::enterprise).toList();
    }

    /** Every index and constraint of the two tables, with its definition and state, by name. */
    private List<String> catalog() {
        return jdbc.sql("""
                select 'index ' || c.relname || ': ' || pg_get_indexdef(i.indexrelid) || ' valid=' || i.indisvalid
                from pg_index i join pg_class c on c.oid = i.indexrelid
                where i.indrelid in ('enterprise'::regclass, 'enterprise_placement'::regclass)
                union all
                select 'constraint ' || conname || ': ' || pg_get_constraintdef(oid) || ' validated=' || convalidated
                from pg_constraint where conrelid in ('enterprise'::regclass, 'enterprise_placement'::regclass)
                union all
                select 'trigger ' || tgname || ': enabled=' || tgenabled::text from pg_trigger
                where tgrelid in ('enterprise'::regclass, 'enterprise_placement'::regclass) and not tgisinternal
                order by 1""").query(String.class).list();
    }

    private static SyntheticEnterprise withCapital(SyntheticEnterprise e, long capital) {
        return new SyntheticEnterprise(e.index(), e.uscc(), e.name(), e.regionCode(), e.regionName(), e.industryCode(),
                e.sourceChainCode(), e.sourceSegmentCode(), e.businessScope(), e.mainProducts(), capital, e.revenue(),
                e.employees(), e.foundedOn(), e.tags(), true);
    }

    private static SyntheticEnterprise withIndustry(SyntheticEnterprise e, String industry) {
        return new SyntheticEnterprise(e.index(), e.uscc(), e.name(), e.regionCode(), e.regionName(), industry,
                e.sourceChainCode(), e.sourceSegmentCode(), e.businessScope(), e.mainProducts(), e.registeredCapital(),
                e.revenue(), e.employees(), e.foundedOn(), e.tags(), true);
    }

    private static SyntheticEnterprise withUscc(SyntheticEnterprise e, String uscc) {
        return new SyntheticEnterprise(e.index(), uscc, e.name(), e.regionCode(), e.regionName(), e.industryCode(),
                e.sourceChainCode(), e.sourceSegmentCode(), e.businessScope(), e.mainProducts(), e.registeredCapital(),
                e.revenue(), e.employees(), e.foundedOn(), e.tags(), true);
    }

    /** The object id of an index: a rebuilt one has a new id. */
    private long oid(String index) {
        return jdbc.sql("select :i::regclass::oid::bigint").param("i", index).query(Long.class).single();
    }

    /** Manual ANALYZE runs of the two tables so far (the statistics are reported shortly after a commit). */
    private long analyses() {
        return jdbc.sql("""
                select coalesce(sum(analyze_count), 0) from pg_stat_user_tables
                where relname in ('enterprise', 'enterprise_placement')""").query(Long.class).single();
    }

    @Test
    void theTablesAreAnalysedOnceBeforeTheirForeignKeysAreValidated() throws InterruptedException {
        // stale statistics once planned the validation of a foreign key as a nested loop over a million rows (55 s)
        jdbc.sql("select pg_stat_clear_snapshot()").query(Object.class).list();
        long before = analyses();
        SyntheticEnterpriseGenerator generator = SyntheticEnterpriseGenerator.withDefaults(1502);

        load.load(generated(generator, 7_600_000, 60).iterator(), "deferred-test", 50, false, true);

        long after = before;
        for (int i = 0; i < 100 && after == before; i++) {
            Thread.sleep(100);
            jdbc.sql("select pg_stat_clear_snapshot()").query(Object.class).list();
            after = analyses();
        }
        assertThat(after - before).as("one ANALYZE of each table, not one per foreign key").isEqualTo(2);
    }

    @Test
    void aDeferredLoadBuildsEveryIndexAndForeignKeyAgainWithTheSameDefinition() {
        List<String> before = catalog();
        assertThat(before).anyMatch(l -> l.startsWith("index enterprise_region_idx: "))
                .anyMatch(l -> l.startsWith("index enterprise_name_brackets_idx: "))
                .anyMatch(l -> l.startsWith("index enterprise_placement_list_idx: "))
                .anyMatch(l -> l.startsWith("index enterprise_placement_real_list_idx: "))
                .anyMatch(l -> l.startsWith("constraint enterprise_industry_code_fkey: FOREIGN KEY (industry_code)"))
                .anyMatch(l -> l.startsWith("constraint enterprise_placement_enterprise_id_fkey: FOREIGN KEY (enterprise_id)"))
                .contains("trigger enterprise_placement_copies_enterprise: enabled=O");
        SyntheticEnterpriseGenerator generator = SyntheticEnterpriseGenerator.withDefaults(1501);
        List<SyntheticEnterprise> rows = generated(generator, 7_500_000, 130);

        ImportResult first = load.load(rows.iterator(), "deferred-test", 50, false, true);

        assertThat(first.created()).isEqualTo(130);
        assertThat(first.placed()).isPositive();
        assertThat(catalog()).isEqualTo(before);
        String[] usccs = rows.stream().map(SyntheticEnterprise::uscc).toArray(String[]::new);
        assertThat(jdbc.sql("""
                select count(*) from enterprise_placement p join enterprise e on e.id = p.enterprise_id
                where e.uscc = any(:u) and p.method = 'AUTO'""").param("u", usccs).query(Long.class).single())
                .isEqualTo(first.placed());
        // the rebuilt foreign keys act again: an unknown industry code and a placement of nobody are refused
        assertThatThrownBy(() -> jdbc.sql("update enterprise set industry_code = '0000' where uscc = :u")
                .param("u", usccs[0]).update()).rootCause().hasMessageContaining("enterprise_industry_code_fkey");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into enterprise_placement (enterprise_id, chain_code, segment_code, role, method, status)
                values (-1, 'x', 'y', 'SUPPORTING', 'AUTO', 'SUGGESTED')""").update())
                .rootCause().hasMessageContaining("enterprise_placement_enterprise_id_fkey");

        // a second deferred load from a source read twice identifies the first's rows before it locks the tables
        List<SyntheticEnterprise> more = generated(generator, 7_500_000, 150);
        ImportResult again = load.load(more::iterator, "deferred-test", 50, false, true);
        assertThat(again.updated()).isEqualTo(130);
        assertThat(again.created()).isEqualTo(20);
        assertThat(catalog()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from enterprise where uscc = any(:u) and version = 1").param("u", usccs)
                .query(Long.class).single()).isEqualTo(130);

        // and a third from a single-pass source, on the loading connection (the tables are locked)
        ImportResult third = load.load(generated(generator, 7_500_000, 150).iterator(), "deferred-test", 50, false,
                true);
        assertThat(third.updated()).isEqualTo(150);
        assertThat(catalog()).isEqualTo(before);
    }

    @Test
    void aLoadIdentifiedBeforehandBuildsItsUniqueKeysOnceAfterTheCopies() {
        List<String> before = catalog();
        long uscc = oid("enterprise_uscc_key");
        long placementKey = oid("enterprise_placement_pkey");
        long primaryKey = oid("enterprise_pkey");
        SyntheticEnterpriseGenerator generator = SyntheticEnterpriseGenerator.withDefaults(1504);
        List<SyntheticEnterprise> rows = generated(generator, 7_800_000, 130);

        ImportResult first = load.load(rows::iterator, "deferred-test", 50, false, true);

        assertThat(first.created()).isEqualTo(130);
        assertThat(catalog()).isEqualTo(before);
        assertThat(oid("enterprise_uscc_key")).as("built again after the copies").isNotEqualTo(uscc);
        assertThat(oid("enterprise_placement_pkey")).isNotEqualTo(placementKey);
        assertThat(oid("enterprise_pkey")).as("other tables' foreign keys reference it: kept").isEqualTo(primaryKey);
        // the rebuilt keys act again
        assertThatThrownBy(() -> jdbc.sql("""
                insert into enterprise (uscc, name, source, synthetic) values (:u, '测试重复信用代码企业', 'SYNTHETIC', true)
                """).param("u", rows.get(3).uscc()).update()).rootCause().hasMessageContaining("enterprise_uscc_key");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into enterprise_placement (enterprise_id, chain_code, segment_code, role, method, status)
                select enterprise_id, chain_code, segment_code, role, method, status from enterprise_placement
                where enterprise_id in (select id from enterprise where uscc = any(:u)) limit 1""")
                .param("u", rows.stream().map(SyntheticEnterprise::uscc).toArray(String[]::new)).update())
                .rootCause().hasMessageContaining("enterprise_placement_pkey");

        // a load with updates among its rows still builds the USCC key once (its rows were identified beforehand,
        // updates merge by id) but keeps the placements' key, by which an update's placements are replaced
        long rebuilt = oid("enterprise_uscc_key");
        long placementsRebuilt = oid("enterprise_placement_pkey");
        ImportResult again = load.load(generated(generator, 7_800_000, 150)::iterator, "deferred-test", 50, false,
                true);
        assertThat(again.updated()).isEqualTo(130);
        assertThat(again.created()).isEqualTo(20);
        assertThat(oid("enterprise_uscc_key")).isNotEqualTo(rebuilt);
        assertThat(oid("enterprise_placement_pkey")).isEqualTo(placementsRebuilt);
        assertThat(catalog()).isEqualTo(before);

        // updates that fit in a slice are held and written after the rebuild: the placements' key is built once too
        List<SyntheticEnterprise> third = generated(generator, 7_800_100, 60); // 50 stored, 10 new
        ImportResult held = load.load(third::iterator, "deferred-test", 50, false, true);
        assertThat(held.updated()).isEqualTo(50);
        assertThat(held.created()).isEqualTo(10);
        assertThat(oid("enterprise_placement_pkey")).isNotEqualTo(placementsRebuilt);
        assertThat(catalog()).isEqualTo(before);
        String[] thirdUsccs = third.stream().map(SyntheticEnterprise::uscc).toArray(String[]::new);
        assertThat(jdbc.sql("""
                select count(*) from enterprise_placement p join enterprise e on e.id = p.enterprise_id
                where e.uscc = any(:u) and p.method = 'AUTO' and p.enterprise_synthetic""").param("u", thirdUsccs)
                .query(Long.class).single()).as("every placement, the held updates' too, with its enterprise's flags")
                .isEqualTo(held.placed());
        // the 30 of the first load updated twice, the 20 the second load added once
        assertThat(jdbc.sql("select version, count(*) from enterprise where uscc = any(:u) group by version order by 1")
                .param("u", thirdUsccs).query((rs, i) -> rs.getInt(1) + ":" + rs.getLong(2)).list())
                .containsExactly("0:10", "1:20", "2:30");
    }

    @Test
    void aGeneratorLoadIdentifiesItsStoredEnterprisesByUsccAndByNameWhereOneHasNoUscc() {
        SyntheticEnterpriseGenerator generator = SyntheticEnterpriseGenerator.withDefaults(1507);
        ImportResult first = load.load(generator, 100, "deferred-test", false, true);
        assertThat(first.created()).isEqualTo(100);

        // the first pass computes USCCs only and generates whole just the enterprises the library may hold
        ImportResult again = load.load(generator, 150, "deferred-test", false, true);
        assertThat(again.updated()).isEqualTo(100);
        assertThat(again.created()).isEqualTo(50);

        // a stored enterprise without a USCC under a synthetic name: the first pass looks names up as well, and the
        // load fills the USCC into that row instead of adding a second enterprise
        SyntheticEnterpriseGenerator other = SyntheticEnterpriseGenerator.withDefaults(1508);
        SyntheticEnterprise named = other.enterprise(5);
        jdbc.sql("insert into enterprise (name, region_code, source) values (:n, :r, 'SEED_PLAN')")
                .param("n", named.name()).param("r", named.regionCode()).update();
        ImportResult byName = load.load(other, 10, "deferred-test", false, true);
        assertThat(byName.updated()).isEqualTo(1);
        assertThat(byName.created()).isEqualTo(9);
        assertThat(jdbc.sql("select count(*) from enterprise where name = :n").param("n", named.name())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select uscc from enterprise where name = :n").param("n", named.name())
                .query(String.class).single()).isEqualTo(named.uscc());
    }

    @Test
    void aUsccRepeatedInALoadOfNewEnterprisesIsReportedByBothRows() {
        List<String> before = catalog();
        SyntheticEnterpriseGenerator generator = SyntheticEnterpriseGenerator.withDefaults(1505);
        List<SyntheticEnterprise> rows = new ArrayList<>(generated(generator, 7_900_000, 120));
        String repeated = rows.get(10).uscc();
        rows.set(100, withUscc(rows.get(100), repeated)); // another slice: only the rebuilt unique key sees both

        assertThatThrownBy(() -> load.load(rows::iterator, "deferred-test", 50, false, true))
                .isInstanceOf(EnterpriseImportException.class)
                .hasMessageContaining("未导入任何数据")
                .hasMessageContaining("第7900102行「统一社会信用代码」：“" + repeated + "”与第7900012行重复");

        assertThat(catalog()).isEqualTo(before);
        String[] usccs = rows.stream().map(SyntheticEnterprise::uscc).toArray(String[]::new);
        assertThat(jdbc.sql("select count(*) from enterprise where uscc = any(:u)").param("u", usccs)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aUsccStoredByAnotherImportAfterTheFirstPassFailsTheLoadByItsRow() {
        List<String> before = catalog();
        SyntheticEnterpriseGenerator generator = SyntheticEnterpriseGenerator.withDefaults(1506);
        List<SyntheticEnterprise> rows = generated(generator, 7_950_000, 80);
        String taken = rows.get(30).uscc();
        TransactionTemplate other = new TransactionTemplate(transactions);
        other.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        int[] reads = {0};
        // the source is read twice: the second read (the load itself, after the first pass) comes after another
        // import committed one of its USCCs
        java.util.function.Supplier<java.util.Iterator<SyntheticEnterprise>> source = () -> {
            if (++reads[0] == 2) {
                other.executeWithoutResult(status -> jdbc.sql("""
                        insert into enterprise (uscc, name, source, synthetic) values (:u, '测试同时导入企业', 'SYNTHETIC', true)
                        """).param("u", taken).update());
            }
            return rows.iterator();
        };

        assertThatThrownBy(() -> load.load(source, "deferred-test", 50, false, true))
                .isInstanceOf(EnterpriseImportException.class)
                .hasMessageContaining("第7950032行「统一社会信用代码」：“" + taken + "”已被库中另一家企业使用");

        assertThat(catalog()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from enterprise where uscc = :u").param("u", taken)
                .query(Long.class).single()).isEqualTo(1);
        jdbc.sql("delete from enterprise where uscc = :u and name = '测试同时导入企业'").param("u", taken).update();
    }

    @Test
    void aFailedDeferredLoadLeavesTheIndexesForeignKeysAndRowsAsTheyWere() {
        List<String> before = catalog();
        SyntheticEnterpriseGenerator generator = SyntheticEnterpriseGenerator.withDefaults(1502);
        List<SyntheticEnterprise> rows = new ArrayList<>(generated(generator, 7_600_000, 120));
        rows.set(110, withCapital(rows.get(110), -1)); // only the table's check refuses it, in the third slice

        assertThatThrownBy(() -> load.load(rows.iterator(), "deferred-test", 50, false, true))
                .isInstanceOf(EnterpriseImportException.class)
                .hasMessageContaining("未导入任何数据")
                .hasMessageContaining("第7600112行「注册资本（万元）」：数值不在允许范围内");

        assertThat(catalog()).isEqualTo(before);
        String[] usccs = rows.stream().map(SyntheticEnterprise::uscc).toArray(String[]::new);
        assertThat(jdbc.sql("select count(*) from enterprise where uscc = any(:u)").param("u", usccs)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anUnknownIndustryCodeIsRefusedByItsRowWhileTheForeignKeyIsDeferred() {
        List<String> before = catalog();
        SyntheticEnterpriseGenerator generator = SyntheticEnterpriseGenerator.withDefaults(1503);
        List<SyntheticEnterprise> rows = new ArrayList<>(generated(generator, 7_700_000, 80));
        rows.set(65, withIndustry(rows.get(65), "0000"));

        assertThatThrownBy(() -> load.load(rows.iterator(), "deferred-test", 50, false, true))
                .isInstanceOf(EnterpriseImportException.class)
                .hasMessageContaining("第7700067行「行业代码」：“0000”在参考目录中不存在");

        assertThat(catalog()).isEqualTo(before);
        String[] usccs = rows.stream().map(SyntheticEnterprise::uscc).toArray(String[]::new);
        assertThat(jdbc.sql("select count(*) from enterprise where uscc = any(:u)").param("u", usccs)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCommitWithoutTheRestoreIsRefusedAndTheIndexesStay() {
        List<String> before = catalog();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            Integer dropped = jdbc.sql("select bulk_load_defer(array['enterprise', 'enterprise_placement'])")
                    .query(Integer.class).single();
            assertThat(dropped).isGreaterThanOrEqualTo(5); // 3 + 1 indexes, 2 foreign keys
        })).rootCause().hasMessageContaining("未在提交前恢复");
        assertThat(catalog()).isEqualTo(before);
    }

    @Test
    void theApplicationsLoginMayDeferOnlyTheLoadTablesAndNeverSeesTheDefinitions() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> jdbc.sql("select bulk_load_defer(array['audit_log'])")
                .query(Integer.class).single())).rootCause().hasMessageContaining("不允许暂缓该表的索引：audit_log");
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> jdbc.sql(
                "select bulk_load_defer(array['enterprise; drop table audit_log'])").query(Integer.class).single()))
                .rootCause().hasMessageContaining("不允许暂缓该表的索引");
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> jdbc.sql(
                "select bulk_load_defer(array['enterprise'], array['audit_log'])").query(Integer.class).single()))
                .rootCause().hasMessageContaining("不允许暂缓该表的唯一键：audit_log");
        assertThatThrownBy(() -> jdbc.sql("select count(*) from bulk_load_deferred").query(Long.class).single())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("drop index enterprise_region_idx").update())
                .rootCause().hasMessageContaining("must be owner");
        assertThat(jdbc.sql("select count(*) from pg_class where relname = 'audit_log'").query(Long.class).single())
                .isEqualTo(1);
    }
}
