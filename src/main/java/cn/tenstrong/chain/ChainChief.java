package cn.tenstrong.chain;

import java.time.Instant;

/**
 * 链长: the official who answers for a chain under the 链长制 (seed lines 77, 457, 597), as an administrator entered
 * him or her; the platform never fills one in.
 *
 * @param name      姓名
 * @param post      职务, e.g. 副省长
 * @param version   optimistic-lock version (a chain without a 链长 is at version 0)
 */
public record ChainChief(String chainCode, String name, String post, String updatedBy, Instant updatedAt, int version) {
}
