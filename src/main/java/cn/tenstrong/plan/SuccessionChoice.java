package cn.tenstrong.plan;

/**
 * A decision of the mapping step on commit: the item {@code fromKey} removed from the plan at {@code planIndex} of the
 * document is continued by the added item {@code toKey}; a blank {@code toKey} drops the pair.
 */
public record SuccessionChoice(int planIndex, String fromKey, String toKey) {
}
