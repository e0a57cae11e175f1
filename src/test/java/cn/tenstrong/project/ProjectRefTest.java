package cn.tenstrong.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** 项目编号: the database numbers new projects, so creates running at the same moment never share a number. */
class ProjectRefTest extends IntegrationTest {

    private static final List<String> NAMES = List.of("氢能重卡整车", "海洋牧场平台", "冷链物流枢纽", "创新药中试基地",
            "高端铝箔轧制", "滨海文旅度假区", "算力调度中心", "钠离子储能电池");

    @Autowired
    ProjectLibrary library;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    Flyway flyway;

    @Test
    void eightConcurrentCreatesGetDistinctRefsOfTheYearAndTheirOwnNumber() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(NAMES.size());
        try {
            List<Future<Project>> created = new ArrayList<>();
            for (int i = 0; i < NAMES.size(); i++) {
                String name = "编号并发" + NAMES.get(i) + "项目";
                String total = (i + 1) + "00000000";
                created.add(pool.submit(() -> {
                    start.await();
                    return new AsUser(userDetails).call("city", () -> library.create(
                            ProjectDrafts.named(name).total(total).build()));
                }));
            }
            start.countDown();
            List<Project> projects = new ArrayList<>();
            for (Future<Project> f : created) {
                projects.add(f.get());
            }
            String year = Integer.toString(LocalDate.now(clock).getYear());
            assertThat(projects).extracting(Project::ref).doesNotHaveDuplicates()
                    .allSatisfy(ref -> assertThat(ref).matches("XM" + year + "-\\d{6,}"));
            // the number is the project's own id, as before: XM<year>-<id padded to six digits>
            assertThat(projects).allSatisfy(p -> assertThat(p.ref()).isEqualTo(
                    "XM" + year + "-" + String.format("%06d", p.id())));
            // and the stored row carries it: no temporary ref is ever written
            for (Project p : projects) {
                assertThat(jdbc.sql("select ref from project where id = :id").param("id", p.id())
                        .query(String.class).single()).isEqualTo(p.ref());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refsOfProjectsCreatedBeforeStayAsTheyWere() {
        // a row that arrives with a ref (as the rows migrated from the Java-numbered days did) keeps it
        long id = jdbc.sql("""
                insert into project (ref, name, name_norm, industry_code, city_code, total_investment, stage, created_by)
                values ('XM2020-999999', '编号保留测试项目', '编号保留测试项目', '01', '370102', 1, 'SIGNED', 'test')
                returning id""").query(Long.class).single();
        assertThat(jdbc.sql("select ref from project where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("XM2020-999999");
        jdbc.sql("delete from project where id = :id").param("id", id).update();
    }

    @Test
    void theYearIsTakenInThePlatformsZone() {
        // the trigger asks project_ref_zone(), which the repeatable migration set from platform.zone
        assertThat(jdbc.sql("select project_ref_zone()").query(String.class).single())
                .isEqualTo(clock.getZone().getId());
        // and a row inserted now gets the year of that zone, not of the session's or the JVM's
        long id = jdbc.sql("""
                insert into project (name, name_norm, industry_code, city_code, total_investment, stage, created_by)
                values ('编号时区测试项目', '编号时区测试项目', '01', '370102', 1, 'SIGNED', 'test')
                returning id""").query(Long.class).single();
        String ref = jdbc.sql("select ref from project where id = :id").param("id", id).query(String.class).single();
        String year = jdbc.sql("select to_char(now() at time zone :zone, 'YYYY')")
                .param("zone", clock.getZone().getId()).query(String.class).single();
        jdbc.sql("delete from project where id = :id").param("id", id).update();
        assertThat(ref).isEqualTo("XM" + year + "-" + String.format("%06d", id));
    }

    @Test
    void anotherZoneChangesTheRepeatableMigrationSoTheNextStartAppliesItAgain() {
        MigrationInfo applied = zoneMigration(flyway.info().all());
        assertThat(applied.getState()).isEqualTo(MigrationState.SUCCESS);
        assertThat(flyway.info().pending()).noneMatch(ProjectRefTest::isZoneMigration);
        Map<String, String> placeholders = new HashMap<>(flyway.getConfiguration().getPlaceholders());
        placeholders.put("platformZone", "Europe/Berlin".equals(clock.getZone().getId()) ? "UTC" : "Europe/Berlin");
        Flyway moved = Flyway.configure().configuration(flyway.getConfiguration()).placeholders(placeholders).load();
        // the same file with another zone has another checksum: Flyway would apply it again on the next start
        MigrationInfo pending = zoneMigration(moved.info().pending());
        assertThat(pending.getState()).isEqualTo(MigrationState.PENDING);
        assertThat(pending.getChecksum()).isNotEqualTo(applied.getChecksum());
    }

    private static boolean isZoneMigration(MigrationInfo m) {
        return m.getVersion() == null && "project ref zone".equals(m.getDescription());
    }

    /** The last entry of R__project_ref_zone among these. */
    private static MigrationInfo zoneMigration(MigrationInfo[] infos) {
        MigrationInfo found = null;
        for (MigrationInfo m : infos) {
            if (isZoneMigration(m)) {
                found = m;
            }
        }
        assertThat(found).as("R__project_ref_zone").isNotNull();
        return found;
    }
}
