package cn.tenstrong.audit;

import java.util.List;

/** Reading and checking the audit log (系统管理员 only). */
public interface AuditLog {

    List<AuditEntry> recent(String actorFilter, String entityTypeFilter, int limit, long beforeId);

    /**
     * The newest entries (before {@code beforeId}, 0 for none) of an actor (blank: anyone) whose entity type is one of
     * {@code entityTypes} and action one of {@code actions} (null: any).
     */
    List<AuditEntry> recent(String actorFilter, java.util.Collection<String> entityTypes,
                            java.util.Collection<String> actions, int limit, long beforeId);

    ChainVerification verify();

    long count();
}
