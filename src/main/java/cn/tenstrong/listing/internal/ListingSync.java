package cn.tenstrong.listing.internal;

import cn.tenstrong.enterprise.EnterprisesChanged;
import cn.tenstrong.listing.persistence.CandidateRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The listed-company data closes candidates at 上市: when enterprises change, inside the transaction that changed
 * them (so an import and the candidates it lists commit together), and once on start for whatever the data loaded
 * before (a reference-data version loaded while the platform was down).
 */
@Component
class ListingSync {

    private static final Logger log = LoggerFactory.getLogger(ListingSync.class);

    private final CandidateRows rows;
    private final CandidateService candidates;

    ListingSync(CandidateRows rows, CandidateService candidates) {
        this.rows = rows;
        this.candidates = candidates;
    }

    @EventListener
    void onEnterprises(EnterprisesChanged e) {
        if (!e.ids().isEmpty()) {
            // the reserve is small: for a bulk load's millions of ids every candidate is cheaper than the id list
            candidates.closeFromData(e.ids().size() > 10_000 ? rows.all() : rows.byEnterprises(e.ids()));
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int changed = candidates.closeFromData(rows.all());
        if (changed > 0) {
            log.info("Listing reserve: {} candidates closed at 上市 by the listed-company data", changed);
        }
    }
}
