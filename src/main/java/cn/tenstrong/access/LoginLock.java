package cn.tenstrong.access;

import java.time.Instant;

/** 登录限制: one source address locked out of one account name after repeated wrong passwords. */
public record LoginLock(String username, String source, int failures, Instant lastFailureAt, Instant lockedUntil) {
}
