package cn.tenstrong.enterprise.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterprisesChanged;
import cn.tenstrong.enterprise.EnterprisesIndexed;
import cn.tenstrong.enterprise.persistence.EnterpriseRows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with the database: after a commit, re-reads the changed enterprises. A durable
 * reaction (the event publication registry holds it until done), so an index update lost to a crash between commit
 * and listener is made on the next start; re-reading rows makes running it twice harmless. Then announces
 * {@link EnterprisesIndexed}, for the reactions that count through the index.
 */
@Component
class IndexSync {

    private static final int CHUNK = 5000;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IndexSync.class);

    private final EnterpriseRows rows;
    private final EnterpriseSearchIndex index;
    private final ApplicationEventPublisher events;

    IndexSync(EnterpriseRows rows, EnterpriseSearchIndex index, ApplicationEventPublisher events) {
        this.rows = rows;
        this.index = index;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(EnterprisesChanged event) {
        if (event.ids().size() > CHUNK) {
            bulk(event.ids());
        } else if (!event.ids().isEmpty()) {
            List<Enterprise> found = rows.byIds(event.ids());
            Set<Long> deleted = new HashSet<>(event.ids());
            found.forEach(e -> deleted.remove(e.id()));
            index.update(found, deleted);
        }
        // a bulk load's too: the bound targets counting tagged enterprises follow the index either way
        if (!event.ids().isEmpty()) {
            events.publishEvent(new EnterprisesIndexed(event.listed(), event.ranges()));
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
