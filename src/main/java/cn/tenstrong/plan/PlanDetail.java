package cn.tenstrong.plan;

import java.util.List;

/** One plan with all its items in document order. */
public record PlanDetail(PlanSummary summary, List<PlanItemView> items) {
}
