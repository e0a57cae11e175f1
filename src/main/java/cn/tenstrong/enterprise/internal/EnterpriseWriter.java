package cn.tenstrong.enterprise.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.SegmentMatcher;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseProduct;
import cn.tenstrong.enterprise.persistence.EnterpriseCopy;
import cn.tenstrong.enterprise.persistence.EnterpriseDraft;
import cn.tenstrong.enterprise.persistence.EnterpriseRows;
import cn.tenstrong.enterprise.persistence.EnterpriseRows.NewPlacement;
import cn.tenstrong.enterprise.persistence.HonourRows;
import cn.tenstrong.enterprise.persistence.ProductRows;
import org.springframework.stereotype.Component;

/**
 * 企业写入: stores checked drafts and their automatic placements (挂链) at COPY speed, for every import, the bundled
 * public data and the synthetic loads. Audit and events are the caller's (one entry per enterprise for a small file,
 * one for a bulk load).
 */
@Component
class EnterpriseWriter {

    private final EnterpriseRows rows;
    private final EnterpriseCopy copy;
    private final ProductRows products;
    private final HonourRows honourRows;
    private final ChainDirectory chains;
    private final IndustryGate gate;

    EnterpriseWriter(EnterpriseRows rows, EnterpriseCopy copy, ProductRows products, HonourRows honourRows,
                     ChainDirectory chains, IndustryGate gate) {
        this.rows = rows;
        this.copy = copy;
        this.products = products;
        this.honourRows = honourRows;
        this.chains = chains;
        this.gate = gate;
    }

    /** What {@link #write} did: ids in draft order, the updated ones' former state (when audited one by one). */
    record Stored(List<Long> ids, int updated, int placed, Map<Long, Enterprise> before) {
    }

    /**
     * Writes the drafts and their automatic placements, without audit or events (the bulk loader audits once for
     * the whole load). A new enterprise has no products, honours or placements yet, so only updated ones have their
     * suggestions replaced and their claimed tags recomputed.
     */
    Stored write(List<EnterpriseDraft> drafts, List<Integer> rowNumbers, List<Long> existing, boolean keepBefore) {
        List<EnterpriseDraft> fresh = new ArrayList<>();
        List<Integer> freshRows = new ArrayList<>();
        List<EnterpriseDraft> changed = new ArrayList<>();
        List<Integer> changedRows = new ArrayList<>();
        List<Long> changedIds = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Integer row = rowNumbers == null ? null : rowNumbers.get(i);
            if (existing.get(i) == null) {
                fresh.add(drafts.get(i));
                freshRows.add(row);
            } else {
                changed.add(drafts.get(i));
                changedRows.add(row);
                changedIds.add(existing.get(i));
            }
        }
        Map<Long, Enterprise> before = new HashMap<>();
        if (keepBefore) {
            rows.byIds(changedIds).forEach(e -> before.put(e.id(), e));
        }
        List<Long> freshIds = copy.insert(fresh, rowNumbers == null ? null : freshRows);
        copy.update(changed, changedIds, rowNumbers == null ? null : changedRows);
        List<Long> ids = new ArrayList<>(drafts.size());
        int f = 0;
        for (int i = 0; i < drafts.size(); i++) {
            ids.add(existing.get(i) == null ? freshIds.get(f++) : existing.get(i));
        }
        SegmentMatcher matcher = chains.matcher();
        List<NewPlacement> freshPlacements = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            freshPlacements.addAll(Placer.place(matcher, gate, freshIds.get(i), Placer.Subject.of(fresh.get(i), List.of())));
        }
        int placed = copy.insertPlacements(freshPlacements);
        if (!changedIds.isEmpty()) {
            rows.deleteSuggestions(changedIds);
            Map<Long, List<EnterpriseProduct>> productsOf = products.productsOf(changedIds);
            List<NewPlacement> placements = new ArrayList<>();
            for (int i = 0; i < changed.size(); i++) {
                placements.addAll(Placer.place(matcher, gate, changedIds.get(i),
                        Placer.Subject.of(changed.get(i), productsOf.getOrDefault(changedIds.get(i), List.of()))));
            }
            placed += rows.insertPlacements(placements);
            honourRows.refreshClaimedTags(changedIds); // a tag the file now gives is no longer only self-reported
        }
        return new Stored(ids, changedIds.size(), placed, before);
    }

}
