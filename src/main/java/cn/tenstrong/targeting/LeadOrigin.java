package cn.tenstrong.targeting;

import java.math.BigDecimal;

/**
 * 线索来源: the recommendation a lead was created from (招商目标推荐 → 转为线索).
 *
 * @param chainCode   the chain the enterprise was recommended for
 * @param segmentCode the segment, may be null
 * @param score       the recommendation's score (0..100) when the lead was created
 */
public record LeadOrigin(String chainCode, String segmentCode, BigDecimal score) {

    /** The score as the recommendation page shows it: at least one decimal (86.0, 87.25). */
    public String scoreText() {
        BigDecimal s = score.stripTrailingZeros();
        return (s.scale() < 1 ? s.setScale(1) : s).toPlainString();
    }
}
