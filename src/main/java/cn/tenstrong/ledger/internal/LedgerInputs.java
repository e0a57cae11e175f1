package cn.tenstrong.ledger.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import cn.tenstrong.ledger.RoundView;
import cn.tenstrong.ledger.internal.ActiveItems.ItemContext;
import cn.tenstrong.ledger.persistence.LedgerFactRows;
import cn.tenstrong.ledger.persistence.LedgerRows;
import cn.tenstrong.ledger.persistence.ProfileRows;
import cn.tenstrong.ledger.persistence.LedgerFactRows.AcceptedReport;
import cn.tenstrong.ledger.persistence.LedgerFactRows.AcceptedValue;
import cn.tenstrong.ledger.persistence.LedgerFactRows.ReportTiming;
import cn.tenstrong.plan.PlanImported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the ledger's statuses are computed from (active items, accepted values and reports, profiles, rounds,
 * report timings), loaded once and shared by every page and API call until something changes. Dropped after
 * every committed ledger change or plan import, and after a minute in any case so that changes made
 * outside the platform (a database restore) show up too.
 * <p>
 * Dropping this cache is the one after-commit reaction that is not an {@code @ApplicationModuleListener}: it is
 * memory of this process, so there is nothing a crash could lose and nothing a restart should redo, while running it
 * later on another thread would show a user who just saved a report the statuses from before. It is dropped at commit
 * on the committing thread (through a transaction synchronization rather than a transactional listener, which would
 * write a row to the event publication registry for every change). Other nodes see the change within the minute.
 */
@Component
class LedgerInputs {

    /** One consistent set of inputs. */
    record Snapshot(List<ItemContext> items, List<AcceptedValue> values, List<AcceptedReport> reports,
                    Map<Long, List<BigDecimal>> profiles, List<RoundView> rounds, List<ReportTiming> timings,
                    Instant loadedAt, java.util.concurrent.ConcurrentMap<String, Object> derived,
                    Map<Long, LedgerFactRows.LiveValue> live, ItemLineage lineage) {

        /** A result computed from this snapshot alone, computed once and shared until the snapshot is dropped. */
        @SuppressWarnings("unchecked")
        <T> T derive(String key, java.util.function.Supplier<T> compute) {
            if (derived.size() > 500) {
                derived.clear(); // many distinct as-of dates: keep memory bounded
            }
            // not computeIfAbsent: a derived result may itself derive another one (scorecards use the rows)
            Object value = derived.get(key);
            if (value == null) {
                value = compute.get();
                Object earlier = derived.putIfAbsent(key, value);
                value = earlier != null ? earlier : value;
            }
            return (T) value;
        }
    }

    private static final Duration MAX_AGE = Duration.ofSeconds(60);

    private final ActiveItems items;
    private final LedgerRows rows;
    private final LedgerFactRows facts;
    private final ProfileRows profiles;
    private final Clock clock;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private final AtomicLong generation = new AtomicLong();
    private final java.util.concurrent.locks.ReentrantLock loading = new java.util.concurrent.locks.ReentrantLock();

    LedgerInputs(ActiveItems items, LedgerRows rows, LedgerFactRows facts, ProfileRows profiles, Clock clock) {
        this.facts = facts;
        this.profiles = profiles;
        this.items = items;
        this.rows = rows;
        this.clock = clock;
    }

    Snapshot get() {
        Snapshot snapshot = current.get();
        if (snapshot != null && snapshot.loadedAt().plus(MAX_AGE).isAfter(clock.instant())) {
            return snapshot;
        }
        if (snapshot != null) {
            // merely old (no change is known): one caller refreshes, the others keep using what is there
            if (!loading.tryLock()) {
                return snapshot;
            }
            try {
                return load();
            } finally {
                loading.unlock();
            }
        }
        // dropped after a change: everyone needs the new state, but only one loads it
        loading.lock();
        try {
            Snapshot now = current.get();
            return now != null ? now : load();
        } finally {
            loading.unlock();
        }
    }

    private Snapshot load() {
        long before = generation.get();
        List<ItemContext> active = items.all();
        ItemLineage lineage = items.lineage();
        Snapshot fresh = new Snapshot(active, facts.acceptedValues(), facts.acceptedReports(),
                profilesByTarget(active, profiles.profiles(), lineage), rows.rounds(), facts.timings(), clock.instant(),
                new java.util.concurrent.ConcurrentHashMap<>(), facts.liveValues(), lineage);
        // a change committed while we were loading must not be hidden behind what we loaded
        if (generation.get() == before) {
            current.set(fresh);
        }
        return fresh;
    }

    /**
     * The profiles in force, by the id of the active target they apply to: the latest one whose place (carried along
     * the item successions accepted since it was set) is the target's, so a profile follows its target across plan
     * revisions; or one stored on the target itself before places were recorded.
     */
    static Map<Long, List<BigDecimal>> profilesByTarget(List<ItemContext> active, List<ProfileRows.StoredProfile> stored,
                                                        ItemLineage lineage) {
        if (stored.isEmpty()) {
            return Map.of();
        }
        ProfilesInForce inForce = ProfilesInForce.of(stored, lineage);
        Map<Long, List<BigDecimal>> out = new java.util.HashMap<>();
        for (ItemContext ctx : active) {
            List<cn.tenstrong.plan.PlanItemView.TargetView> targets = ctx.item().targets();
            for (int i = 0; i < targets.size(); i++) {
                long id = targets.get(i).id();
                inForce.of(ctx.place(i + 1), id).ifPresent(p -> out.put(id, p.shares()));
            }
        }
        return Map.copyOf(out);
    }

    void invalidate() {
        generation.incrementAndGet();
        current.set(null);
    }

    @EventListener
    void onLedgerChanged(LedgerChanged event) {
        invalidateAtCommit();
    }

    @EventListener
    void onLiveValue(cn.tenstrong.project.LiveTargetValue event) {
        invalidateAtCommit();
    }

    @EventListener
    void onPlanImported(PlanImported event) {
        invalidateAtCommit();
    }

    /** After the publisher's transaction commits (a reader before that still sees the old data), or now without one. */
    private void invalidateAtCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            invalidate();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                invalidate();
            }
        });
    }
}
