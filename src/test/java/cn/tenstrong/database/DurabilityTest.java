package cn.tenstrong.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.tenstrong.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform as an operator runs it, in its own JVM: data survives a restart, and a kill -9 loses
 * nothing that was committed (the orphaned PostgreSQL is stopped cleanly on the next start).
 */
class DurabilityTest {

    @Test
    void committedDataSurvivesRestartAndKillMinus9(@TempDir Path dataDir) throws Exception {
        int port = freePort();
        Process first = start(dataDir, port, "first.log");
        Map<String, String> demo;
        try {
            awaitUp(port, first, dataDir.resolve("first.log"));
            demo = demoPasswords(dataDir);
            Http http = new Http("http://localhost:" + port);
            HttpResponse<String> org = http.get("/api/org/organizations?q=" + URLEncoder.encode("青岛市投资促进局", StandardCharsets.UTF_8), "admin", demo.get("admin"));
            assertThat(org.statusCode()).isEqualTo(200);
            long id = Long.parseLong(org.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
            HttpResponse<String> change = http.send("PUT", "/api/org/organizations/" + id, "admin", demo.get("admin"), """
                    {"id":%d,"version":0,"name":"青岛市投资促进局","kind":"CITY_BUREAU","regionCode":"370200",
                     "industryCode":null,"needsReview":false,"note":"kill -9 之前提交","aliases":["青岛市投促局"]}"""
                    .formatted(id));
            assertThat(change.statusCode()).isEqualTo(200);
        } finally {
            first.destroyForcibly().waitFor();
        }

        Process second = start(dataDir, port, "second.log");
        try {
            awaitUp(port, second, dataDir.resolve("second.log"));
            assertThat(demoPasswords(dataDir)).as("demo accounts are created once, not on every start").isEqualTo(demo);
            Http http = new Http("http://localhost:" + port);
            HttpResponse<String> org = http.get("/api/org/organizations?q=" + URLEncoder.encode("青岛市投促局", StandardCharsets.UTF_8),
                    "admin", demo.get("admin"));
            assertThat(org.statusCode()).isEqualTo(200);
            assertThat(org.body()).contains("kill -9 之前提交").contains("\"version\":1");
        } finally {
            second.destroy();
            second.waitFor();
        }
        assertThat(Files.exists(dataDir.resolve("pg/postmaster.pid"))).as("PostgreSQL stopped with the platform").isFalse();
    }

    private static Process start(Path dataDir, int port, String log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "cn.tenstrong.PlatformApplication", "--platform.data-dir=" + dataDir, "--server.port=" + port,
                "--spring.main.banner-mode=off");
        pb.redirectErrorStream(true);
        pb.redirectOutput(dataDir.resolve(log).toFile());
        return pb.start();
    }

    private static void awaitUp(int port, Process process, Path log) throws Exception {
        Http http = new Http("http://localhost:" + port);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("platform exited early:\n" + Files.readString(log));
            }
            try {
                if (http.get("/actuator/health", null, null).statusCode() == 200
                        && Files.exists(log.getParent().resolve("demo-accounts.txt"))
                        && Files.readString(log).contains("Started PlatformApplication")) {
                    return;
                }
            } catch (java.io.UncheckedIOException notYet) {
                // the server is not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("platform did not start within 120 s:\n" + Files.readString(log));
    }

    private static Map<String, String> demoPasswords(Path dataDir) throws IOException {
        List<String> lines = Files.readAllLines(dataDir.resolve("demo-accounts.txt"), StandardCharsets.UTF_8);
        return lines.stream().filter(l -> !l.startsWith("#")).map(l -> l.split("\t"))
                .collect(Collectors.toMap(f -> f[0], f -> f[1]));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

}
