package cn.tenstrong.access.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login failure handling (等保 2.0 登录失败处理), per account name and source address.
 *
 * @param maxFailedLogins failures from one address for one account name before that address is locked out of it
 * @param lockDuration    how long such a lock lasts (an administrator can lift it earlier)
 * @param firstDelay      the wait imposed after the second failure; it doubles with every further failure
 * @param maxDelay        the longest such wait
 * @param sessionCleanupCron when expired browser sessions are deleted from {@code spring_session} (one node of the
 *                        cluster runs it; {@code SessionConfiguration.ExpiredSessionCleanup} reads the same key)
 */
@ConfigurationProperties("platform.security")
record SecurityProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockDuration,
                          @DefaultValue("1s") Duration firstDelay, @DefaultValue("1m") Duration maxDelay,
                          @DefaultValue("0 * * * * *") String sessionCleanupCron) {

    /** The wait before the next attempt is even checked, after {@code failures} failures (none after the first). */
    Duration delayAfter(int failures) {
        if (failures < 2) {
            return Duration.ZERO;
        }
        Duration d = firstDelay.multipliedBy(1L << Math.min(failures - 2, 20));
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}
