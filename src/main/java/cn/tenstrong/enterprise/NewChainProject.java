package cn.tenstrong.enterprise;

import java.math.BigDecimal;

/**
 * A key project to add or update (matched by chain and project reference).
 *
 * @param chainCode    chain
 * @param segmentCode  leaf segment, may be {@code null}
 * @param projectRef   the project module's reference
 * @param name         project name
 * @param investment   万元, may be {@code null}
 * @param stage        stage label
 * @param sourceModule calling module
 */
public record NewChainProject(String chainCode, String segmentCode, String projectRef, String name, BigDecimal investment,
                              String stage, String sourceModule) {
}
