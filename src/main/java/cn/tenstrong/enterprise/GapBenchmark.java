package cn.tenstrong.enterprise;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 全国基准: Shandong's share of all enterprises placed on any chain in the library (placements not rejected), the
 * yardstick of the location quotient (区位商) of a segment.
 *
 * @param local Shandong enterprises placed somewhere
 * @param total all enterprises placed somewhere
 */
public record GapBenchmark(int local, int total) {

    /** local / total in percent, one decimal; 0 when nothing is placed. */
    public BigDecimal sharePercent() {
        return total == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(local * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }
}
