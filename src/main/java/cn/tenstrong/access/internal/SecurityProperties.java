package cn.tenstrong.access.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Login lockout settings (等保 2.0: lock after repeated failures). */
@ConfigurationProperties("platform.security")
record SecurityProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockDuration) {
}
