package cn.tenstrong.plan;

import java.util.List;

/** 导入结果: the plans stored by a committed import. */
public record ImportResult(long documentId, List<Long> createdPlanIds, List<Long> supersededPlanIds,
                           int unchangedPlans, int items, List<String> newAgencies) {
}
