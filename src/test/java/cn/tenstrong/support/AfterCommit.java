package cn.tenstrong.support;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The after-commit reactions ({@code @ApplicationModuleListener}s: search index, 链主 assignments, bound targets,
 * re-placement) run on another thread once the change has committed. A test that looks at their effect waits until the
 * event publication registry holds nothing published-but-not-yet-done (failed publications are not waited for: nothing
 * is running for them).
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** Waits (at most a minute) until every after-commit reaction published so far has completed. */
    public static void await(JdbcClient jdbc) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> pending(jdbc) == 0);
    }

    /** Publications whose listener has not finished: published, running or taken up again. */
    public static long pending(JdbcClient jdbc) {
        return jdbc.sql("""
                select count(*) from event_publication
                where completion_date is null and coalesce(status, 'PUBLISHED') in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')
                """).query(Long.class).single();
    }
}
