package cn.tenstrong.ledger.internal;

import cn.tenstrong.ledger.persistence.LedgerFactRows;
import cn.tenstrong.project.LiveTargetValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records a plan target's live value (computed by the project module from its data) in the publisher's
 * transaction, so the value and the data it was computed from commit together; the inputs are dropped after commit.
 */
@Component
class LiveValueRecorder {

    private final LedgerFactRows rows;
    private final ApplicationEventPublisher events;

    LiveValueRecorder(LedgerFactRows rows, ApplicationEventPublisher events) {
        this.rows = rows;
        this.events = events;
    }

    @EventListener
    void on(LiveTargetValue value) {
        rows.putLiveValue(value.targetId(), value.value(), value.asOf(), value.source());
        events.publishEvent(new LedgerChanged("live"));
    }
}
