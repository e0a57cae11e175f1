package cn.tenstrong.evaluation.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.evaluation.RoundResults;
import cn.tenstrong.evaluation.SchemeView;

/**
 * 指标组得分率 for the radar: per top-level group of the scheme, the subject's weighted contributions of the group's
 * leaves as a percentage of those leaves' weights (so groups of different weight compare on one 0–100 axis).
 */
final class GroupProfile {

    private GroupProfile() {
    }

    /** Top-level group name → its leaf codes. */
    static Map<String, List<String>> groups(SchemeView scheme) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (SchemeView.Indicator g : scheme.indicators()) {
            List<String> leaves = new ArrayList<>();
            collect(g, leaves);
            out.put(g.name(), leaves);
        }
        return out;
    }

    private static void collect(SchemeView.Indicator n, List<String> into) {
        if (n.children() == null || n.children().isEmpty()) {
            into.add(n.code());
        } else {
            n.children().forEach(c -> collect(c, into));
        }
    }

    /** The subject's percentage per group, in the order of {@code groups}. */
    static List<BigDecimal> percentages(Map<String, List<String>> groups, RoundResults.SubjectResult r) {
        Map<String, RoundResults.Contribution> byCode = new LinkedHashMap<>();
        r.contributions().forEach(c -> byCode.put(c.code(), c));
        List<BigDecimal> out = new ArrayList<>();
        for (List<String> leaves : groups.values()) {
            BigDecimal weight = BigDecimal.ZERO;
            BigDecimal got = BigDecimal.ZERO;
            for (String code : leaves) {
                RoundResults.Contribution c = byCode.get(code);
                if (c != null && c.weight() != null) {
                    weight = weight.add(c.weight());
                    got = got.add(c.weighted() == null ? BigDecimal.ZERO : c.weighted());
                }
            }
            out.add(weight.signum() == 0 ? BigDecimal.ZERO
                    : got.multiply(BigDecimal.valueOf(100)).divide(weight, 1, RoundingMode.HALF_UP));
        }
        return out;
    }
}
