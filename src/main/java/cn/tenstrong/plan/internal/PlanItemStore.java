package cn.tenstrong.plan.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.plan.Incentive;
import cn.tenstrong.plan.PlanItem;
import cn.tenstrong.plan.Target;
import cn.tenstrong.plan.persistence.PlanRows;
import org.springframework.stereotype.Component;

/** Stores an imported plan's items (计划条目入库) under their section item, with agencies, targets and incentives. */
@Component
class PlanItemStore {

    private final PlanRows rows;

    PlanItemStore(PlanRows rows) {
        this.rows = rows;
    }

    /** Stores a plan's items; returns their ids by stored key. */
    Map<String, Long> store(long planId, List<PlanItem> items, ImportAgencies.Resolver agencies) {
        Map<String, Long> sectionItems = new HashMap<>();
        Map<String, Long> ids = new HashMap<>();
        List<String> keys = ItemFingerprint.storedKeys(items);
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            String key = keys.get(i);
            String sectionKey = item.kind() + "|" + item.part() + "|" + item.section();
            boolean sectionLevel = item.section() != null && item.section().equals(item.number());
            Long parent = sectionLevel ? null : sectionItems.get(sectionKey);
            long itemId = rows.insertItem(planId, parent, i + 1, key, item.kind(), item.part(), item.section(),
                    item.number(), item.clause(), item.heading(), item.text(), item.deadline());
            ids.put(key, itemId);
            if (sectionLevel && !sectionItems.containsKey(sectionKey)) {
                sectionItems.put(sectionKey, itemId);
            }
            int position = 0;
            for (String name : item.lead()) {
                rows.insertResponsibility(itemId, agencies.resolve(name), "LEAD", position++);
            }
            for (String name : item.support()) {
                rows.insertResponsibility(itemId, agencies.resolve(name), "SUPPORT", position++);
            }
            int seq = 0;
            for (Target t : item.targets()) {
                rows.insertTarget(itemId, ++seq, t.text(), t.metric(), t.value(), t.low(), t.high(), t.unit(), t.qualifier());
            }
            seq = 0;
            for (Incentive g : item.incentives()) {
                rows.insertIncentive(itemId, ++seq, g);
            }
        }
        return ids;
    }
}
