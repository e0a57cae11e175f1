package cn.tenstrong.access;

import java.time.Instant;
import java.util.Set;

/** 用户账号 as shown to administrators (never with its password hash). */
public record UserAccount(long id, String username, String displayName, long organizationId, String organizationName,
                          DataScope dataScope, Set<Role> roles, boolean enabled, Instant lockedUntil,
                          int failedAttempts, Instant lastLoginAt, boolean demo, int version, String email) {
}
