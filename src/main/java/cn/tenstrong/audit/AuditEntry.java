package cn.tenstrong.audit;

import java.time.Instant;

/** 审计记录: one stored row of the audit log. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
                         String beforeJson, String afterJson, String remoteAddress, String prevHash, String hash) {
}
