package cn.tenstrong.enterprise.internal;

import cn.tenstrong.enterprise.EnterprisesChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Enterprises imported while the platform runs (the listed companies, say) get their 链主 assignment at once,
 * not only on the next start: after each committed change the assignments are applied to the changed rows, in a
 * transaction of their own. Durable: a crash before it ran leaves the publication incomplete, and the next start
 * applies it (applying an assignment twice changes nothing).
 */
@Component
class ChainLeaderRefresh {

    static final int BULK = 10_000;

    private final ChainLeaderService leaders;

    ChainLeaderRefresh(ChainLeaderService leaders) {
        this.leaders = leaders;
    }

    @ApplicationModuleListener
    void on(EnterprisesChanged event) {
        if (!event.ids().isEmpty()) {
            // a bulk load's millions of ids would be sent with each assignment's query; looking at every enterprise
            // finds the same rows (by name or stock code, skipping those already applied) at the cost of one load
            boolean bulk = event.ids().size() > BULK;
            leaders.apply(bulk ? null : event.ids());
        }
    }
}
