package cn.tenstrong.ledger.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.tenstrong.plan.PlanCatalog;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.plan.PlanSummary;
import cn.tenstrong.shared.DomainException;
import org.springframework.stereotype.Component;

/** The plan items the ledger tracks (those of active plans), each with its plan's industry and year. */
@Component
class ActiveItems {

    /** An item with the plan facts the ledger needs. */
    record ItemContext(PlanItemView item, PlanSummary plan) {

        int year() {
            return plan.year() == null ? item.deadline() == null ? LocalDate.now().getYear() : item.deadline().getYear()
                    : plan.year();
        }

        LocalDate start() {
            return LocalDate.of(year(), 1, 1);
        }

        /** The item's deadline, or the end of the plan year when the plan names none. */
        LocalDate deadline() {
            return item.deadline() != null ? item.deadline() : LocalDate.of(year(), 12, 31);
        }

        String industryCode() {
            return plan.industryCode();
        }

        /** Where the item's target number {@code seq} (1-based) sits, the same across plan revisions. */
        cn.tenstrong.ledger.persistence.ProfileRows.TargetPlace place(int seq) {
            return new cn.tenstrong.ledger.persistence.ProfileRows.TargetPlace(industryCode(), year(), item.itemKey(), seq);
        }
    }

    private final PlanCatalog plans;

    ActiveItems(PlanCatalog plans) {
        this.plans = plans;
    }

    List<ItemContext> all() {
        List<ItemContext> all = new ArrayList<>();
        for (PlanSummary summary : plans.activePlans()) {
            plans.plan(summary.id()).ifPresent(detail -> detail.items().forEach(i -> all.add(new ItemContext(i, summary))));
        }
        return all;
    }

    ItemContext require(long itemId) {
        PlanItemView item = plans.item(itemId).orElseThrow(() -> DomainException.notFound("计划条目不存在: " + itemId));
        PlanSummary plan = plans.summary(item.planId()).orElseThrow();
        return new ItemContext(item, plan);
    }

    Optional<PlanSummary> plan(long planId) {
        return plans.summary(planId);
    }

    /** The item successions (renumbered or moved items) accepted on plan imports, through the plan module's API. */
    ItemLineage lineage() {
        return ItemLineage.of(plans.successions());
    }
}
