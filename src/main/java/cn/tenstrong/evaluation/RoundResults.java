package cn.tenstrong.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * 评价结果 of a round. Once the round reaches 公示 this is frozen: the scores, the platform values read and the
 * reference values (min, max, mean per indicator) are stored and shown as stored.
 *
 * @param frozen false while the round is before 公示 (then it is a preview computed on request)
 */
public record RoundResults(RoundView round, boolean frozen, List<SubjectResult> results,
                           Map<String, ReferenceValues> references, List<Objection> objections) {

    /**
     * One subject's result.
     *
     * @param status     ELIGIBLE, BELOW_THRESHOLD or VETOED
     * @param awardBase  fixed award in 万元, null when no award
     * @param awardUpTo  the most that may be given in 万元 (最高…), null when no award
     */
    public record SubjectResult(String key, String name, String cohort, BigDecimal total, Integer rank,
                                Integer cohortRank, String tier, String status, Boolean qualified,
                                BigDecimal awardBase, BigDecimal awardUpTo, List<Contribution> contributions,
                                List<Contribution> adjustments, List<String> notes) {
    }

    /** An indicator's raw, normalised (0–100) and weighted value; the weighted values add up to the total. */
    public record Contribution(String code, String name, BigDecimal raw, BigDecimal normalised, BigDecimal weight,
                               BigDecimal weighted) {
    }

    /** 参照值 of an indicator in the round. */
    public record ReferenceValues(BigDecimal min, BigDecimal max, BigDecimal mean, int count) {
    }

    /** 公示异议. */
    public record Objection(String subjectKey, String text, String by, java.time.Instant at) {
    }
}
