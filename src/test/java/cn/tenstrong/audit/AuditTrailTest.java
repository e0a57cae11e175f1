package cn.tenstrong.audit;

import java.net.http.HttpResponse;
import java.util.Map;

import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every change leaves an audit entry with before and after; the log can't be edited, and tampering shows. */
class AuditTrailTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog auditLog;

    @Test
    void anEditIsAuditedAndAStaleEditIsRefused() {
        Map<String, String> demo = demoPasswords();
        Http http = new Http(baseUrl());
        var org = jdbc.sql("select id, version from org_organization where name = '青岛市投资促进局'")
                .query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).single();
        String body = """
                {"id":%d,"version":%d,"name":"青岛市投资促进局","kind":"CITY_BUREAU","regionCode":"370200",
                 "industryCode":null,"needsReview":false,"note":"审计测试","aliases":["青岛投促局"]}""";
        HttpResponse<String> ok = http.send("PUT", "/api/org/organizations/" + org[0], "admin", demo.get("admin"),
                body.formatted(org[0], org[1]));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"aliases\":[\"青岛投促局\"]").contains("\"version\":" + (org[1] + 1));

        var entry = auditLog.recent("admin", "org.organization", 1, 0).get(0);
        assertThat(entry.action()).isEqualTo("UPDATE");
        assertThat(entry.entityId()).isEqualTo(Long.toString(org[0]));
        assertThat(entry.beforeJson()).contains("\"aliases\":[]");
        assertThat(entry.afterJson()).contains("青岛投促局").contains("审计测试");

        HttpResponse<String> stale = http.send("PUT", "/api/org/organizations/" + org[0], "admin", demo.get("admin"),
                body.formatted(org[0], org[1]));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(stale.body()).startsWith("{").contains("\"status\":409").contains("已被他人修改");

        HttpResponse<String> readOnly = http.send("PUT", "/api/org/organizations/" + org[0], "leader", demo.get("leader"),
                body.formatted(org[0], org[1] + 1));
        assertThat(readOnly.statusCode()).isEqualTo(403);
    }

    @Test
    void theLogIsAppendOnly() {
        long id = anyEntryId();
        assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'mallory' where id = :id").param("id", id).update())
                .hasMessageContaining("审计日志只能追加");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log where id = :id").param("id", id).update())
                .hasMessageContaining("审计日志只能追加");
    }

    @Test
    void tamperingWithARowBreaksTheChain() {
        assertThat(auditLog.verify().intact()).isTrue();
        long id = anyEntryId();
        String actor = jdbc.sql("select actor from audit_log where id = :id").param("id", id).query(String.class).single();
        // an attacker with database superuser rights can switch the trigger off; the hash chain still tells
        tamper(id, "mallory");
        try {
            ChainVerification result = auditLog.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenIds()).containsExactly(id);
        } finally {
            tamper(id, actor);
        }
        assertThat(auditLog.verify().intact()).isTrue();
    }

    private void tamper(long id, String actor) {
        jdbc.sql("alter table audit_log disable trigger audit_log_no_update").update();
        try {
            jdbc.sql("update audit_log set actor = :actor where id = :id").param("actor", actor).param("id", id).update();
        } finally {
            jdbc.sql("alter table audit_log enable trigger audit_log_no_update").update();
        }
    }

    private long anyEntryId() {
        return jdbc.sql("select min(id) from audit_log").query(Long.class).single();
    }
}
