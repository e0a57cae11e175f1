package cn.tenstrong.audit.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the audit chain's secret and its head checkpoint live, outside the database.
 *
 * @param key        the HMAC key itself, Base64 (at least 32 bytes), e.g. from the environment variable
 *                   {@code PLATFORM_AUDIT_KEY}; when empty, {@code keyFile} is read (and created on first start)
 * @param keyFile    the key file; default {@code <platform.data-dir>/audit/hmac.key}, owner-only (0600)
 * @param checkpoint the head checkpoint file; default {@code <platform.data-dir>/audit/checkpoint}
 */
@ConfigurationProperties("platform.audit")
record AuditProperties(String key, Path keyFile, Path checkpoint) {
}
