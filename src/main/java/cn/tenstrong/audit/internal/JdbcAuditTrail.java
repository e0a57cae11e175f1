package cn.tenstrong.audit.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.audit.AuditEntry;
import cn.tenstrong.audit.AuditLog;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.audit.ChainVerification;
import jakarta.servlet.http.HttpServletRequest;
import cn.tenstrong.shared.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
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

/**
 * Appends to and reads the hash-chained audit log in PostgreSQL. Rows are chained with HMAC-SHA256 under a key kept
 * outside the database ({@link AuditKey}), and the newest committed row is anchored outside it too
 * ({@link AuditCheckpoint}), so neither a rewritten row with a recomputed hash nor a deleted tail goes unnoticed.
 */
@Service
class JdbcAuditTrail implements AuditTrail, AuditLog {

    /** Serialises appends so each row chains onto the row committed before it. */
    private static final long CHAIN_LOCK = 0x5A_2026_1126L;
    private static final Logger log = LoggerFactory.getLogger(JdbcAuditTrail.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final AuditKey key;
    private final AuditCheckpoint checkpoint;

    private final TransactionTemplate ownTransaction;

    JdbcAuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock, AuditProperties properties,
                   PlatformProperties platform, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        Path auditDir = platform.dataDir().toAbsolutePath().normalize().resolve("audit");
        this.key = AuditKey.load(properties.key(),
                properties.keyFile() != null ? properties.keyFile() : auditDir.resolve("hmac.key"));
        this.checkpoint = new AuditCheckpoint(
                properties.checkpoint() != null ? properties.checkpoint() : auditDir.resolve("checkpoint"), key);
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
        String hash = AuditHasher.keyedHash(key, prev, id, at, actor, action, entityType, entityId, before, after,
                remote);
        jdbc.sql("""
                insert into audit_log (id, occurred_at, actor, action, entity_type, entity_id, before_json, after_json,
                                       remote_address, prev_hash, hash, keyed)
                values (:id, :at, :actor, :action, :entityType, :entityId, :before, :after, :remote, :prev, :hash, true)
                """)
                .param("id", id).param("at", java.sql.Timestamp.from(at)).param("actor", actor).param("action", action)
                .param("entityType", entityType).param("entityId", entityId).param("before", before)
                .param("after", after).param("remote", remote).param("prev", prev).param("hash", hash)
                .update();
        anchorOnCommit(id, hash);
    }

    /** The transaction's newest row becomes the checkpoint once (and only if) the transaction commits. */
    private void anchorOnCommit(long id, String hash) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            checkpoint.advance(id, hash);
            return;
        }
        PendingHead pending = (PendingHead) TransactionSynchronizationManager.getResource(checkpoint);
        if (pending != null) {
            pending.sequence = id;
            pending.hash = hash;
            return;
        }
        PendingHead head = new PendingHead(id, hash);
        TransactionSynchronizationManager.bindResource(checkpoint, head);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(checkpoint);
                if (status == STATUS_COMMITTED) {
                    try {
                        checkpoint.advance(head.sequence, head.hash);
                    } catch (RuntimeException e) {
                        // the rows are committed; the next commit anchors a newer head, verification reports the gap
                        log.error("审计检查点写入失败（第 {} 条之后）", head.sequence, e);
                    }
                }
            }
        });
    }

    private static final class PendingHead {
        long sequence;
        String hash;

        PendingHead(long sequence, String hash) {
            this.sequence = sequence;
            this.hash = hash;
        }
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
    public List<AuditEntry> recent(String actorFilter, java.util.Collection<String> entityTypes,
                                   java.util.Collection<String> actions, int limit, long beforeId) {
        // an empty list matches nothing; null does not filter (IN needs at least one value, hence the flags)
        return jdbc.sql("""
                select * from audit_log
                where (:actor = '' or actor = :actor)
                  and (:anyType or entity_type in (:types)) and (:anyAction or action in (:actions))
                  and id < :beforeId
                order by id desc limit :limit
                """)
                .param("actor", actorFilter == null ? "" : actorFilter.trim())
                .param("anyType", entityTypes == null).param("types", nonEmpty(entityTypes))
                .param("anyAction", actions == null).param("actions", nonEmpty(actions))
                .param("beforeId", beforeId <= 0 ? Long.MAX_VALUE : beforeId)
                .param("limit", Math.max(1, Math.min(limit, 500)))
                .query(JdbcAuditTrail::mapEntry).list();
    }

    private static List<String> nonEmpty(java.util.Collection<String> values) {
        return values == null || values.isEmpty() ? List.of("-") : List.copyOf(values);
    }

    @Override
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        // the checkpoint first: a row committed after this read is newer than the anchored head, never missing
        AuditCheckpoint.Reading anchor = checkpoint.read();
        List<Long> broken = new ArrayList<>();
        long[] checked = {0};
        long[] lastId = {0};
        String[] expectedPrev = {AuditHasher.GENESIS};
        boolean[] keyedSeen = {false};
        Map<Long, String> hashes = new HashMap<>();
        long anchored = anchor.head().map(AuditCheckpoint.Head::sequence).orElse(-1L);
        jdbc.sql("select * from audit_log order by id").query((java.sql.ResultSet rs) -> {
            AuditEntry e = mapEntry(rs, 0);
            boolean keyed = rs.getBoolean("keyed");
            String recomputed = keyed
                    ? AuditHasher.keyedHash(key, e.prevHash(), e.id(), e.occurredAt(), e.actor(), e.action(),
                            e.entityType(), e.entityId(), e.beforeJson(), e.afterJson(), e.remoteAddress())
                    : AuditHasher.hash(e.prevHash(), e.id(), e.occurredAt(), e.actor(), e.action(), e.entityType(),
                            e.entityId(), e.beforeJson(), e.afterJson(), e.remoteAddress());
            // an unkeyed row after a keyed one was rewritten to escape the key
            if (!recomputed.equals(e.hash()) || !e.prevHash().equals(expectedPrev[0]) || (keyedSeen[0] && !keyed)) {
                broken.add(e.id());
            }
            keyedSeen[0] |= keyed;
            if (e.id() == anchored) {
                hashes.put(e.id(), e.hash());
            }
            expectedPrev[0] = e.hash();
            lastId[0] = e.id();
            checked[0]++;
        });
        return new ChainVerification(checked[0], List.copyOf(broken), anchor.head().isPresent() ? anchored : null,
                tailProblem(anchor, hashes, lastId[0], keyedSeen[0]));
    }

    private String tailProblem(AuditCheckpoint.Reading anchor, Map<Long, String> hashes, long lastId,
                               boolean keyedRows) {
        if (anchor.problem() != null) {
            return anchor.problem();
        }
        if (anchor.head().isEmpty()) {
            return keyedRows ? "审计检查点文件缺失（" + checkpoint.file() + "），无法确认末尾记录未被删除" : null;
        }
        AuditCheckpoint.Head head = anchor.head().get();
        String stored = hashes.get(head.sequence());
        if (stored == null) {
            return "末尾记录被删除：检查点记载的第 " + head.sequence() + " 条（" + head.writtenAt() + " 写入）已不存在，"
                    + "现存最后一条为第 " + lastId + " 条";
        }
        return stored.equals(head.hash()) ? null : "检查点记载的第 " + head.sequence() + " 条记录的哈希与数据库不符";
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
