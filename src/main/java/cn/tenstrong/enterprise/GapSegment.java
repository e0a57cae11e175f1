package cn.tenstrong.enterprise;

import java.math.BigDecimal;

/**
 * 短板环节.
 *
 * @param segmentCode the leaf
 * @param name        its name
 * @param path        上游 / 材料 / 光刻胶
 * @param local       Shandong enterprises placed
 * @param total       all enterprises placed
 * @param localShare  local / total in percent (one decimal), {@code null} when nothing is placed
 * @param threshold   the chain's threshold in percent
 * @param reason      无本地企业 or 本地企业占比…低于阈值…
 */
public record GapSegment(String segmentCode, String name, String path, int local, int total, BigDecimal localShare,
                         BigDecimal threshold, String reason) {
}
