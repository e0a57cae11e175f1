package cn.tenstrong.shared;

import java.sql.Timestamp;
import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 事件补发与清理: the after-commit reactions ({@code @ApplicationModuleListener}s) are durable — each is a row in
 * {@code event_publication} until its listener has run. Every start publishes the incomplete ones again
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}); these two jobs do the rest on a running
 * cluster, each on one node at a time (ShedLock, database clock): {@link #retry()} publishes again what is still
 * incomplete after {@code platform.events.retry-after} (a listener that failed, a node that died while running one),
 * {@link #purge()} deletes completed publications after {@code platform.events.keep-completed}.
 */
@Component
class EventPublicationJobs {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationJobs.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final JdbcClient jdbc;
    private final EventPublicationProperties properties;
    private final Clock clock;

    EventPublicationJobs(IncompleteEventPublications incomplete, CompletedEventPublications completed, JdbcClient jdbc,
                         EventPublicationProperties properties, Clock clock) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${platform.events.retry-interval:5m}",
            initialDelayString = "${platform.events.retry-interval:5m}")
    @SchedulerLock(name = "shared.event-retry", lockAtMostFor = "PT30M")
    public void retry() {
        // Modulith takes up a publication only if it is not marked RESUBMITTED already (so that two nodes never take
        // up the same one); a node that died after marking one would leave it so for good
        int released = jdbc.sql("""
                        update event_publication set status = 'FAILED'
                        where status = 'RESUBMITTED' and completion_date is null and last_resubmission_date < :before
                        """).param("before", Timestamp.from(clock.instant().minus(properties.retryAfter()))).update();
        long outstanding = jdbc.sql("""
                        select count(*) from event_publication
                        where completion_date is null and publication_date < :before
                        """).param("before", Timestamp.from(clock.instant().minus(properties.retryAfter())))
                .query(Long.class).single();
        if (outstanding > 0) {
            log.warn("Event publications: {} incomplete for longer than {} ({} abandoned resubmissions), published again",
                    outstanding, properties.retryAfter(), released);
            incomplete.resubmitIncompletePublicationsOlderThan(properties.retryAfter());
        }
    }

    @Scheduled(cron = "${platform.events.purge-cron:0 30 3 * * *}", zone = "${platform.zone:Asia/Shanghai}")
    @SchedulerLock(name = "shared.event-purge", lockAtMostFor = "PT30M")
    public void purge() {
        completed.deletePublicationsOlderThan(properties.keepCompleted());
    }
}
