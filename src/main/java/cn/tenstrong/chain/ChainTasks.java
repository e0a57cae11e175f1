package cn.tenstrong.chain;

import java.util.List;

/**
 * 链上任务: plan items tagged with a chain. The chain's industry's task force (and administrators) tags items of that
 * industry's active plans; tags are version-checked and audited.
 */
public interface ChainTasks {

    /** The chain's tagged items, in plan order. */
    List<ChainTask> tasks(String chainCode);

    /** Untagged items of the chain's industry's active plans naming the chain or its segments, best first. */
    default List<TaskSuggestion> suggestions(String chainCode) {
        return candidates(chainCode).stream().filter(s -> !s.words().isEmpty()).toList();
    }

    /** Every untagged item of the chain's industry's active plans, those naming the chain or its segments first. */
    List<TaskSuggestion> candidates(String chainCode);

    ChainTask tag(String chainCode, long planItemId, boolean suggested);

    void untag(long tagId, int version);
}
