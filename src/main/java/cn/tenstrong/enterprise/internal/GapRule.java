package cn.tenstrong.enterprise.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import cn.tenstrong.enterprise.GapFinding;
import cn.tenstrong.enterprise.GapRuleKind;

/**
 * 短板规则 of a leaf segment, each saying what it measured: no Shandong enterprise is placed on it; Shandong's share
 * of the enterprises placed there is below the chain's threshold (percent, set by the task force, default 20); or
 * Shandong enterprises are there but none is a 链主 or 骨干 (only small suppliers, nobody to anchor the segment).
 */
final class GapRule {

    private GapRule() {
    }

    /** local / total in percent with one decimal, {@code null} when nothing is placed. */
    static BigDecimal share(int local, int total) {
        return total == 0 ? null
                : BigDecimal.valueOf(local * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    /** The rules the figures meet, empty when the segment is not weak. The share comparison is exact. */
    static List<GapFinding> findings(int local, int total, BigDecimal thresholdPercent, int localLeaders,
                                     int localBackbone) {
        List<GapFinding> out = new ArrayList<>();
        String threshold = thresholdPercent.stripTrailingZeros().toPlainString();
        if (local == 0) {
            out.add(new GapFinding(GapRuleKind.NO_LOCAL, total == 0 ? "无挂链企业（省内0家，省外0家）"
                    : "无省内企业（省外企业" + total + "家）"));
            return out;
        }
        // local / total < threshold / 100  ⇔  local * 100 < threshold * total
        if (BigDecimal.valueOf(local * 100L).compareTo(thresholdPercent.multiply(BigDecimal.valueOf(total))) < 0) {
            out.add(new GapFinding(GapRuleKind.SHARE_BELOW_THRESHOLD, "省内企业占比" + share(local, total).toPlainString()
                    + "%（" + local + "/" + total + "），低于本链阈值" + threshold + "%"));
        }
        if (localLeaders == 0 && localBackbone == 0) {
            out.add(new GapFinding(GapRuleKind.NO_LOCAL_ANCHOR, "省内企业" + local + "家，其中链主0家、骨干0家"));
        }
        return out;
    }
}
