package cn.tenstrong.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Periodic jobs (the reminder digest) run on Spring's scheduler, each job's cron a setting; long follow-up work
 * after a commit (re-placing enterprises after a segment edit) runs on Boot's task executor ({@code @Async}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class SchedulingConfiguration {
}
