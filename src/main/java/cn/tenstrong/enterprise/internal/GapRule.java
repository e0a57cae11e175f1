package cn.tenstrong.enterprise.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * 短板规则: a leaf segment is weak when no Shandong enterprise is placed on it, or when Shandong's share of the
 * enterprises placed there is below the chain's threshold (percent, set by the task force, default 20).
 */
final class GapRule {

    private GapRule() {
    }

    /** local / total in percent with one decimal, {@code null} when nothing is placed. */
    static BigDecimal share(int local, int total) {
        return total == 0 ? null
                : BigDecimal.valueOf(local * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    /** Why the segment is weak, or empty when it is not. The comparison is exact (no rounding). */
    static Optional<String> reason(int local, int total, BigDecimal thresholdPercent) {
        if (local == 0) {
            return Optional.of(total == 0 ? "无挂链企业" : "无本地企业（外省企业" + total + "家）");
        }
        // local / total < threshold / 100  ⇔  local * 100 < threshold * total
        if (BigDecimal.valueOf(local * 100L).compareTo(thresholdPercent.multiply(BigDecimal.valueOf(total))) < 0) {
            return Optional.of("本地企业占比" + share(local, total).toPlainString() + "%，低于阈值"
                    + thresholdPercent.stripTrailingZeros().toPlainString() + "%");
        }
        return Optional.empty();
    }
}
