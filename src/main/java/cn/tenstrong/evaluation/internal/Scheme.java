package cn.tenstrong.evaluation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * 评价方案: one version of a scheme, read from its YAML file. Weights are local: a node's share of its parent is its
 * weight over the sum of its siblings' weights, so a tree of any depth works whether the file writes points (children
 * adding up to the parent) or percentages; the scheme's {@code total} (100 points, 1000 points, 100 %) is what the
 * root is worth.
 *
 * @param weightSets alternative weights per cohort (地区、园区类型、梯队): cohort → node code → weight; nodes not listed
 *                   keep their default weight
 * @param tieBreak   node codes compared (higher subtotal first) when totals are equal; still equal → same rank
 */
record Scheme(String code, int version, String name, String subjectType, String basis, WeightUnit unit,
              BigDecimal total, List<Node> groups, Map<String, Map<String, BigDecimal>> weightSets,
              List<Gate> gates, List<Adjustment> adjustments, List<Tier> tiers, AwardRule award,
              List<String> tieBreak, boolean demo) {

    /**
     * Whether the scheme can score a round: every group is public (none 待专班补充) and there is at least one leaf.
     */
    boolean usable() {
        return !groups.isEmpty() && groups.stream().allMatch(Scheme::complete);
    }

    private static boolean complete(Node n) {
        return !SchemeReader.PENDING.equals(n.status()) && (n.isLeaf() || n.children().stream().allMatch(Scheme::complete));
    }

    /** 权重单位: 分 or %. */
    enum WeightUnit { POINTS, PERCENT }

    /** 指标来源. */
    enum Source { PLATFORM, FORM, EXPERT }

    /** 指标方向: higher or lower is better. */
    enum Direction { HIGHER, LOWER }

    /** 缺失值处理: what a missing value counts as. */
    enum MissingPolicy {
        /** 记0分 */
        ZERO,
        /** 按参评对象中最差值 */
        COHORT_WORST,
        /** 按参评对象平均值 */
        COHORT_MEAN,
        /** 缺失即不具备参评资格 (scored as 0 and not ranked) */
        DISQUALIFY
    }

    /**
     * 指标 (group or leaf). A leaf has a rule; a group has children.
     *
     * @param status OFFICIAL when the indicator is in the public text quoted by {@code basis}; PENDING (待专班补充)
     *               when the public text names the group but not its indicators
     */
    record Node(String code, String name, BigDecimal weight, List<Node> children, Leaf leaf, String status) {

        boolean isLeaf() {
            return leaf != null;
        }
    }

    /**
     * @param metric for PLATFORM leaves, the platform figure read (see {@code PlatformMetrics}); null otherwise
     * @param min    the smallest value a declaration may give (FORM leaves; {@code range} in the file), null = open
     * @param max    the largest value a declaration may give, null = open
     */
    record Leaf(String unit, Direction direction, Source source, String metric, MissingPolicy missing,
                ScoringRule rule, BigDecimal min, BigDecimal max) {

        Leaf(String unit, Direction direction, Source source, String metric, MissingPolicy missing, ScoringRule rule) {
            this(unit, direction, source, metric, missing, rule, null, null);
        }
    }

    /** 加分/扣分项: points per item up to a cap; a deduction's points are subtracted. */
    record Adjustment(String code, String name, boolean deduction, BigDecimal perItem, BigDecimal cap) {
    }

    /** 等级: subjects with a total of at least {@code minTotal} (and eligible) get the tier; first match wins. */
    record Tier(String name, BigDecimal minTotal) {
    }

    /**
     * 奖励规则.
     *
     * @param topN           how many places are awarded (per cohort when {@code perCohort}); null = every eligible
     *                       subject at or above {@code minTotal} (择优)
     * @param base           fixed amount in 万元 (基础性奖励), may be 0
     * @param upTo           the most that may be given in 万元 (最高…), including the base; null when only the base
     * @param budget         the most given in all in 万元 (counting each subject's {@code upTo} or base); null = none
     * @param notTwiceInYear a subject already awarded in the year gets nothing, and the place goes to the next one
     * @param excludeFlags   subjects carrying one of these flags get nothing (e.g. 已获同类奖励)
     * @param quote          the sentence of the source document the rule comes from
     */
    record AwardRule(Integer topN, boolean perCohort, BigDecimal minTotal, BigDecimal base, BigDecimal upTo,
                     BigDecimal budget, boolean notTwiceInYear, List<String> excludeFlags, String quote) {
    }
}
