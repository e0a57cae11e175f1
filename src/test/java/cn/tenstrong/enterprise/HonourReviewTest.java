package cn.tenstrong.enterprise;

import java.net.http.HttpResponse;
import java.util.Map;

import cn.tenstrong.support.BrowserSession;
import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Honours the listed companies state about themselves: loaded as 自述, confirmed or rejected by a task force. */
class HonourReviewTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void selfReportedHonoursAreLoadedWithTheirSentenceAndNotAsTags() {
        assertThat(count("select count(*) from enterprise_honour")).isEqualTo(817);
        assertThat(count("select count(*) from enterprise_honour where evidence = ''")).isZero();
        assertThat(count("select count(*) from enterprise_honour where honour = '独角兽企业' and tag is null")).isEqualTo(18);
        // a self-reported 小巨人 is a claimed tag, not a tag
        assertThat(count("""
                select count(*) from enterprise e join enterprise_honour h on h.enterprise_id = e.id
                where h.tag = 'LITTLE_GIANT' and h.status = 'SELF_REPORTED' and e.tags like '%LITTLE_GIANT%'""")).isZero();
        assertThat(count("""
                select count(distinct e.id) from enterprise e join enterprise_honour h on h.enterprise_id = e.id
                where h.tag = 'LITTLE_GIANT' and h.status = 'SELF_REPORTED' and e.claimed_tags like '%LITTLE_GIANT%'"""))
                .isGreaterThan(200);
    }

    @Test
    void aTaskForceConfirmsOrRejectsVersionCheckedAndAudited() throws Exception {
        Map<String, String> demo = demoPasswords();
        Http http = new Http(baseUrl());
        // two enterprises with a self-reported 小巨人 and nothing else to their name
        var rows = jdbc.sql("""
                select h.enterprise_id, h.id, h.version from enterprise_honour h
                where h.tag = 'LITTLE_GIANT' and h.status = 'SELF_REPORTED'
                  and (select count(*) from enterprise_honour x where x.enterprise_id = h.enterprise_id) = 1
                order by h.id limit 2""").query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
        long[] a = rows.get(0);
        long[] b = rows.get(1);
        String path = "/api/enterprises/" + a[0] + "/honours/" + a[1];
        // a city bureau may not decide; a stale version is a conflict
        assertThat(http.send("PUT", path, "city", demo.get("city"), "{\"version\":" + a[2] + ",\"status\":\"CONFIRMED\"}")
                .statusCode()).isEqualTo(403);
        assertThat(http.send("PUT", path, "zhuanban", demo.get("zhuanban"),
                "{\"version\":" + (a[2] + 5) + ",\"status\":\"CONFIRMED\"}").statusCode()).isEqualTo(409);
        HttpResponse<String> ok = http.send("PUT", path, "zhuanban", demo.get("zhuanban"),
                "{\"version\":" + a[2] + ",\"status\":\"CONFIRMED\"}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        JsonNode body = json.readTree(ok.body());
        assertThat(body.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(body.get("decidedBy").asString()).isEqualTo("zhuanban");
        assertThat(jdbc.sql("select tags from enterprise where id = :id").param("id", a[0]).query(String.class).single())
                .contains("LITTLE_GIANT");
        assertThat(jdbc.sql("select claimed_tags from enterprise where id = :id").param("id", a[0]).query(String.class)
                .single()).doesNotContain("LITTLE_GIANT");
        assertThat(count("select count(*) from audit_log where entity_type = 'enterprise.honour' and action = 'CONFIRM' "
                + "and entity_id = '" + a[1] + "'")).isEqualTo(1);
        // deciding again is a conflict
        assertThat(http.send("PUT", path, "zhuanban", demo.get("zhuanban"),
                "{\"version\":" + (a[2] + 1) + ",\"status\":\"REJECTED\"}").statusCode()).isEqualTo(409);

        // the other is rejected on the enterprise page: it no longer counts, and the page says so
        BrowserSession session = new BrowserSession(baseUrl());
        session.login("zhuanban", demo.get("zhuanban"));
        String page = session.get("/enterprises/" + b[0]).body();
        assertThat(page).contains("荣誉（企业自述）").contains("小巨人（自述）").contains("确认").contains("驳回");
        HttpResponse<String> posted = session.postForm("/enterprises/" + b[0],
                "/enterprises/" + b[0] + "/honours/" + b[1] + "/decide",
                Map.of("version", Long.toString(b[2]), "decision", "reject"));
        assertThat(posted.statusCode()).isIn(200, 302, 303);
        assertThat(jdbc.sql("select status from enterprise_honour where id = :id").param("id", b[1]).query(String.class)
                .single()).isEqualTo("REJECTED");
        assertThat(jdbc.sql("select claimed_tags from enterprise where id = :id").param("id", b[0]).query(String.class)
                .single()).isEmpty();
        assertThat(session.get("/enterprises/" + b[0]).body()).contains("已驳回（zhuanban）");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
