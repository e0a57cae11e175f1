package cn.tenstrong.targeting.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.SwIndustrySegments;
import cn.tenstrong.enterprise.SwIndustrySegments.SwIndustrySegment;
import cn.tenstrong.targeting.ChainWeights;
import cn.tenstrong.targeting.Recommendation.Factor;

/** 行业代码: how far a candidate's industry classes say it is in the segment's line of business. */
final class IndustryCodeFactor {

    static final String CODE = "行业代码";

    private IndustryCodeFactor() {
    }

    /** The segment asked for, with its and its descendants' GB/T classes and codes (for the 行业代码 factor). */
    record Segments(String chainCode, String name, Set<String> classes, Set<String> codes) {
    }

    /**
     * 行业代码: the better of two pieces of evidence. The GB/T 4754 class equal to, in the same group as or the same
     * division as one of the segment's classes earns all, {@code sameGroup} or {@code sameDivision} of the points.
     * The SW2021 industry (the only one listed companies have) earns all when it names the segment (or one below it)
     * as its one business (对应: 白酒Ⅲ → 白酒) and {@code sameGroup} when the segment is one of several it covers (辅助:
     * 模拟芯片设计 → 汽车电子芯片应用), read from the table placement uses ({@link SwIndustrySegments}); the evidence
     * says which industry matched.
     */
    static Factor code(Enterprise e, Segments segment, List<SwIndustrySegment> sw, ChainWeights w) {
        String c = e.industryCode() == null ? "" : e.industryCode().replaceAll("[^0-9]", "");
        int best = 0;
        String matched = null;
        for (String k : segment.classes()) {
            int level = c.length() >= 4 && c.startsWith(k) ? 3
                    : c.length() >= 3 && k.length() >= 3 && c.substring(0, 3).equals(k.substring(0, 3)) ? 2
                    : c.length() >= 2 && k.length() >= 2 && c.substring(0, 2).equals(k.substring(0, 2)) ? 1 : 0;
            if (level > best) {
                best = level;
                matched = k;
            }
        }
        BigDecimal share = switch (best) {
            case 3 -> BigDecimal.ONE;
            case 2 -> w.sameGroup();
            case 1 -> w.sameDivision();
            default -> BigDecimal.ZERO;
        };
        String evidence = c.isEmpty() ? "无国民经济行业代码"
                : matched == null ? "行业代码 " + c + " 与环节行业分类不符"
                : "行业代码 " + c + " 对应环节行业分类 " + matched
                + (best == 3 ? "（小类一致）" : best == 2 ? "（中类一致）" : "（大类一致）");
        SwIndustrySegment named = null;
        for (SwIndustrySegment s : sw) {
            if (s.chainCode().equals(segment.chainCode()) && segment.codes().contains(s.segmentCode())
                    && (named == null || s.sole() && !named.sole())) {
                named = s;
            }
        }
        BigDecimal swShare = named == null ? BigDecimal.ZERO : named.sole() ? BigDecimal.ONE : w.sameGroup();
        String industry = e.swIndustryName();
        if (named != null && swShare.compareTo(share) > 0) {
            share = swShare;
            evidence = "申万行业“" + industry + "”" + (named.sole()
                    ? "即" + segment.name() + "业务（申万行业与环节对应，按小类一致计）"
                    : "涵盖" + segment.name() + "（该行业涵盖多个环节，按中类一致计）");
        } else if (!industry.isEmpty() && share.signum() == 0) {
            evidence += "；申万行业“" + industry + "”与环节不对应";
        }
        if (share.signum() == 0) {
            evidence += "，不计分";
        }
        return new Factor(CODE, Factors.points(w.code() * share.doubleValue()), w.code(), evidence);
    }
}
