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

    private final ChainLeaderService leaders;

    ChainLeaderRefresh(ChainLeaderService leaders) {
        this.leaders = leaders;
    }

    @ApplicationModuleListener
    void on(EnterprisesChanged event) {
        if (!event.ids().isEmpty()) {
            leaders.apply(event.ids());
        }
    }
}
