package cn.tenstrong.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A data directory written by PostgreSQL 14 (the server earlier releases embedded, run here from the shipped legacy
 * binaries and migrated by the platform's own migrations) is upgraded to this release's PostgreSQL 17 with every row,
 * sequence, login and the migration history intact; a failure in the middle leaves it as it was.
 */
class LegacyClusterUpgradeTest extends IntegrationTest {

    @Autowired
    LegacyClusterUpgrade upgrade;
    @Autowired
    PlatformFlyway flyway;
    @Autowired
    DatabaseProperties properties;

    @Test
    void upgradesA14DirectoryKeepingEveryRowSequenceLoginAndTheMigrationHistory(@TempDir Path dataDir) throws Exception {
        Before before = legacyDirectory(dataDir, false);
        assertThat(Files.readString(dataDir.resolve("pg/PG_VERSION")).trim()).isEqualTo("14");

        LegacyClusterUpgrade.Upgraded upgraded = upgrade.upgradeIfNeeded(dataDir).orElseThrow();

        assertThat(Files.readString(dataDir.resolve("pg/PG_VERSION")).trim()).isEqualTo("17");
        assertThat(upgraded.backup()).isDirectory().hasParent(dataDir);
        assertThat(upgraded.backup().getFileName().toString()).matches("pg-14-backup-\\d{8}-\\d{6}");
        assertThat(Files.readString(upgraded.backup().resolve("PG_VERSION")).trim()).isEqualTo("14");
        assertThat(dataDir.resolve("pg-upgrade")).doesNotExist();
        assertThat(dataDir.resolve("pg-upgrade.complete")).doesNotExist();
        assertThat(upgraded.tables()).isEqualTo(before.digests().size());
        assertThat(upgrade.upgradeIfNeeded(dataDir)).as("a 17 directory is left alone").isEmpty();

        try (UpgradeServer server = UpgradeServer.start(dataDir.resolve("pg"), null, properties, false);
             Connection c = server.database(properties.embeddedDatabaseName()).getConnection()) {
            assertThat(single(c, "show server_version")).startsWith("17.5");
            assertThat(digests(c)).isEqualTo(before.digests());
            assertThat(rows(c, "select * from flyway_schema_history order by installed_rank"))
                    .isEqualTo(before.history()).isNotEmpty();
            assertThat(sequences(c)).isEqualTo(before.sequences());
            assertThat(rows(c, "select name, kind, note from org_organization where name like '升级测试%' order by id"))
                    .containsExactly("升级测试机构乙|OTHER|引号' 制表\t换行\n反斜杠\\");
            assertThat(single(c, "select province_code from enterprise where uscc = '91370000UPG000001X'"))
                    .as("the generated column computed again").isEqualTo("37");
            assertThat(rows(c, "select actor, action, entity_id from audit_log where actor = '升级测试' order by id"))
                    .containsExactly("升级测试|UPGRADE_TEST|甲", "升级测试|UPGRADE_TEST|乙");
            // the bigserial continues after the old value, not at the start or the highest id
            long next = Long.parseLong(single(c, "select nextval('org_organization_id_seq')"));
            assertThat(next).isEqualTo(before.organizationSequence() + 1).isGreaterThan(5000);
            assertThat(single(c, "select rolpassword from pg_authid where rolname = 'upgrade_reader'"))
                    .isEqualTo(before.readerPassword()).startsWith("SCRAM-SHA-256$");
            assertThat(single(c, "select rolcanlogin::text from pg_roles where rolname = 'upgrade_reader'"))
                    .isEqualTo("true");
        }
        // the application's login reads and writes as before (the migrations' grants)
        try (UpgradeServer server = UpgradeServer.start(dataDir.resolve("pg"), null, properties, false);
             Connection app = server.database(properties.embeddedDatabaseName()).unwrap(
                     org.postgresql.ds.PGSimpleDataSource.class).getConnection(properties.appRole(), "")) {
            assertThat(single(app, "select count(*) from org_organization_alias where alias = '升级测试别名'"))
                    .isEqualTo("1");
        }
    }

    @Test
    void aFailureInTheMiddleLeavesTheDirectoryAsItWas(@TempDir Path dataDir) throws Exception {
        Before before = legacyDirectory(dataDir, true);

        assertThatThrownBy(() -> upgrade.upgradeIfNeeded(dataDir))
                .isInstanceOf(DataDirectoryUpgradeException.class)
                .hasMessageContaining("升级失败").hasMessageContaining("原数据目录未切换")
                .hasMessageContaining("public.upgrade_stray");

        assertThat(Files.readString(dataDir.resolve("pg/PG_VERSION")).trim()).isEqualTo("14");
        try (Stream<Path> left = Files.list(dataDir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("pg");
        }
        try (UpgradeServer old = UpgradeServer.start(dataDir.resolve("pg"), LegacyBinaries.forMajor("14").orElseThrow(),
                properties, false);
             Connection c = old.database(properties.embeddedDatabaseName()).getConnection()) {
            assertThat(digests(c)).isEqualTo(before.digests());
            assertThat(sequences(c)).isEqualTo(before.sequences());
        }
    }

    @Test
    void aCrashBetweenTheTwoRenamesIsFinishedOnTheNextStart(@TempDir Path dataDir) throws Exception {
        Files.createDirectories(dataDir.resolve("pg-upgrade"));
        Files.writeString(dataDir.resolve("pg-upgrade/PG_VERSION"), "17\n");
        Files.writeString(dataDir.resolve("pg-upgrade/marker-row"), "新库");
        Files.createDirectories(dataDir.resolve("pg-14-backup-20261203-180000"));
        Files.writeString(dataDir.resolve("pg-upgrade.complete"), "PostgreSQL 14");

        assertThat(upgrade.upgradeIfNeeded(dataDir)).isEmpty();

        assertThat(dataDir.resolve("pg/marker-row")).hasContent("新库");
        assertThat(dataDir.resolve("pg-upgrade")).doesNotExist();
        assertThat(dataDir.resolve("pg-upgrade.complete")).doesNotExist();
        assertThat(dataDir.resolve("pg-14-backup-20261203-180000")).isDirectory();
    }

    @Test
    void elsewhereThanLinuxX8664TheStartIsRefusedBeforeAnythingIsTouched(@TempDir Path dataDir) throws Exception {
        Files.createDirectories(dataDir.resolve("pg"));
        Files.writeString(dataDir.resolve("pg/PG_VERSION"), "14\n");
        String arch = System.getProperty("os.arch");
        System.setProperty("os.arch", "aarch64");
        try {
            assertThatThrownBy(() -> upgrade.upgradeIfNeeded(dataDir))
                    .isInstanceOf(DataDirectoryUpgradeException.class)
                    .hasMessageContaining("PostgreSQL 14").hasMessageContaining("Linux x86-64")
                    .hasMessageContaining("aarch64").hasMessageContaining("数据目录未作任何改动")
                    .extracting(e -> ((DataDirectoryUpgradeException) e).advice()).asString()
                    .contains("拷到一台 Linux x86-64 机器上").contains("继续使用上一版本");
        } finally {
            System.setProperty("os.arch", arch);
        }
        try (Stream<Path> left = Files.list(dataDir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("pg");
        }
        try (Stream<Path> inPg = Files.list(dataDir.resolve("pg"))) {
            assertThat(inPg.map(p -> p.getFileName().toString())).containsExactly("PG_VERSION");
        }
    }

    record Before(Map<String, String> digests, List<String> history, Map<String, String> sequences,
                  long organizationSequence, String readerPassword) {
    }

    /** A PostgreSQL 14 directory as an earlier release left it: migrated, with rows of several kinds. */
    private Before legacyDirectory(Path dataDir, boolean withStrayTable) throws Exception {
        String database = properties.embeddedDatabaseName();
        try (UpgradeServer old = UpgradeServer.start(dataDir.resolve("pg"), LegacyBinaries.forMajor("14").orElseThrow(),
                properties, false)) {
            PlatformDatabase.createIfMissing(old.server(), database);
            ApplicationRole.ensure(old.database(database), properties.appRole());
            flyway.migrate(old.database(database));
            Before before;
            try (Connection c = old.database(database).getConnection(); Statement s = c.createStatement()) {
                s.execute("create role upgrade_reader login password 'Upgrade-Secret-1'");
                s.execute("select setval('org_organization_id_seq', 5000)");
                s.execute("insert into org_organization (name, kind, note) values ('升级测试机构甲', 'OTHER', '甲'), "
                        + "('升级测试机构乙', 'OTHER', E'引号'' 制表\\t换行\\n反斜杠\\\\')");
                // the sequence stands beyond the highest id still there
                s.execute("insert into org_organization (name, kind) values ('升级测试机构丙', 'OTHER')");
                s.execute("delete from org_organization where name in ('升级测试机构甲', '升级测试机构丙')");
                s.execute("insert into org_organization_alias (alias, organization_id) "
                        + "select '升级测试别名', id from org_organization where name = '升级测试机构乙'");
                s.execute("insert into enterprise (uscc, name, region_code, local, revenue, founded_on, source) "
                        + "values ('91370000UPG000001X', '升级测试企业', '370102', true, 12345.67, '2001-02-03', 'IMPORT')");
                // the audit log refuses update, delete and truncate by trigger: the copy must not fire it
                s.execute("insert into audit_log (id, occurred_at, actor, action, entity_type, entity_id, prev_hash, hash) "
                        + "select nextval('audit_log_id_seq'), timestamptz '2026-01-02 03:04:05.678901+08', '升级测试', "
                        + "'UPGRADE_TEST', 'org', e, repeat('0', 64), repeat('a', 64) from unnest(array['甲', '乙']) e");
                s.execute("insert into shared_job_lock (name, lock_until, locked_at, locked_by) "
                        + "values ('upgrade-test', timestamp '2026-12-03 08:00', timestamp '2026-12-03 07:59', 'node-a')");
                if (withStrayTable) {
                    s.execute("create table upgrade_stray (id int primary key, note text)");
                    s.execute("insert into upgrade_stray values (1, '不由迁移脚本建立')");
                }
                before = new Before(digests(c), rows(c, "select * from flyway_schema_history order by installed_rank"),
                        sequences(c), Long.parseLong(single(c, "select last_value from org_organization_id_seq")),
                        single(c, "select rolpassword from pg_authid where rolname = 'upgrade_reader'"));
            }
            old.stop();
            return before;
        }
    }

    /** Per table, a digest of all its rows (as text, every column, the generated ones too). */
    private static Map<String, String> digests(Connection c) throws SQLException {
        Map<String, String> digests = new LinkedHashMap<>();
        for (ClusterCatalog.Table table : ClusterCatalog.tables(c).values()) {
            digests.put(table.label(), single(c, "select count(*) || ':' || coalesce(md5(string_agg(t::text, "
                    + "E'\\n' order by t::text)), '') from " + table.qualified() + " t"));
        }
        return digests;
    }

    private static Map<String, String> sequences(Connection c) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        for (ClusterCatalog.Sequence sequence : ClusterCatalog.sequences(c)) {
            values.put(sequence.name(), single(c, "select last_value || '/' || is_called from " + sequence.qualified()));
        }
        return values;
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
