package cn.tenstrong.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * 评价方案 as shown and served: its indicator tree, whether it can score a round (no group 待专班补充), and its
 * award rule with the sentence it comes from.
 *
 * @param basis the public text the scheme follows, quoted
 * @param flags the flags a declaration may carry that the scheme reads (否决事项, 直通条件, 奖励排除事项)
 * @param cohorts the cohorts the scheme has its own weights for (权重组: region, park type, tier); a subject of another
 *                cohort, or of none, is weighted by the default weights
 */
public record SchemeView(long id, String code, int version, String name, String subjectType, String unit,
                         BigDecimal total, boolean usable, boolean demo, String basis, List<Indicator> indicators,
                         AwardRule award, List<Flag> flags, List<String> cohorts) {

    public SchemeView(long id, String code, int version, String name, String subjectType, String unit,
                      BigDecimal total, boolean usable, boolean demo, String basis, List<Indicator> indicators,
                      AwardRule award, List<Flag> flags) {
        this(id, code, version, name, subjectType, unit, total, usable, demo, basis, indicators, award, flags,
                List.of());
    }

    /** The leaves (at any depth) whose values come from the given source (PLATFORM, FORM, EXPERT), in tree order. */
    public List<Indicator> leaves(String source) {
        List<Indicator> out = new java.util.ArrayList<>();
        collect(indicators, source, out);
        return out;
    }

    private static void collect(List<Indicator> nodes, String source, List<Indicator> out) {
        for (Indicator n : nodes) {
            if (n.children() == null || n.children().isEmpty()) {
                if (source.equals(n.source())) {
                    out.add(n);
                }
            } else {
                collect(n.children(), source, out);
            }
        }
    }

    /**
     * 声明事项.
     *
     * @param kind VETO (一票否决), DIRECT (直通条件) or EXCLUDE (不予奖励)
     */
    public record Flag(String name, String kind, String reason) {
    }

    /**
     * 指标 (group or leaf).
     *
     * @param status OFFICIAL, or PENDING (待专班补充)
     * @param rule   the scoring rule in words, null for a group
     * @param min    the smallest value a declaration may give, null = open
     * @param max    the largest value a declaration may give, null = open
     * @param needsBase whether a declaration gives the base-year value too (增量计分: code + ".base")
     */
    public record Indicator(String code, String name, BigDecimal weight, String status, String unit, String direction,
                            String source, String metric, String rule, List<Indicator> children, BigDecimal min,
                            BigDecimal max, boolean needsBase) {

        public Indicator(String code, String name, BigDecimal weight, String status, String unit, String direction,
                         String source, String metric, String rule, List<Indicator> children) {
            this(code, name, weight, status, unit, direction, source, metric, rule, children, null, null, false);
        }
    }

    /** 奖励规则: amounts in 万元. */
    public record AwardRule(Integer topN, boolean perCohort, BigDecimal base, BigDecimal upTo, BigDecimal budget,
                            boolean notTwiceInYear, String quote) {
    }
}
