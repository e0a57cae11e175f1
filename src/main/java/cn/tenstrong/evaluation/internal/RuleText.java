package cn.tenstrong.evaluation.internal;

import java.math.BigDecimal;
import java.util.stream.Collectors;

/** A scoring rule in Chinese words, for the scheme page and API. */
final class RuleText {

    private RuleText() {
    }

    static String of(ScoringRule rule) {
        if (rule instanceof ScoringRule.Bands b) {
            return "分档计分：" + b.bands().stream().map(RuleText::band).collect(Collectors.joining("；"));
        } else if (rule instanceof ScoringRule.MinMax) {
            return "极差标准化（参评对象最小值至最大值）";
        } else if (rule instanceof ScoringRule.Efficacy e) {
            return "功效系数法 60+40×(x−不允许值)/(满意值−不允许值)"
                    + (e.fixedWorst() == null ? "，取参评对象最差值与最优值" : "，不允许值" + n(e.fixedWorst())
                    + "、满意值" + n(e.fixedBest()));
        } else if (rule instanceof ScoringRule.RatioToTarget r) {
            return "目标值比例：目标" + n(r.target()) + "，封顶" + n(r.cap()) + "倍";
        } else if (rule instanceof ScoringRule.BaseYearIncrement i) {
            return "基期增量：目标增幅" + n(i.targetGrowth()) + "，封顶" + n(i.cap()) + "倍";
        } else if (rule instanceof ScoringRule.PerItem p) {
            return "按项计分：每项" + n(p.pointsPerItem()) + "分，最高" + n(p.cap()) + "分";
        } else if (rule instanceof ScoringRule.ExpertScore x) {
            String agg = switch (x.aggregation()) {
                case MEAN -> "算术平均";
                case TRIMMED_MEAN -> "去掉最高分和最低分后平均";
                case MEDIAN -> "中位数";
            };
            return "专家评分（满分" + n(x.maxScore()) + "，" + agg + "）";
        }
        return rule.toString();
    }

    private static String band(ScoringRule.Band b) {
        String low = b.min() == null ? "" : n(b.min()) + (b.minInclusive() ? "≤" : "<");
        String high = b.max() == null ? "" : (b.maxInclusive() ? "≤" : "<") + n(b.max());
        return low + "x" + high + "得" + n(b.points()) + "分";
    }

    private static String n(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
}
