package cn.tenstrong.database;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.tenstrong.support.Http;
import cn.tenstrong.support.PlatformProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform as an operator runs it, in its own JVM: one owner per data directory (a second start on a live
 * directory is refused at once and the first keeps working), data survives a restart, and a kill -9 loses nothing that
 * was committed (the lock dies with the process; the orphaned PostgreSQL is stopped cleanly on the next start).
 */
class DurabilityTest {

    private static final Path SEED = Path.of("src/main/resources/plan/seed/shandong-2022-ten-strong-industries.txt");

    @Test
    void oneOwnerPerDataDirectoryAndNothingCommittedIsLostToKillMinus9(@TempDir Path dataDir) throws Exception {
        List<String> launcher = PlatformProcess.fromClasspath();
        int port = PlatformProcess.freePort();
        PlatformProcess first = PlatformProcess.start(launcher, dataDir, port, "first.log");
        Map<String, String> demo;
        long orphan;
        try {
            first.awaitUp(Duration.ofSeconds(180));
            demo = first.demoPasswords();
            Postmaster postgres = Postmaster.of(dataDir);
            assertThat(Files.readString(dataDir.resolve("platform.lock")))
                    .contains("pid=" + first.pid()).contains("port=" + port);

            // a second platform on the live directory: refused at once, naming the holder, and touching nothing
            PlatformProcess.Result second = PlatformProcess.run(launcher, dataDir, Duration.ofSeconds(60),
                    "--platform.data-dir=" + dataDir, "--server.port=" + PlatformProcess.freePort(),
                    "--spring.main.banner-mode=off");
            assertThat(second.exit()).as(second.both()).isNotZero();
            assertThat(second.took()).as("refused within 10 s").isLessThan(Duration.ofSeconds(10));
            assertThat(second.err()).contains("正由另一个进程使用").contains("进程号 " + first.pid())
                    .contains("端口 " + port).contains("未改动任何数据");
            assertThat(second.out() + second.err()).doesNotContain("\tat ").doesNotContain("Exception");
            // so does a command-line verb that would open the database
            PlatformProcess.Result importing = PlatformProcess.run(launcher, dataDir, Duration.ofSeconds(60),
                    "import", SEED.toAbsolutePath().toString(), "--platform.data-dir=" + dataDir);
            assertThat(importing.exit()).as(importing.both()).isEqualTo(1);
            assertThat(importing.err()).contains("进程号 " + first.pid()).contains("端口 " + port);

            // the first platform is untouched: same PostgreSQL, which still accepts new connections, and it still writes
            assertThat(Postmaster.of(dataDir)).isEqualTo(postgres);
            assertThat(ProcessHandle.of(postgres.pid()).map(ProcessHandle::isAlive)).contains(true);
            assertThat(postgres.newConnectionAnswers()).isEqualTo(1);
            Http http = first.http();
            HttpResponse<String> org = http.get("/api/org/organizations?q=" + URLEncoder.encode("青岛市投资促进局", StandardCharsets.UTF_8), "admin", demo.get("admin"));
            assertThat(org.statusCode()).isEqualTo(200);
            long id = Long.parseLong(org.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
            HttpResponse<String> change = http.send("PUT", "/api/org/organizations/" + id, "admin", demo.get("admin"), """
                    {"id":%d,"version":0,"name":"青岛市投资促进局","kind":"CITY_BUREAU","regionCode":"370200",
                     "industryCode":null,"needsReview":false,"note":"kill -9 之前提交","aliases":["青岛市投促局"]}"""
                    .formatted(id));
            assertThat(change.statusCode()).isEqualTo(200);
            assertThat(Files.readString(dataDir.resolve("platform.lock"))).as("the refused starts left the lock file alone")
                    .contains("pid=" + first.pid()).contains("port=" + port);
            orphan = postgres.pid();
        } finally {
            first.kill();
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("kill -9 leaves PostgreSQL running").contains(true);

        PlatformProcess next = PlatformProcess.start(launcher, dataDir, port, "second.log");
        try {
            next.awaitUp(Duration.ofSeconds(180));
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                    .as("the orphan was stopped: the dead holder's lock was released by the operating system").isFalse();
            assertThat(next.log()).contains("Stopping PostgreSQL (pid " + orphan + ")");
            assertThat(Files.readString(dataDir.resolve("platform.lock"))).contains("pid=" + next.pid());
            assertThat(next.demoPasswords()).as("demo accounts are created once, not on every start").isEqualTo(demo);
            HttpResponse<String> org = next.http().get("/api/org/organizations?q=" + URLEncoder.encode("青岛市投促局", StandardCharsets.UTF_8),
                    "admin", demo.get("admin"));
            assertThat(org.statusCode()).isEqualTo(200);
            assertThat(org.body()).contains("kill -9 之前提交").contains("\"version\":1");
        } finally {
            next.stop();
        }
        assertThat(Files.exists(dataDir.resolve("pg/postmaster.pid"))).as("PostgreSQL stopped with the platform").isFalse();
        assertThat(Files.readString(dataDir.resolve("platform.lock"))).as("a clean stop clears the holder").isEmpty();
    }

    /** The embedded PostgreSQL of a data directory, as its postmaster.pid describes it (line 1: pid, line 4: port). */
    private record Postmaster(long pid, int port) {

        static Postmaster of(Path dataDir) throws java.io.IOException {
            List<String> lines = Files.readAllLines(dataDir.resolve("pg/postmaster.pid"), StandardCharsets.US_ASCII);
            return new Postmaster(Long.parseLong(lines.get(0).trim()), Integer.parseInt(lines.get(3).trim()));
        }

        /** Opens a brand-new connection (not one of the platform's pooled ones) and runs a query on it. */
        int newConnectionAnswers() throws java.sql.SQLException {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/tenstrong",
                    "postgres", "");
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select 1")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
