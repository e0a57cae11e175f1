package cn.tenstrong.evaluation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.evaluation.internal.ScoringRule.Reference;

/**
 * 评价结果 of one round: each subject's scores and the reference values they were computed with, so a published
 * result can be shown again without recomputing it.
 */
record Evaluation(List<SubjectScore> subjects, Map<String, Reference> references) {

    /** 参评对象的输入: values per leaf code, flags (否决事项、直通条件、排除事项) and adjustment item counts. */
    record SubjectInput(String id, String name, String cohort, Map<String, LeafInput> values, Set<String> flags,
                        Map<String, Integer> adjustments) {
    }

    /** A leaf's input: the value, the base-year value (increment rule) and the reviewers' scores (expert rule). */
    record LeafInput(BigDecimal value, BigDecimal base, List<BigDecimal> expertScores) {

        static LeafInput of(BigDecimal value) {
            return new LeafInput(value, null, List.of());
        }
    }

    /** 评价状态. */
    enum Status {
        /** 参与排名 */
        ELIGIBLE,
        /** 未达门槛 (threshold, group floor, missing data) */
        BELOW_THRESHOLD,
        /** 一票否决 */
        VETOED
    }

    /**
     * One leaf's share of a subject's total.
     *
     * @param raw        the raw value (aggregated expert score), null when missing
     * @param normalised the rule's score on a 0–100 scale (above 100 when a cap allows), 2 decimals
     * @param weight     the leaf's weight for the subject's cohort, in scheme points, 4 decimals
     * @param weighted   the contribution to the total, 2 decimals (half up)
     */
    record LeafScore(String code, String name, BigDecimal raw, boolean missing, BigDecimal normalised,
                     BigDecimal weight, BigDecimal weighted) {
    }

    /** A bonus (positive) or deduction (negative) applied to the total, 2 decimals. */
    record AdjustmentScore(String code, String name, int items, BigDecimal points) {
    }

    /** 奖励: the fixed base and the most that may be given (万元); {@code upTo} null when only the base applies. */
    record Award(BigDecimal base, BigDecimal upTo) {

        BigDecimal ceiling() {
            return upTo != null ? upTo : base;
        }
    }

    /**
     * @param groups    subtotal per group node code (every level), 2 decimals, the sum of its leaves' contributions
     * @param total     the sum of the leaf contributions and adjustments, exactly
     * @param rank      rank among the eligible subjects of the round; null when not ranked
     * @param cohortRank rank within the cohort; null when not ranked
     * @param notes     why a subject was not ranked or not awarded, and which missing values were filled how
     */
    record SubjectScore(String id, String name, String cohort, List<LeafScore> leaves, Map<String, BigDecimal> groups,
                        List<AdjustmentScore> adjustments, BigDecimal total, Status status, Boolean qualified,
                        String qualifiedBy, Integer rank, Integer cohortRank, String tier, Award award,
                        List<String> notes) {

        SubjectScore withRanking(Integer rank, Integer cohortRank, String tier, Award award, List<String> notes) {
            return new SubjectScore(id, name, cohort, leaves, groups, adjustments, total, status, qualified,
                    qualifiedBy, rank, cohortRank, tier, award, notes);
        }
    }
}
