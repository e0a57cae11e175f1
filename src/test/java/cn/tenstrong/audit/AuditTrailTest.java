package cn.tenstrong.audit;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every change leaves an audit entry with before and after; the log can't be edited, and tampering shows. */
class AuditTrailTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditTrail auditTrail;
    /** The schema owner, standing in for an attacker with superuser rights on the database server. */
    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

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
        // the application's login has no right to change rows; even the owner is stopped by the trigger
        assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'mallory' where id = :id").param("id", id).update())
                .rootCause().hasMessageContaining("permission denied");
        var owner = JdbcClient.create(ownerDataSource);
        assertThatThrownBy(() -> owner.sql("update audit_log set actor = 'mallory' where id = :id").param("id", id).update())
                .rootCause().hasMessageContaining("审计日志只能追加");
        assertThatThrownBy(() -> owner.sql("delete from audit_log where id = :id").param("id", id).update())
                .rootCause().hasMessageContaining("审计日志只能追加");
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

    @Test
    void theApplicationsLoginCannotSwitchOffTheTriggersOrAlterTheLog() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("tenstrong_app");
        assertThatThrownBy(() -> jdbc.sql("alter table audit_log disable trigger audit_log_no_update").update())
                .rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update()).rootCause()
                .hasMessageContaining("permission denied");
        assertThat(jdbc.sql("""
                select has_table_privilege('audit_log', 'UPDATE') or has_table_privilege('audit_log', 'DELETE')
                    or has_table_privilege('audit_log', 'TRUNCATE') or has_table_privilege('audit_log', 'TRIGGER')
                    or has_table_privilege('flyway_schema_history', 'UPDATE')
                    or has_schema_privilege('public', 'CREATE')
                    or has_function_privilege('app_role_grant(text, text[])', 'EXECUTE')""").query(Boolean.class)
                .single()).isFalse(); // the grant callbacks' function is the owner's alone
        assertThat(jdbc.sql("select has_table_privilege('audit_log', 'INSERT') and has_table_privilege('plan_plan', 'UPDATE')")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aRewrittenRowWithARecomputedPlainHashIsDetected() {
        long id = newestEntryId();
        var owner = JdbcClient.create(ownerDataSource);
        var row = owner.sql("select * from audit_log where id = :id").param("id", id).query(
                (rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"),
                        rs.getString("entity_id"), rs.getString("before_json"), rs.getString("after_json"),
                        rs.getString("remote_address"), rs.getString("prev_hash"), rs.getString("hash"))).single();
        // what an attacker without the key can do: rewrite the row and recompute an unkeyed SHA-256 for it
        String forged = sha256Chain(row.prevHash(), row.id(), row.occurredAt(), "mallory", row.action(),
                row.entityType(), row.entityId(), row.beforeJson(), row.afterJson(), row.remoteAddress());
        withoutTrigger(owner, () -> owner.sql("update audit_log set actor = 'mallory', hash = :h, keyed = false where id = :id")
                .param("h", forged).param("id", id).update());
        try {
            ChainVerification result = auditLog.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenIds()).contains(id);
        } finally {
            withoutTrigger(owner, () -> owner.sql("update audit_log set actor = :a, hash = :h, keyed = true where id = :id")
                    .param("a", row.actor()).param("h", row.hash()).param("id", id).update());
        }
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void deletingTheNewestRowsIsDetectedByTheCheckpointOutsideTheDatabase() throws Exception {
        auditTrail.record("UPDATE", "audit.test", "tail-1", null, Map.of("n", 1));
        auditTrail.record("UPDATE", "audit.test", "tail-2", null, Map.of("n", 2));
        ChainVerification before = auditLog.verify();
        assertThat(before.intact()).isTrue();
        long newest = newestEntryId();
        assertThat(before.anchoredSequence()).isEqualTo(newest);
        Path checkpoint = DATA_DIR.resolve("audit").resolve("checkpoint");
        assertThat(Files.readString(checkpoint)).contains("sequence=" + newest);
        assertThat(Files.getPosixFilePermissions(DATA_DIR.resolve("audit").resolve("hmac.key")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        var owner = JdbcClient.create(ownerDataSource);
        List<Map<String, Object>> tail = owner.sql("select * from audit_log where id >= :id order by id")
                .param("id", newest - 1).query().listOfRows();
        withoutTrigger(owner, () -> owner.sql("delete from audit_log where id >= :id").param("id", newest - 1).update());
        try {
            ChainVerification after = auditLog.verify();
            // the remaining rows still chain perfectly; only the anchor outside the database tells
            assertThat(after.brokenIds()).isEmpty();
            assertThat(after.intact()).isFalse();
            assertThat(after.tailProblem()).contains("末尾记录被删除").contains("第 " + newest + " 条");
        } finally {
            for (Map<String, Object> r : tail) {
                owner.sql("""
                        insert into audit_log (id, occurred_at, actor, action, entity_type, entity_id, before_json,
                                               after_json, remote_address, prev_hash, hash, keyed)
                        values (:id, :occurred_at, :actor, :action, :entity_type, :entity_id, :before_json,
                                :after_json, :remote_address, :prev_hash, :hash, :keyed)""").params(r).update();
            }
        }
        assertThat(auditLog.verify().intact()).isTrue();

        // a checkpoint rewritten to hide the deletion does not carry a valid MAC
        String original = Files.readString(checkpoint);
        Files.writeString(checkpoint, original.replace("sequence=" + newest, "sequence=" + (newest - 2)));
        try {
            assertThat(auditLog.verify().tailProblem()).contains("校验码不符");
        } finally {
            Files.writeString(checkpoint, original);
        }
    }

    private void tamper(long id, String actor) {
        var owner = JdbcClient.create(ownerDataSource);
        withoutTrigger(owner, () -> owner.sql("update audit_log set actor = :actor where id = :id").param("actor", actor)
                .param("id", id).update());
    }

    private static void withoutTrigger(JdbcClient owner, Runnable change) {
        owner.sql("alter table audit_log disable trigger audit_log_no_update").update();
        try {
            change.run();
        } finally {
            owner.sql("alter table audit_log enable trigger audit_log_no_update").update();
        }
    }

    private long newestEntryId() {
        return jdbc.sql("select max(id) from audit_log").query(Long.class).single();
    }

    private static String sha256Chain(String prev, long id, java.time.Instant at, String... fields) {
        try {
            var sha = java.security.MessageDigest.getInstance("SHA-256");
            List<String> all = new java.util.ArrayList<>(List.of(prev, Long.toString(id), at.toString()));
            all.addAll(java.util.Arrays.asList(fields));
            for (String f : all) {
                byte[] b = f == null ? new byte[0] : f.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                sha.update(Integer.toString(f == null ? -1 : b.length).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                sha.update((byte) ':');
                sha.update(b);
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private long anyEntryId() {
        return jdbc.sql("select min(id) from audit_log").query(Long.class).single();
    }
}
