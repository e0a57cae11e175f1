package cn.tenstrong.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load on the ledger with wrk (Debian package {@code wrk}): the ledger page with all 329 items and 12 rounds of
 * accepted reports, and the province dashboard at 50 concurrent users, each against a static file served by the
 * same server in the same run. Prints p50/p95/p99; run with {@code mvn -Pbench test -Dbench=none -Dtest=LedgerLoadBenchmarkTest}.
 */
@Tag("bench")
class LedgerLoadBenchmarkTest extends IntegrationTest {

    private static final Pattern RESULT = Pattern.compile("RESULT p50=([\\d.]+) p95=([\\d.]+) p99=([\\d.]+) rps=([\\d.]+) errors=(\\d+)");

    @Autowired
    JdbcClient jdbc;

    @Test
    void ledgerAndDashboardUnderLoad() throws Exception {
        seedTwelveRounds();
        String cookie = sessionCookie("leader");
        String duration = System.getProperty("bench.duration", "20s");
        // warm-up: JIT, template cache, the ledger's input snapshot; not recorded
        for (String path : List.of("/css/app.css", "/ledger?asOf=2022-12-31", "/ledger/dashboard", "/ledger/dashboard/data")) {
            run(null, path, 4, cookie, "5s");
        }
        System.out.println("\n=== ledger load benchmark (wrk, " + duration + " per run) ===");
        run("static file, 1 connection (baseline)", "/css/app.css", 1, cookie, duration);
        run("ledger page, all items, 1 connection", "/ledger?asOf=2022-12-31", 1, cookie, duration);
        run("ledger page, all items, 10 connections", "/ledger?asOf=2022-12-31", 10, cookie, duration);
        run("static file, 50 connections (baseline)", "/css/app.css", 50, cookie, duration);
        run("dashboard page, 50 connections", "/ledger/dashboard", 50, cookie, duration);
        run("dashboard data (JSON for the charts), 50 connections", "/ledger/dashboard/data", 50, cookie, duration);
    }

    private void run(String label, String path, int connections, String cookie, String duration) throws Exception {
        Path script = Path.of("src/test/resources/bench/percentiles.lua").toAbsolutePath();
        Process p = new ProcessBuilder("wrk", "-t", Integer.toString(Math.min(2, connections)), "-c",
                Integer.toString(connections), "-d", duration, "--timeout", "10s", "-s", script.toString(),
                "-H", "Cookie: " + cookie, baseUrl() + path).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        Matcher m = RESULT.matcher(out);
        assertThat(m.find()).as(out).isTrue();
        assertThat(m.group(5)).as("errors (non-2xx or socket) in " + out).isEqualTo("0");
        if (label != null) {
            System.out.printf("%-55s p50 %8s ms  p95 %8s ms  p99 %8s ms  %8s req/s%n", label, m.group(1), m.group(2),
                    m.group(3), m.group(4));
        }
    }

    /** Twelve monthly rounds of 2022, each with an accepted report from the first lead of every item. */
    private void seedTwelveRounds() {
        if (jdbc.sql("select count(*) from ledger_round where period_label like '基准测试%'").query(Long.class).single() > 0) {
            return;
        }
        for (int month = 1; month <= 12; month++) {
            String start = "2022-%02d-01".formatted(month);
            long round = jdbc.sql("""
                    insert into ledger_round (industry_code, period_kind, period_label, period_start, period_end, due_date,
                                              status, demo, opened_by)
                    values (null, 'MONTH', :label, cast(:start as date),
                            (cast(:start as date) + interval '1 month' - interval '1 day')::date,
                            (cast(:start as date) + interval '1 month' + interval '4 days')::date, 'CLOSED', true, 'bench')
                    returning id
                    """).param("label", "基准测试2022年" + month + "月").param("start", start).query(Long.class).single();
            double share = month / 12.0;
            jdbc.sql("""
                    insert into ledger_report (round_id, item_id, industry_code, plan_year, item_key, organization_id, status,
                                               progress_text, submitted_at, reviewed_at, reviewed_by, created_by)
                    select :round, i.id, p.industry_code, p.year, i.item_key,
                           (select r.organization_id from plan_responsibility r where r.item_id = i.id and r.role = 'LEAD'
                            order by r.position limit 1),
                           'ACCEPTED', '基准测试进展', now(), now(), 'bench', 'bench'
                    from plan_item i join plan_plan p on p.id = i.plan_id
                    where p.status = 'ACTIVE' and exists (select 1 from plan_responsibility r where r.item_id = i.id and r.role = 'LEAD')
                    """).param("round", round).update();
            jdbc.sql("""
                    insert into ledger_report_value (report_id, target_id, target_seq, value)
                    select rp.id, t.id, t.seq, coalesce(t.value, t.low) * :share
                    from ledger_report rp join plan_target t on t.item_id = rp.item_id
                    where rp.round_id = :round and coalesce(t.value, t.low) is not null
                    """).param("round", round).param("share", share).update();
        }
    }

    private String sessionCookie(String user) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        var client = java.net.http.HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        String page = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/login")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        Map<String, String> demo = demoPasswords();
        String form = "username=" + user + "&password=" + java.net.URLEncoder.encode(demo.get(user), StandardCharsets.UTF_8)
                + "&_csrf=" + java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        List<HttpCookie> session = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).toList();
        assertThat(session).isNotEmpty();
        return "JSESSIONID=" + session.get(0).getValue();
    }
}
