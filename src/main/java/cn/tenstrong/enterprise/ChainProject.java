package cn.tenstrong.enterprise;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * 重点项目 on a chain.
 *
 * @param id           id
 * @param chainCode    chain
 * @param segmentCode  segment, may be {@code null}
 * @param projectRef   the project module's reference (unique per chain)
 * @param name         project name
 * @param investment   total investment, 万元, may be {@code null}
 * @param stage        签约 / 开工 / 在建 / 竣工投产 …
 * @param sourceModule the module that added it
 * @param createdBy    who
 * @param createdAt    when
 */
public record ChainProject(long id, String chainCode, String segmentCode, String projectRef, String name,
                           BigDecimal investment, String stage, String sourceModule, String createdBy, Instant createdAt) {
}
