package cn.tenstrong.plan;

import java.util.List;

/**
 * 导入结果: the plans stored by a committed import, and the item successions (条目衔接) accepted with it. Serializable:
 * the import page shows it after a redirect, as a flash attribute in the (database-stored) session.
 */
public record ImportResult(long documentId, List<Long> createdPlanIds, List<Long> supersededPlanIds,
                           int unchangedPlans, int items, List<String> newAgencies, List<ItemSuccession> successions)
        implements java.io.Serializable {

    public ImportResult {
        successions = List.copyOf(successions);
    }
}
