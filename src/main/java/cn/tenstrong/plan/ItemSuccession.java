package cn.tenstrong.plan;

import java.time.Instant;

/**
 * 条目衔接 as stored: when a revision renumbered or moved an item (its key changed), the item of the revised plan that
 * continues the one of the replaced plan, as accepted (or chosen) on import. Progress reported under {@code fromKey}
 * before {@code decidedAt} counts for {@code toKey} of the same industry and year.
 *
 * @param similarity character-bigram Dice similarity of the two items' heading and text, 0 to 1
 * @param proposed   the pair was the platform's proposal (accepted); false when the importer chose another item
 */
public record ItemSuccession(long id, long documentId, String industryCode, Integer year, long fromPlanId,
                             long fromItemId, String fromKey, String fromLabel, long toPlanId, long toItemId,
                             String toKey, String toLabel, double similarity, boolean proposed, String decidedBy,
                             Instant decidedAt) implements java.io.Serializable {
}
