package cn.tenstrong.evaluation.internal;

import java.math.BigDecimal;
import java.util.List;

import cn.tenstrong.evaluation.internal.Scheme.Direction;
import cn.tenstrong.evaluation.internal.ScoringRule.Aggregation;
import cn.tenstrong.evaluation.internal.ScoringRule.Band;
import cn.tenstrong.evaluation.internal.ScoringRule.Reference;
import org.junit.jupiter.api.Test;

import static cn.tenstrong.evaluation.internal.Fixtures.d;
import static cn.tenstrong.evaluation.internal.Fixtures.scores;
import static org.assertj.core.api.Assertions.assertThat;

/** Every scoring rule on hand-computed values, including the inputs that would divide by zero. */
class ScoringRuleTest {

    private static final Reference TEN_TO_THIRTY = Reference.of(List.of(d("10"), d("30"), d("20")));
    private static final Reference CONSTANT = Reference.of(List.of(d("7"), d("7")));

    private static BigDecimal f(ScoringRule rule, String raw, Reference ref, Direction dir) {
        return rule.fraction(d(raw), null, ref, dir);
    }

    @Test
    void bandsGivePointsOfTheFirstMatchingBandOverTheTopBand() {
        // 主营业务收入占比: ≥80% 5分, 70–80% 3分, 60–70% 1分 (专精特新 2022)
        var rule = new ScoringRule.Bands(List.of(
                new Band(d("80"), true, null, false, d("5")),
                new Band(d("70"), true, d("80"), false, d("3")),
                new Band(d("60"), true, d("70"), false, d("1"))));
        assertThat(f(rule, "80", null, Direction.HIGHER)).isEqualByComparingTo("1");
        assertThat(f(rule, "79.99", null, Direction.HIGHER)).isEqualByComparingTo("0.6");
        assertThat(f(rule, "60", null, Direction.HIGHER)).isEqualByComparingTo("0.2");
        assertThat(f(rule, "59.9", null, Direction.HIGHER)).isEqualByComparingTo("0");
    }

    @Test
    void bandBoundsAreInclusiveOrExclusiveAsWritten() {
        var exclusiveLow = new ScoringRule.Bands(List.of(new Band(d("80"), false, d("90"), true, d("4")),
                new Band(null, true, d("80"), true, d("2"))));
        assertThat(f(exclusiveLow, "80", null, Direction.HIGHER)).isEqualByComparingTo("0.5");
        assertThat(f(exclusiveLow, "80.01", null, Direction.HIGHER)).isEqualByComparingTo("1");
        assertThat(f(exclusiveLow, "90", null, Direction.HIGHER)).isEqualByComparingTo("1");
        assertThat(f(exclusiveLow, "90.01", null, Direction.HIGHER)).isEqualByComparingTo("0");
        var allZero = new ScoringRule.Bands(List.of(new Band(null, true, null, true, d("0"))));
        assertThat(f(allZero, "5", null, Direction.HIGHER)).isEqualByComparingTo("0");
    }

    @Test
    void minMaxScalesBetweenTheRoundsExtremesAndAConstantColumnScoresOne() {
        var rule = new ScoringRule.MinMax();
        assertThat(f(rule, "15", TEN_TO_THIRTY, Direction.HIGHER)).isEqualByComparingTo("0.25");
        assertThat(f(rule, "15", TEN_TO_THIRTY, Direction.LOWER)).isEqualByComparingTo("0.75");
        assertThat(f(rule, "30", TEN_TO_THIRTY, Direction.HIGHER)).isEqualByComparingTo("1");
        assertThat(f(rule, "7", CONSTANT, Direction.HIGHER)).isEqualByComparingTo("1");
        assertThat(f(rule, "7", CONSTANT, Direction.LOWER)).isEqualByComparingTo("1");
    }

    @Test
    void efficacyCoefficientIsSixtyPlusFortyTimesThePosition() {
        var cohort = new ScoringRule.Efficacy(null, null);
        // 60 + 40·(15−10)/(30−10) = 70
        assertThat(f(cohort, "15", TEN_TO_THIRTY, Direction.HIGHER)).isEqualByComparingTo("0.70");
        // lower is better: xs = 30, xh = 10: 60 + 40·(15−30)/(10−30) = 90
        assertThat(f(cohort, "15", TEN_TO_THIRTY, Direction.LOWER)).isEqualByComparingTo("0.90");
        assertThat(f(cohort, "10", TEN_TO_THIRTY, Direction.HIGHER)).isEqualByComparingTo("0.60");
        assertThat(f(cohort, "7", CONSTANT, Direction.HIGHER)).isEqualByComparingTo("1");
        var fixed = new ScoringRule.Efficacy(d("0"), d("100"));
        assertThat(f(fixed, "50", TEN_TO_THIRTY, Direction.HIGHER)).isEqualByComparingTo("0.80");
        assertThat(f(fixed, "120", TEN_TO_THIRTY, Direction.HIGHER)).isEqualByComparingTo("1");
        assertThat(f(fixed, "-5", TEN_TO_THIRTY, Direction.HIGHER)).isEqualByComparingTo("0.60");
    }

    @Test
    void ratioToTargetIsCapped() {
        var rule = new ScoringRule.RatioToTarget(d("50"), d("1.2"));
        assertThat(f(rule, "40", null, Direction.HIGHER)).isEqualByComparingTo("0.8");
        assertThat(f(rule, "70", null, Direction.HIGHER)).isEqualByComparingTo("1.2");
        assertThat(f(rule, "-3", null, Direction.HIGHER)).isEqualByComparingTo("0");
        var lower = new ScoringRule.RatioToTarget(d("2"), d("1.2"));
        assertThat(f(lower, "4", null, Direction.LOWER)).isEqualByComparingTo("0.5");
        assertThat(f(lower, "0", null, Direction.LOWER)).isEqualByComparingTo("1.2");
    }

    @Test
    void baseYearIncrementComparesGrowthWithTheTargetGrowth() {
        var rule = new ScoringRule.BaseYearIncrement(d("0.10"), d("1.5"));
        assertThat(rule.needsBase()).isTrue();
        assertThat(rule.fraction(d("105"), d("100"), null, Direction.HIGHER)).isEqualByComparingTo("0.5");
        assertThat(rule.fraction(d("120"), d("100"), null, Direction.HIGHER)).isEqualByComparingTo("1.5");
        assertThat(rule.fraction(d("90"), d("100"), null, Direction.HIGHER)).isEqualByComparingTo("0");
        assertThat(rule.fraction(d("5"), d("0"), null, Direction.HIGHER)).isEqualByComparingTo("1.5");
        assertThat(rule.fraction(d("0"), d("0"), null, Direction.HIGHER)).isEqualByComparingTo("0");
        // a loss shrinking from −50 to −45 is 10 % growth on |base|
        assertThat(rule.fraction(d("-45"), d("-50"), null, Direction.HIGHER)).isEqualByComparingTo("1");
        // lower is better (能耗): 100 → 95 is a 5 % fall
        assertThat(rule.fraction(d("95"), d("100"), null, Direction.LOWER)).isEqualByComparingTo("0.5");
    }

    @Test
    void pointsPerItemStopAtTheCap() {
        var rule = new ScoringRule.PerItem(d("2"), d("5"));
        assertThat(f(rule, "2", null, Direction.HIGHER)).isEqualByComparingTo("0.8");
        assertThat(f(rule, "3", null, Direction.HIGHER)).isEqualByComparingTo("1");
        assertThat(f(rule, "-1", null, Direction.HIGHER)).isEqualByComparingTo("0");
    }

    @Test
    void expertScoresAreAggregatedByMeanTrimmedMeanOrMedian() {
        assertThat(Aggregation.MEAN.apply(scores("60", "70", "95"))).isEqualByComparingTo("75");
        assertThat(Aggregation.TRIMMED_MEAN.apply(scores("60", "70", "95"))).isEqualByComparingTo("70");
        assertThat(Aggregation.TRIMMED_MEAN.apply(scores("95", "60", "70", "80"))).isEqualByComparingTo("75");
        assertThat(Aggregation.TRIMMED_MEAN.apply(scores("60", "80"))).isEqualByComparingTo("70");
        assertThat(Aggregation.MEDIAN.apply(scores("60", "95", "70"))).isEqualByComparingTo("70");
        assertThat(Aggregation.MEDIAN.apply(scores("60", "95", "70", "80"))).isEqualByComparingTo("75");
        assertThat(Aggregation.MEAN.apply(List.of())).isNull();
        var rule = new ScoringRule.ExpertScore(d("10"), Aggregation.MEAN);
        assertThat(f(rule, "7.5", null, Direction.HIGHER)).isEqualByComparingTo("0.75");
        assertThat(f(rule, "12", null, Direction.HIGHER)).isEqualByComparingTo("1");
    }

    @Test
    void referenceOfNoValuesIsEmptyNotAnError() {
        Reference none = Reference.of(List.of());
        assertThat(none.count()).isZero();
        assertThat(none.min()).isNull();
        assertThat(Reference.of(List.of(d("1"), d("2"))).mean()).isEqualByComparingTo("1.5");
    }
}
