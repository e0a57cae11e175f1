package cn.tenstrong.plan;

import java.util.List;
import java.util.Optional;

/** Reading the stored plans: the plan module's query surface. */
public interface PlanCatalog {

    /** Active plans (the latest revision per industry and year). */
    List<PlanSummary> activePlans();

    Optional<PlanDetail> plan(long planId);

    Optional<PlanSummary> summary(long planId);

    Optional<PlanItemView> item(long itemId);

    /** Items of active plans matching all the words of {@code text}, optionally only those an organisation leads or supports. */
    List<PlanItemView> search(String text, Long organizationId, String industryCode, int limit);

    long countActivePlans();

    long countActiveItems();

    /**
     * Every item succession (条目衔接) accepted on import, oldest first: the item of a revised plan that continues an
     * item of the plan it replaced under another key (renumbered or moved).
     */
    List<ItemSuccession> successions();
}
