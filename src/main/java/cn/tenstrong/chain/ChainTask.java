package cn.tenstrong.chain;

import java.time.Instant;

import cn.tenstrong.plan.PlanItemView;

/**
 * 链上任务: a plan item the chain's task force tagged as one of the chain's own tasks. The tag is kept with the item's
 * place in its plan, so after a revision it names the revised plan's item (following accepted 条目衔接).
 *
 * @param taggedItemId the item id the tag was made on
 * @param item         the item it names now: the active plan's, or the tagged one when no active plan has it
 * @param inForce      whether {@code item} belongs to an active plan (false: the revision dropped it)
 * @param suggested    the tag was made from the platform's suggestion
 */
public record ChainTask(long id, String chainCode, long taggedItemId, PlanItemView item, String industryCode,
                        Integer planYear, boolean inForce, boolean suggested, String createdBy, Instant createdAt,
                        int version) {
}
