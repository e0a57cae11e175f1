package cn.tenstrong.chain.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.tenstrong.plan.ItemSuccession;
import cn.tenstrong.plan.PlanCatalog;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.plan.PlanSummary;

/**
 * The active plans' items by their place (industry, year, item key), read through the plan module's catalog for one
 * request: a tag made on an item of a plan since revised names the revised plan's item with the same key, or the
 * item an accepted 条目衔接 moved it to.
 */
final class ActivePlanItems {

    private static final int MAX_HOPS = 50;

    private final PlanCatalog plans;
    private final Map<String, PlanSummary> activeByPlace;
    private Map<String, String> successors;
    private final Map<Long, Map<String, PlanItemView>> itemsByPlan = new HashMap<>();

    ActivePlanItems(PlanCatalog plans) {
        this.plans = plans;
        this.activeByPlace = plans.activePlans().stream()
                .filter(p -> p.industryCode() != null)
                .collect(Collectors.toMap(p -> place(p.industryCode(), p.year()), Function.identity(), (a, b) -> b));
    }

    /** The active plans of an industry (by prefix either way: 09 covers 0901 and 0902). */
    List<PlanSummary> plansOf(String industryCode) {
        return activeByPlace.values().stream()
                .filter(p -> p.industryCode().startsWith(industryCode) || industryCode.startsWith(p.industryCode()))
                .sorted(java.util.Comparator.comparing(PlanSummary::industryCode)
                        .thenComparing(p -> p.year() == null ? 0 : p.year()))
                .toList();
    }

    List<PlanItemView> items(PlanSummary plan) {
        return List.copyOf(byKey(plan.id()).values());
    }

    /** The active item at a place, following accepted successions when the key itself is gone. */
    Optional<PlanItemView> current(String industryCode, Integer year, String itemKey) {
        PlanSummary plan = activeByPlace.get(place(industryCode, year));
        if (plan == null) {
            return Optional.empty();
        }
        if (successors == null) {
            successors = new HashMap<>();
            for (ItemSuccession s : plans.successions()) {
                successors.put(place(s.industryCode(), s.year()) + "|" + s.fromKey(), s.toKey());
            }
        }
        Map<String, PlanItemView> items = byKey(plan.id());
        String key = itemKey;
        for (int hop = 0; hop < MAX_HOPS && key != null; hop++) {
            PlanItemView item = items.get(key);
            if (item != null) {
                return Optional.of(item);
            }
            key = successors.get(place(industryCode, year) + "|" + key);
        }
        return Optional.empty();
    }

    private Map<String, PlanItemView> byKey(long planId) {
        return itemsByPlan.computeIfAbsent(planId, id -> {
            Map<String, PlanItemView> byKey = new java.util.LinkedHashMap<>();
            plans.plan(id).ifPresent(d -> d.items().forEach(i -> byKey.putIfAbsent(i.itemKey(), i)));
            return byKey;
        });
    }

    static String place(String industryCode, Integer year) {
        return industryCode + "|" + (year == null ? "" : year);
    }
}
