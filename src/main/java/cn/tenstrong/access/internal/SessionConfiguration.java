package cn.tenstrong.access.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * 共享会话: browser sessions live in PostgreSQL ({@code spring_session}, {@code spring_session_attributes}; Spring
 * Session JDBC), so any node behind the load balancer continues a user's session and a node's restart logs nobody out.
 * Two requests of one session on two nodes may store the same new attribute (the CSRF token after login, a flash
 * message) at the same moment: Spring Session's documented PostgreSQL customizer writes attributes with
 * {@code insert … on conflict do update}, so the second write replaces the first instead of failing on the key.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributeUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Deletes expired sessions once a minute on one node of the cluster (instead of Spring Session's own clean-up on
     * every node, switched off by {@code spring.session.jdbc.cleanup-cron: "-"}). Absent without a web server (the
     * command-line verbs), where there is no session repository.
     */
    @Component
    static class ExpiredSessionCleanup {

        private static final Logger log = LoggerFactory.getLogger(ExpiredSessionCleanup.class);

        private final ObjectProvider<JdbcIndexedSessionRepository> sessions;

        ExpiredSessionCleanup(ObjectProvider<JdbcIndexedSessionRepository> sessions) {
            this.sessions = sessions;
        }

        @Scheduled(cron = "${platform.security.session-cleanup-cron:0 * * * * *}")
        @SchedulerLock(name = "access.session-cleanup", lockAtMostFor = "PT5M")
        public void deleteExpired() {
            JdbcIndexedSessionRepository repository = sessions.getIfAvailable();
            if (repository != null) {
                repository.cleanUpExpiredSessions();
                log.debug("Expired sessions deleted");
            }
        }
    }
}
