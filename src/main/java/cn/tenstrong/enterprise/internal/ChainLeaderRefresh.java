package cn.tenstrong.enterprise.internal;

import cn.tenstrong.enterprise.EnterprisesChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enterprises imported while the platform runs (the listed companies, say) get their 链主 assignment at once,
 * not only on the next start: after each committed change the assignments are applied to the changed rows.
 */
@Component
class ChainLeaderRefresh {

    static final int BULK = 10_000;

    private final ChainLeaderService leaders;
    private final TransactionTemplate newTransaction;

    ChainLeaderRefresh(ChainLeaderService leaders, PlatformTransactionManager transactions) {
        this.leaders = leaders;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(EnterprisesChanged event) {
        if (!event.ids().isEmpty()) {
            // a bulk load's millions of ids would be sent with each assignment's query; looking at every enterprise
            // finds the same rows (by name or stock code, skipping those already applied) at the cost of one load
            boolean bulk = event.ids().size() > BULK;
            newTransaction.executeWithoutResult(status -> leaders.apply(bulk ? null : event.ids()));
        }
    }
}
