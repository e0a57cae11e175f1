package cn.tenstrong.audit;

import java.util.List;

/** Reading and checking the audit log (系统管理员 only). */
public interface AuditLog {

    List<AuditEntry> recent(String actorFilter, String entityTypeFilter, int limit, long beforeId);

    ChainVerification verify();

    long count();
}
