package cn.tenstrong.chain;

import java.time.Instant;

/**
 * 包挂单位: an organisation of the directory that supports a chain under the 链长制 ("配备一名包挂领导", seed line 597).
 *
 * @param organizationName the directory's current name for it
 * @param duty             what it answers for on the chain (may be empty)
 */
public record SupportAgency(long id, String chainCode, long organizationId, String organizationName, String duty,
                            String updatedBy, Instant updatedAt, int version) {
}
