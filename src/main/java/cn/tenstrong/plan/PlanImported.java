package cn.tenstrong.plan;

import java.util.List;

/**
 * Published when an import committed: the plans created and the ones they replaced, and the item successions
 * accepted with them (an item renumbered or moved), so that the ledger can carry progress over to the new revision.
 */
public record PlanImported(long documentId, List<Long> createdPlanIds, List<Long> supersededPlanIds, String actor,
                           List<ItemSuccession> successions) {

    public PlanImported {
        successions = List.copyOf(successions);
    }
}
