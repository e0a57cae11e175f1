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
import cn.tenstrong.enterprise.persistence.PlacementRows;
import cn.tenstrong.enterprise.persistence.NewPlacement;
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

    private final PlacementRows placementRows;
    private final EnterpriseCopy copy;
    private final ProductRows products;
    private final HonourRows honourRows;
    private final ChainDirectory chains;
    private final IndustryGate gate;

    EnterpriseWriter(EnterpriseRows rows, PlacementRows placementRows, EnterpriseCopy copy, ProductRows products,
                     HonourRows honourRows,
                     ChainDirectory chains, IndustryGate gate) {
        this.rows = rows;
        this.placementRows = placementRows;
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
        return write(drafts, rowNumbers, existing, keepBefore, null);
    }

    /**
     * The automatic placements of new enterprises (no products yet), per draft, under enterprise id 0: pure
     * computation, so a bulk load does it on other threads while the database copies the previous slice.
     */
    List<List<NewPlacement>> place(List<EnterpriseDraft> drafts) {
        SegmentMatcher matcher = chains.matcher();
        return java.util.stream.IntStream.range(0, drafts.size()).parallel()
                .mapToObj(i -> Placer.place(matcher, gate, 0, Placer.Subject.of(drafts.get(i), List.of()))).toList();
    }

    /**
     * As {@link #write(List, List, List, boolean)}, with the placements of the drafts computed beforehand by
     * {@link #place} ({@code null}: computed here); an updated enterprise is placed again here, with its products.
     */
    Stored write(List<EnterpriseDraft> drafts, List<Integer> rowNumbers, List<Long> existing, boolean keepBefore,
                 List<List<NewPlacement>> planned) {
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
        f = 0;
        for (int i = 0; i < drafts.size(); i++) {
            if (existing.get(i) != null) {
                continue;
            }
            long id = freshIds.get(f++);
            List<NewPlacement> made = planned != null ? planned.get(i)
                    : Placer.place(matcher, gate, id, Placer.Subject.of(drafts.get(i), List.of()));
            NewPlacement.ListKey key = NewPlacement.ListKey.of(drafts.get(i));
            for (NewPlacement p : made) {
                freshPlacements.add(p.of(id, key));
            }
        }
        int placed = copy.insertPlacements(freshPlacements);
        if (!changedIds.isEmpty()) {
            placementRows.deleteSuggestions(changedIds);
            Map<Long, List<EnterpriseProduct>> productsOf = products.productsOf(changedIds);
            List<NewPlacement> placements = new ArrayList<>();
            for (int i = 0; i < changed.size(); i++) {
                placements.addAll(Placer.place(matcher, gate, changedIds.get(i),
                        Placer.Subject.of(changed.get(i), productsOf.getOrDefault(changedIds.get(i), List.of()))));
            }
            placed += placementRows.insertPlacements(placements);
            honourRows.refreshClaimedTags(changedIds); // a tag the file now gives is no longer only self-reported
        }
        return new Stored(ids, changedIds.size(), placed, before);
    }

}
