package cn.tenstrong.enterprise;

import java.time.Instant;

/**
 * 招商目标企业 of a chain.
 *
 * @param id           id
 * @param chainCode    chain
 * @param segmentCode  segment it would fill, may be {@code null}
 * @param enterpriseId the enterprise in the library, may be {@code null}
 * @param name         enterprise name
 * @param reason       why it is a target
 * @param sourceModule the module that added it (e.g. targeting)
 * @param createdBy    who added it
 * @param createdAt    when
 */
public record ChainTarget(long id, String chainCode, String segmentCode, Long enterpriseId, String name, String reason,
                          String sourceModule, String createdBy, Instant createdAt) {
}
