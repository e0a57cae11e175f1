package cn.tenstrong.enterprise.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterprisesChanged;
import cn.tenstrong.enterprise.persistence.EnterpriseRows;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Keeps the search index in step with the database: after a commit, re-reads the changed enterprises. */
@Component
class IndexSync {

    private static final int CHUNK = 5000;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IndexSync.class);

    private final EnterpriseRows rows;
    private final EnterpriseIndex index;

    IndexSync(EnterpriseRows rows, EnterpriseIndex index) {
        this.rows = rows;
        this.index = index;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(EnterprisesChanged event) {
        if (event.ids().size() > CHUNK) {
            bulk(event.ids());
            return;
        }
        for (int from = 0; from < event.ids().size(); from += CHUNK) {
            List<Long> part = event.ids().subList(from, Math.min(event.ids().size(), from + CHUNK));
            List<Enterprise> found = rows.byIds(part);
            Set<Long> deleted = new HashSet<>(part);
            found.forEach(e -> deleted.remove(e.id()));
            index.update(found, deleted);
        }
    }

    /** A bulk load's enterprises: read chunk by chunk while all cores analyse, one index commit at the end. */
    private void bulk(List<Long> ids) {
        long start = System.nanoTime();
        Set<Long> deleted = new HashSet<>();
        index.replaceAll(consumer -> {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> part = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                List<Enterprise> found = rows.byIds(part);
                if (found.size() < part.size()) {
                    Set<Long> missing = new HashSet<>(part);
                    found.forEach(e -> missing.remove(e.id()));
                    deleted.addAll(missing);
                }
                found.forEach(consumer);
            }
        }, deleted);
        log.info("Enterprise index: {} documents replaced in {} ms", ids.size(), (System.nanoTime() - start) / 1_000_000);
    }
}
