package cn.tenstrong.enterprise.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.SegmentMatcher;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseProduct;
import cn.tenstrong.enterprise.persistence.CopyRows;
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
        return write(prepare(drafts, rowNumbers, existing, null, null), keepBefore);
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
     * 预备写入: the new enterprises of a slice under ids drawn for them, with their placements, encoded as the COPY
     * takes them; the updated ones as they are. Touches no table (the ids come from the sequence), so a bulk load
     * prepares the next slice on another thread while the previous one is copied.
     *
     * @param planned         the drafts' placements computed beforehand by {@link #place} ({@code null}: computed here;
     *                        an updated enterprise is placed again at write, with its products)
     * @param decidedAtMicros when a decided placement among the planned ones was decided (null: the transaction's
     *                        start, asked on this thread's connection)
     */
    Prepared prepare(List<EnterpriseDraft> drafts, List<Integer> rowNumbers, List<Long> existing,
                     List<List<NewPlacement>> planned, Long decidedAtMicros) {
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
        List<Long> freshIds = copy.reserveIds(fresh.size());
        SegmentMatcher matcher = chains.matcher();
        List<NewPlacement> freshPlacements = new ArrayList<>();
        List<Long> ids = new ArrayList<>(drafts.size());
        int f = 0;
        for (int i = 0; i < drafts.size(); i++) {
            if (existing.get(i) != null) {
                ids.add(existing.get(i));
                continue;
            }
            long id = freshIds.get(f++);
            ids.add(id);
            List<NewPlacement> made = planned != null ? planned.get(i)
                    : Placer.place(matcher, gate, id, Placer.Subject.of(drafts.get(i), List.of()));
            NewPlacement.ListKey key = NewPlacement.ListKey.of(drafts.get(i));
            for (NewPlacement p : made) {
                freshPlacements.add(p.of(id, key));
            }
        }
        boolean decided = freshPlacements.stream().anyMatch(p -> p.decidedBy() != null);
        long decidedAt = decidedAtMicros != null ? decidedAtMicros : decided ? copy.transactionMicros() : 0;
        return new Prepared(ids, fresh, rowNumbers == null ? null : freshRows, copy.encode(fresh, freshIds),
                copy.encodePlacements(freshPlacements, decidedAt), new Changed(changed,
                rowNumbers == null ? null : changedRows, changedIds));
    }

    /** When the current transaction started (microseconds since 1970): what a decided placement it writes records. */
    long transactionMicros() {
        return copy.transactionMicros();
    }

    /** A slice {@link #prepare}d: ids in draft order, the new enterprises and their placements encoded. */
    record Prepared(List<Long> ids, List<EnterpriseDraft> fresh, List<Integer> freshRows, CopyRows freshEncoded,
                    CopyRows placementsEncoded, Changed changed) {

        /** The slice without its updates, which {@link #changesOnly} writes later. */
        Prepared withoutChanges() {
            return new Prepared(ids, fresh, freshRows, freshEncoded, placementsEncoded,
                    new Changed(List.of(), changed.rows() == null ? null : List.of(), List.of()));
        }
    }

    /** A slice of only these updates (held back by {@link Prepared#withoutChanges}). */
    Prepared changesOnly(Changed changed) {
        return new Prepared(changed.ids(), List.of(), changed.rows() == null ? null : List.of(),
                copy.encode(List.of(), List.of()), copy.encodePlacements(List.of(), 0), changed);
    }

    /** The drafts of a slice that update stored enterprises, with their rows and ids. */
    record Changed(List<EnterpriseDraft> drafts, List<Integer> rows, List<Long> ids) {
    }

    /** Writes a prepared slice in the current transaction (see {@link #write(List, List, List, boolean)}). */
    Stored write(Prepared slice, boolean keepBefore) {
        Changed changed = slice.changed();
        Map<Long, Enterprise> before = new HashMap<>();
        if (keepBefore) {
            rows.byIds(changed.ids()).forEach(e -> before.put(e.id(), e));
        }
        copy.insert(slice.freshEncoded(), slice.fresh(), slice.freshRows());
        copy.update(changed.drafts(), changed.ids(), changed.rows());
        int placed = copy.insertPlacements(slice.placementsEncoded());
        if (!changed.ids().isEmpty()) {
            placementRows.deleteSuggestions(changed.ids());
            Map<Long, List<EnterpriseProduct>> productsOf = products.productsOf(changed.ids());
            SegmentMatcher matcher = chains.matcher();
            List<NewPlacement> placements = new ArrayList<>();
            for (int i = 0; i < changed.drafts().size(); i++) {
                long id = changed.ids().get(i);
                placements.addAll(Placer.place(matcher, gate, id,
                        Placer.Subject.of(changed.drafts().get(i), productsOf.getOrDefault(id, List.of()))));
            }
            placed += placementRows.insertPlacements(placements);
            honourRows.refreshClaimedTags(changed.ids()); // a tag the file now gives is no longer only self-reported
        }
        return new Stored(slice.ids(), changed.ids().size(), placed, before);
    }
}
