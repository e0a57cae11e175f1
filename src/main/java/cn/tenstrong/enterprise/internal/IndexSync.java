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

    private final EnterpriseRows rows;
    private final EnterpriseSearchIndex index;

    IndexSync(EnterpriseRows rows, EnterpriseSearchIndex index) {
        this.rows = rows;
        this.index = index;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(EnterprisesChanged event) {
        for (int from = 0; from < event.ids().size(); from += 5000) {
            List<Long> part = event.ids().subList(from, Math.min(event.ids().size(), from + 5000));
            List<Enterprise> found = rows.byIds(part);
            Set<Long> deleted = new HashSet<>(part);
            found.forEach(e -> deleted.remove(e.id()));
            index.update(found, deleted);
        }
    }
}
