package cn.tenstrong.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.audit.AuditEntry;
import cn.tenstrong.audit.AuditLog;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.audit.ChainVerification;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Appends to and reads the hash-chained audit log in PostgreSQL. */
@Service
class JdbcAuditTrail implements AuditTrail, AuditLog {

    /** Serialises appends so each row chains onto the row committed before it. */
    private static final long CHAIN_LOCK = 0x5A_2026_1126L;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    private final TransactionTemplate ownTransaction;

    JdbcAuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    @Transactional
    public void record(String action, String entityType, String entityId, Object before, Object after) {
        append(currentActor(), action, entityType, entityId, toJson(before), toJson(after), currentRemoteAddress());
    }

    @Override
    public void recordRefused(String attempted, String entityType, String entityId, Object detail) {
        // read now: after the caller's transaction the request and its security context may be gone
        String actor = currentActor();
        String remote = currentRemoteAddress();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("attempted", attempted);
        after.put("detail", detail);
        String afterJson = toJson(after);
        Runnable append = () -> ownTransaction.executeWithoutResult(
                s -> append(actor, "DENIED", entityType, entityId, null, afterJson, remote));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // not inside the caller's transaction: it is rolled back by the refusal, and it may already hold the
            // chain lock, which a transaction of our own would wait for forever
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    append.run();
                }
            });
        } else {
            append.run();
        }
    }

    /** Records an event whose actor is known explicitly (a login attempt names the account tried). */
    @Transactional
    public void recordAs(String actor, String action, String entityType, String entityId, Object detail) {
        append(actor, action, entityType, entityId, null, toJson(detail), currentRemoteAddress());
    }

    private void append(String actor, String action, String entityType, String entityId, String before, String after,
                        String remote) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
        String prev = jdbc.sql("select hash from audit_log order by id desc limit 1").query(String.class).optional()
                .orElse(AuditHasher.GENESIS);
        long id = jdbc.sql("select nextval('audit_log_id_seq')").query(Long.class).single();
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        String hash = AuditHasher.hash(prev, id, at, actor, action, entityType, entityId, before, after, remote);
        jdbc.sql("""
                insert into audit_log (id, occurred_at, actor, action, entity_type, entity_id, before_json, after_json,
                                       remote_address, prev_hash, hash)
                values (:id, :at, :actor, :action, :entityType, :entityId, :before, :after, :remote, :prev, :hash)
                """)
                .param("id", id).param("at", java.sql.Timestamp.from(at)).param("actor", actor).param("action", action)
                .param("entityType", entityType).param("entityId", entityId).param("before", before)
                .param("after", after).param("remote", remote).param("prev", prev).param("hash", hash)
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> recent(String actorFilter, String entityTypeFilter, int limit, long beforeId) {
        return jdbc.sql("""
                select * from audit_log
                where (:actor = '' or actor = :actor) and (:entityType = '' or entity_type = :entityType)
                  and id < :beforeId
                order by id desc limit :limit
                """)
                .param("actor", actorFilter == null ? "" : actorFilter.trim())
                .param("entityType", entityTypeFilter == null ? "" : entityTypeFilter.trim())
                .param("beforeId", beforeId <= 0 ? Long.MAX_VALUE : beforeId)
                .param("limit", Math.max(1, Math.min(limit, 500)))
                .query(JdbcAuditTrail::mapEntry).list();
    }

    @Override
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        List<Long> broken = new ArrayList<>();
        long[] checked = {0};
        String[] expectedPrev = {AuditHasher.GENESIS};
        jdbc.sql("select * from audit_log order by id").query((java.sql.ResultSet rs) -> {
            AuditEntry e = mapEntry(rs, 0);
            String recomputed = AuditHasher.hash(e.prevHash(), e.id(), e.occurredAt(), e.actor(), e.action(),
                    e.entityType(), e.entityId(), e.beforeJson(), e.afterJson(), e.remoteAddress());
            if (!recomputed.equals(e.hash()) || !e.prevHash().equals(expectedPrev[0])) {
                broken.add(e.id());
            }
            expectedPrev[0] = e.hash();
            checked[0]++;
        });
        return new ChainVerification(checked[0], List.copyOf(broken));
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*) from audit_log").query(Long.class).single();
    }

    private static AuditEntry mapEntry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("before_json"), rs.getString("after_json"), rs.getString("remote_address"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof String s ? s : json.writeValueAsString(value);
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }

    private static String currentRemoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
