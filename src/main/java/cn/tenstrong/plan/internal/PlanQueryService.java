package cn.tenstrong.plan.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.tenstrong.plan.ItemSuccession;
import cn.tenstrong.plan.PlanCatalog;
import cn.tenstrong.plan.PlanDetail;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.plan.PlanSummary;
import cn.tenstrong.plan.persistence.PlanRows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads stored plans for pages, the API and other modules. */
@Service
@Transactional(readOnly = true)
class PlanQueryService implements PlanCatalog {

    private final PlanRows rows;

    PlanQueryService(PlanRows rows) {
        this.rows = rows;
    }

    @Override
    public List<PlanSummary> activePlans() {
        return rows.summaries(true);
    }

    @Override
    public Optional<PlanDetail> plan(long planId) {
        return rows.summary(planId).map(s -> new PlanDetail(s, rows.items(planId)));
    }

    @Override
    public Optional<PlanSummary> summary(long planId) {
        return rows.summary(planId);
    }

    @Override
    public Optional<PlanItemView> item(long itemId) {
        return rows.item(itemId);
    }

    @Override
    public List<PlanItemView> search(String text, Long organizationId, String industryCode, int limit) {
        List<String> words = text == null ? List.of()
                : Arrays.stream(text.trim().split("[\\s\\u3000]+")).filter(w -> !w.isEmpty()).limit(8).toList();
        return rows.search(words, organizationId, industryCode, Math.max(1, Math.min(limit, 1000)));
    }

    @Override
    public long countActivePlans() {
        return rows.countActivePlans();
    }

    @Override
    public long countActiveItems() {
        return rows.countActiveItems();
    }

    @Override
    public List<ItemSuccession> successions() {
        return rows.successions();
    }
}
