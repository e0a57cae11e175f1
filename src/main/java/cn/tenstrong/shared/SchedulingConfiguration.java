package cn.tenstrong.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Periodic jobs (the ledger's reminder digest) run on Spring's scheduler; each job's cron is a setting. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
