package cn.tenstrong.access;

import java.time.Instant;

/**
 * 个人API令牌: a bearer token an account uses for API calls instead of its password. The token itself is never
 * stored or shown again after creation; {@code hint} is its first characters, to tell tokens apart.
 */
public record ApiToken(long id, long userId, String username, String name, String hint, Scope scope,
                       String createdBy, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt,
                       String revokedBy) implements java.io.Serializable {

    /** What a token may do: READ only reads (GET/HEAD), WRITE whatever its account may do. */
    public enum Scope { READ, WRITE }

    public boolean activeAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
