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

    private final EnterpriseRows rows;
    private final EnterpriseIndex index;
    private final ApplicationEventPublisher events;

    IndexSync(EnterpriseRows rows, EnterpriseIndex index, ApplicationEventPublisher events) {
        this.rows = rows;
        this.index = index;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(EnterprisesChanged event) {
        for (int from = 0; from < event.ids().size(); from += 5000) {
            List<Long> part = event.ids().subList(from, Math.min(event.ids().size(), from + 5000));
            List<Enterprise> found = rows.byIds(part);
            Set<Long> deleted = new HashSet<>(part);
            found.forEach(e -> deleted.remove(e.id()));
            index.update(found, deleted);
        }
        if (!event.ids().isEmpty()) {
            events.publishEvent(new EnterprisesIndexed(event.ids()));
        }
    }
}
