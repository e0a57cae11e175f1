package cn.tenstrong.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API authentication under load with wrk (Debian package {@code wrk}): 50 connections on four ordinary read
 * endpoints and {@code /api/access/me}, first with HTTP Basic (a BCrypt check per call, the baseline), then with a
 * personal API token (Bearer). Run with {@code mvn -B -Pbench test -Dtest=ApiAuthLoadBenchmarkTest}.
 */
@Tag("bench")
class ApiAuthLoadBenchmarkTest extends IntegrationTest {

    private static final Pattern RESULT = Pattern.compile("RESULT p50=([\\d.]+) p95=([\\d.]+) p99=([\\d.]+) rps=([\\d.]+) errors=(\\d+)");
    private static final List<String> ENDPOINTS = List.of("/api/access/me", "/api/org/regions", "/api/chains",
            "/api/plans", "/api/ledger/todos");

    @Test
    void basicVersusBearerAt50Connections() throws Exception {
        Map<String, String> demo = demoPasswords();
        String basic = "Basic " + Base64.getEncoder().encodeToString(("agency:" + demo.get("agency"))
                .getBytes(StandardCharsets.UTF_8));
        String created = new Http(baseUrl()).send("POST", "/api/access/tokens", "agency", demo.get("agency"),
                "{\"name\":\"基准测试\",\"scope\":\"READ\",\"validDays\":1}").body();
        Matcher t = Pattern.compile("\"token\":\"(tsq_\\w+)\"").matcher(created);
        assertThat(t.find()).as(created).isTrue();
        String bearer = "Bearer " + t.group(1);
        String duration = System.getProperty("bench.duration", "15s");
        for (String path : ENDPOINTS) {
            run(null, path, 8, bearer, "3s");
            run(null, path, 8, basic, "3s");
        }
        System.out.println("\n=== API authentication, 50 connections, wrk " + duration + " per line ===");
        for (String path : ENDPOINTS) {
            run("HTTP Basic (baseline)  " + path, path, 50, basic, duration);
            run("Bearer token           " + path, path, 50, bearer, duration);
        }
    }

    private void run(String label, String path, int connections, String authorization, String duration) throws Exception {
        Path script = Path.of("src/test/resources/bench/percentiles.lua").toAbsolutePath();
        Process p = new ProcessBuilder("wrk", "-t", "2", "-c", Integer.toString(connections), "-d", duration,
                "--timeout", "10s", "-s", script.toString(), "-H", "Authorization: " + authorization, baseUrl() + path)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        Matcher m = RESULT.matcher(out);
        assertThat(m.find()).as(out).isTrue();
        assertThat(m.group(5)).as("errors (non-2xx or socket) in " + out).isEqualTo("0");
        if (label != null) {
            System.out.printf("%-45s p50 %8s ms  p95 %8s ms  p99 %8s ms  %8s req/s%n", label, m.group(1), m.group(2),
                    m.group(3), m.group(4));
        }
    }
}
