package cn.tenstrong.shared;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Periodic jobs (the reminder digest) run on Spring's scheduler, each job's cron a setting, and once per cluster:
 * a job holds a named lock row in {@code shared_job_lock} (ShedLock, judged by the database's clock so the nodes'
 * clocks need not agree) while it runs, and the other nodes skip it. Long follow-up work after a commit
 * (re-placing enterprises after a segment edit) runs on Boot's task executor ({@code @Async}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource, NodeProperties node) {
        JdbcTemplateLockProvider.Configuration.Builder lock = JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shared_job_lock")
                .usingDbTime();
        if (node.named()) {
            lock.withLockedByValue(node.name().strip());
        }
        return new JdbcTemplateLockProvider(lock.build());
    }
}
