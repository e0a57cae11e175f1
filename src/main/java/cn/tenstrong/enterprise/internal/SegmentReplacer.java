package cn.tenstrong.enterprise.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.chain.Chain;
import cn.tenstrong.chain.ChainCatalogChanged;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSegment;
import cn.tenstrong.enterprise.persistence.PlacementRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 重新挂链: when the task force changes a segment's words or codes, the automatic suggestions computed with the old
 * ones are recomputed for the enterprises it can concern — those suggested on the segment now, and those whose text
 * contains one of its new words — after the edit commits, in the background, as a durable reaction (a crash before it
 * finished leaves the publication incomplete and the next start runs it again; recomputing suggestions twice gives the
 * same suggestions). Confirmed, rejected and manual placements are never touched.
 */
@Component
class SegmentReplacer {

    private static final Logger log = LoggerFactory.getLogger(SegmentReplacer.class);
    /** Enterprises visited per edit at most; a word so common that it matches more is not a useful signal anyway. */
    static final int MAX_ENTERPRISES = 50_000;

    private final ChainDirectory chains;
    private final PlacementRows placementRows;
    private final EnterpriseSearchIndex index;
    private final AuditTrail audit;
    private final EnterpriseService service;

    SegmentReplacer(ChainDirectory chains, PlacementRows placementRows, EnterpriseSearchIndex index, AuditTrail audit,
                    EnterpriseService service) {
        this.service = service;
        this.chains = chains;
        this.placementRows = placementRows;
        this.index = index;
        this.audit = audit;
    }

    /** Counts of one run. */
    record Result(int enterprises, int placements) {
    }

    @ApplicationModuleListener
    public void on(ChainCatalogChanged event) {
        long start = System.nanoTime();
        Result r = replace(event.chainCode(), event.segmentCode());
        log.info("Segment {}/{} changed: {} enterprises re-placed ({} suggestions) in {} ms", event.chainCode(),
                event.segmentCode(), r.enterprises(), r.placements(), (System.nanoTime() - start) / 1_000_000);
    }

    synchronized Result replace(String chainCode, String segmentCode) {
        Chain chain = chains.chain(chainCode).orElse(null);
        ChainSegment segment = chain == null ? null : chain.segment(segmentCode).orElse(null);
        if (segment == null) {
            return new Result(0, 0);
        }
        List<ChainSegment> family = segment.selfAndDescendants().toList();
        Set<Long> ids = new LinkedHashSet<>(placementRows.suggestedOn(chainCode, family.stream().map(ChainSegment::code).toList()));
        Set<String> words = new LinkedHashSet<>();
        family.forEach(s -> {
            words.addAll(s.keywords());
            words.addAll(s.products());
        });
        for (String word : words) {
            if (ids.size() >= MAX_ENTERPRISES) {
                log.warn("Re-placing after the edit of {}/{} stops at {} enterprises", chainCode, segmentCode, ids.size());
                break;
            }
            ids.addAll(index.idsContaining(word, MAX_ENTERPRISES - ids.size()));
        }
        List<Long> all = List.copyOf(ids);
        int placed = service.placeAgain(all);
        audit.record("REPLACE", "enterprise.placement", chainCode + "/" + segmentCode, null,
                Map.of("enterprises", all.size(), "suggestions", placed));
        return new Result(all.size(), placed);
    }
}
