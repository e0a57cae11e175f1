package cn.tenstrong.chain;

import java.util.List;

import cn.tenstrong.plan.PlanItemView;

/**
 * 建议标记: an item of the chain's industry's active plans, not yet tagged, whose text names the chain or one of its
 * segments.
 *
 * @param words the chain's words found in the item's heading and text, the chain's name first
 */
public record TaskSuggestion(PlanItemView item, List<String> words) {
}
