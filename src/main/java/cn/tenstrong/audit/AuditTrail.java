package cn.tenstrong.audit;

/**
 * 审计: records a change in the caller's transaction, so the change and its audit entry commit or
 * roll back together. The actor is taken from the current security context.
 */
public interface AuditTrail {

    /**
     * @param action     e.g. CREATE, UPDATE, DELETE, IMPORT
     * @param entityType e.g. org.organization
     * @param entityId   the entity's id as text
     * @param before     the state before (null on create); serialised to JSON
     * @param after      the state after (null on delete); serialised to JSON
     */
    void record(String action, String entityType, String entityId, Object before, Object after);

    /**
     * Records an attempt that was refused (action {@code DENIED}): who tried what. Unlike {@link #record}, the entry
     * outlives the caller's transaction, which the refusal rolls back: it is appended in a transaction of its own once
     * the caller's has ended (at once when there is none).
     *
     * @param attempted what was tried, e.g. plan.import-draft.commit
     * @param detail    what was refused and why; serialised to JSON
     */
    void recordRefused(String attempted, String entityType, String entityId, Object detail);
}
