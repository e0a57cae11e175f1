package cn.tenstrong.enterprise.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import cn.tenstrong.enterprise.GapBenchmark;
import cn.tenstrong.enterprise.GapFinding;
import cn.tenstrong.enterprise.GapRuleKind;

/**
 * 短板规则 of a leaf segment, each saying what it measured: no Shandong enterprise is placed on it; Shandong's share of
 * the enterprises placed there, set against Shandong's share of all placed enterprises in the library (区位商), is
 * below the chain's fraction (default 0.5: less than half of what Shandong holds across the library); or Shandong
 * enterprises are there but none is a 链主 or 骨干. Absence and share are judged only from a minimum number of placed
 * enterprises up (样本不足 below it: with Shandong holding a few percent of the library, none of three is chance), a
 * leaf nobody is placed on says nothing about Shandong (无挂链企业), and a share needs a benchmark with Shandong in it.
 */
final class GapRule {

    /** What the rules found for one leaf: the gaps, the location quotient and why a share was not judged. */
    record Judgement(List<GapFinding> findings, BigDecimal locationQuotient, String note) {

        Judgement {
            findings = List.copyOf(findings);
            note = note == null ? "" : note;
        }
    }

    private GapRule() {
    }

    /** local / total in percent with one decimal, {@code null} when nothing is placed. */
    static BigDecimal share(int local, int total) {
        return total == 0 ? null
                : BigDecimal.valueOf(local * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    /** (local / total) / (benchmark local / benchmark total), two decimals; {@code null} when either is undefined. */
    static BigDecimal locationQuotient(int local, int total, GapBenchmark benchmark) {
        if (total == 0 || benchmark.local() == 0) {
            return null;
        }
        return BigDecimal.valueOf((long) local * benchmark.total())
                .divide(BigDecimal.valueOf((long) total * benchmark.local()), 2, RoundingMode.HALF_UP);
    }

    /** The rules the figures meet (empty when the segment is not weak); the quotient comparison is exact. */
    static Judgement judge(int local, int total, int localLeaders, int localBackbone, GapBenchmark benchmark,
                           BigDecimal quotient, int minPlaced) {
        List<GapFinding> out = new ArrayList<>();
        BigDecimal lq = locationQuotient(local, total, benchmark);
        if (total == 0) {
            // nobody in the library is placed here: that says nothing about Shandong, only about the data
            return new Judgement(out, lq, "无挂链企业：库内没有企业挂在此环节，无从判断");
        }
        if (total < minPlaced) {
            // with Shandong holding a few percent of the library, none (or one) of three placed enterprises is what
            // chance gives: neither absence nor a share is judged on so few
            if (local > 0 && localLeaders == 0 && localBackbone == 0) {
                out.add(noAnchor(local)); // a fact about Shandong's own enterprises, whatever the count
            }
            return new Judgement(out, lq, "样本不足：挂链企业" + total + "家（省内" + local + "家），少于" + minPlaced
                    + "家，不判断省内有无与占比");
        }
        if (local == 0) {
            out.add(new GapFinding(GapRuleKind.NO_LOCAL, "无省内企业（省外企业" + total + "家）"));
            return new Judgement(out, lq, "");
        }
        String note = "";
        if (benchmark.local() == 0) {
            note = "无全国基准：库内无省内挂链企业，不按区位商判断";
        } else if (BigDecimal.valueOf((long) local * benchmark.total())
                .compareTo(quotient.multiply(BigDecimal.valueOf((long) total * benchmark.local()))) < 0) {
            // local/total < q × L/T  ⇔  local × T < q × total × L
            out.add(new GapFinding(GapRuleKind.LOW_LOCATION_QUOTIENT, "省内企业占比" + share(local, total).toPlainString()
                    + "%（" + local + "/" + total + "），不足全国基准" + benchmark.sharePercent().toPlainString() + "%（"
                    + benchmark.local() + "/" + benchmark.total() + "）的" + fraction(quotient) + "（区位商"
                    + lq.toPlainString() + "）"));
        }
        if (localLeaders == 0 && localBackbone == 0) {
            out.add(noAnchor(local));
        }
        return new Judgement(out, lq, note);
    }

    private static GapFinding noAnchor(int local) {
        return new GapFinding(GapRuleKind.NO_LOCAL_ANCHOR, "省内企业" + local + "家，其中链主0家、骨干0家");
    }

    /** 一半 for 0.5, else 0.6倍. */
    static String fraction(BigDecimal quotient) {
        return quotient.compareTo(new BigDecimal("0.5")) == 0 ? "一半" : quotient.stripTrailingZeros().toPlainString() + "倍";
    }
}
