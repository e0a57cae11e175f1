package cn.tenstrong.evaluation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.evaluation.internal.Evaluation.LeafInput;
import cn.tenstrong.evaluation.internal.Evaluation.Status;
import cn.tenstrong.evaluation.internal.Evaluation.SubjectInput;
import cn.tenstrong.evaluation.internal.Evaluation.SubjectScore;
import cn.tenstrong.evaluation.internal.Scheme.Direction;
import cn.tenstrong.evaluation.internal.Scheme.MissingPolicy;
import cn.tenstrong.evaluation.internal.ScoringRule.Band;
import org.junit.jupiter.api.Test;

import static cn.tenstrong.evaluation.internal.Fixtures.d;
import static cn.tenstrong.evaluation.internal.Fixtures.group;
import static cn.tenstrong.evaluation.internal.Fixtures.leaf;
import static cn.tenstrong.evaluation.internal.Fixtures.scheme;
import static cn.tenstrong.evaluation.internal.Fixtures.subject;
import static cn.tenstrong.evaluation.internal.Fixtures.with;
import static cn.tenstrong.evaluation.internal.Fixtures.withAdjustments;
import static cn.tenstrong.evaluation.internal.Fixtures.withFlags;
import static cn.tenstrong.evaluation.internal.Fixtures.withInput;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine on a small scheme worked out by hand: A (60) = A1 min–max (2 parts) + A2 ratio to target 50 (1 part),
 * B (40) = B1 bands (≥80 → 5, 70–80 → 3, 60–70 → 1). So A1 weighs 40, A2 20, B1 40.
 */
class ScoringEngineTest {

    private static ScoringRule.Bands bands() {
        return new ScoringRule.Bands(List.of(new Band(d("80"), true, null, false, d("5")),
                new Band(d("70"), true, d("80"), false, d("3")), new Band(d("60"), true, d("70"), false, d("1"))));
    }

    private static Scheme base(MissingPolicy a2Missing) {
        return scheme(List.of(
                group("A", "60", leaf("A1", "2", new ScoringRule.MinMax()),
                        leaf("A2", "1", new ScoringRule.RatioToTarget(d("50"), d("1")), Direction.HIGHER, a2Missing)),
                group("B", "40", leaf("B1", "5", bands()))));
    }

    private static final List<SubjectInput> THREE = List.of(
            subject("S1", null, "A1=30", "A2=50", "B1=85"),
            subject("S2", null, "A1=10", "A2=25", "B1=75"),
            subject("S3", null, "A1=20", "B1=65"));

    private static SubjectScore of(Evaluation e, String id) {
        return e.subjects().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static BigDecimal weighted(SubjectScore s, String leaf) {
        return s.leaves().stream().filter(l -> l.code().equals(leaf)).findFirst().orElseThrow().weighted();
    }

    @Test
    void weightsFollowTheTreeAndContributionsAddUpToTheTotal() {
        Evaluation e = ScoringEngine.evaluate(base(MissingPolicy.ZERO), THREE, Set.of());
        SubjectScore s1 = of(e, "S1");
        assertThat(s1.leaves()).extracting(Evaluation.LeafScore::weight)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(d("40"), d("20"), d("40"));
        assertThat(s1.total()).isEqualByComparingTo("100");
        // S2: A1 (10−10)/20 = 0 → 0; A2 25/50 → 10; B1 band 3/5 → 24
        SubjectScore s2 = of(e, "S2");
        assertThat(weighted(s2, "A2")).isEqualByComparingTo("10");
        assertThat(weighted(s2, "B1")).isEqualByComparingTo("24");
        assertThat(s2.total()).isEqualByComparingTo("34");
        // S3: A1 0.5 → 20; A2 missing → 0; B1 1/5 → 8
        SubjectScore s3 = of(e, "S3");
        assertThat(s3.total()).isEqualByComparingTo("28");
        assertThat(s3.groups()).containsEntry("A", d("20.00")).containsEntry("B", d("8.00"));
        assertThat(s3.leaves().get(1).missing()).isTrue();
        assertThat(s3.notes()).anyMatch(n -> n.contains("A2") && n.contains("记0分"));
        assertThat(e.subjects()).extracting(SubjectScore::id).containsExactly("S1", "S2", "S3");
        assertThat(e.subjects()).extracting(SubjectScore::rank).containsExactly(1, 2, 3);
        assertThat(e.references().get("A1").min()).isEqualByComparingTo("10");
        assertThat(e.references().get("A1").max()).isEqualByComparingTo("30");
    }

    @Test
    void missingValuesAreFilledByTheLeafsPolicy() {
        // A2 fractions of those with a value: S1 1, S2 0.5
        assertThat(weighted(of(ScoringEngine.evaluate(base(MissingPolicy.COHORT_WORST), THREE, Set.of()), "S3"), "A2"))
                .isEqualByComparingTo("10");
        assertThat(weighted(of(ScoringEngine.evaluate(base(MissingPolicy.COHORT_MEAN), THREE, Set.of()), "S3"), "A2"))
                .isEqualByComparingTo("15");
        SubjectScore disqualified = of(ScoringEngine.evaluate(base(MissingPolicy.DISQUALIFY), THREE, Set.of()), "S3");
        assertThat(disqualified.status()).isEqualTo(Status.BELOW_THRESHOLD);
        assertThat(disqualified.rank()).isNull();
    }

    @Test
    void nobodyHavingAValueOrEveryoneEqualGivesDefinedScores() {
        List<SubjectInput> empty = List.of(subject("X", null), subject("Y", null));
        Evaluation none = ScoringEngine.evaluate(base(MissingPolicy.COHORT_MEAN), empty, Set.of());
        assertThat(none.subjects()).allSatisfy(s -> {
            assertThat(s.total()).isEqualByComparingTo("0");
            assertThat(s.rank()).isEqualTo(1);
        });
        assertThat(none.references().get("A1").count()).isZero();
        List<SubjectInput> same = List.of(subject("X", null, "A1=5", "A2=0", "B1=0"),
                subject("Y", null, "A1=5", "A2=0", "B1=0"));
        Evaluation constant = ScoringEngine.evaluate(base(MissingPolicy.ZERO), same, Set.of());
        assertThat(constant.subjects()).allSatisfy(s -> assertThat(s.total()).isEqualByComparingTo("40"));
        assertThat(ScoringEngine.evaluate(base(MissingPolicy.ZERO), List.of(), Set.of()).subjects()).isEmpty();
    }

    @Test
    void cohortWeightSetsReplaceTheDefaultWeights() {
        Scheme s = with(base(MissingPolicy.ZERO), List.of(), List.of(), List.of(), null, List.of(),
                Map.of("东部", Map.of("A", d("50"), "B", d("50"))));
        Evaluation e = ScoringEngine.evaluate(s, List.of(subject("S1", "东部", "A1=30", "A2=50", "B1=85"),
                subject("S2", "西部", "A1=10", "A2=50", "B1=85")), Set.of());
        SubjectScore east = of(e, "S1");
        // A1 = 100 × 50/100 × 2/3 = 33.33; A2 = 16.67; B1 = 50; the rounded parts still add up to 100.00
        assertThat(weighted(east, "A1")).isEqualByComparingTo("33.33");
        assertThat(weighted(east, "A2")).isEqualByComparingTo("16.67");
        assertThat(weighted(east, "B1")).isEqualByComparingTo("50");
        assertThat(east.total()).isEqualByComparingTo("100.00");
        assertThat(of(e, "S2").total()).isEqualByComparingTo("60");
    }

    @Test
    void aTreeOfAnyDepthSharesWeightLevelByLevel() {
        Scheme s = scheme(List.of(group("G", "1", group("H", "1", group("I", "1",
                leaf("L1", "1", new ScoringRule.PerItem(d("1"), d("1"))),
                leaf("L2", "3", new ScoringRule.PerItem(d("1"), d("1"))))))));
        SubjectScore x = ScoringEngine.evaluate(s, List.of(subject("X", null, "L1=1", "L2=0")), Set.of())
                .subjects().get(0);
        assertThat(x.leaves()).extracting(Evaluation.LeafScore::weight)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(d("25"), d("75"));
        assertThat(x.total()).isEqualByComparingTo("25");
        assertThat(x.groups()).containsEntry("G", d("25.00")).containsEntry("H", d("25.00"))
                .containsEntry("I", d("25.00"));
    }

    @Test
    void expertLeavesUseTheAggregatedScoresAndIncrementLeavesNeedTheBase() {
        Scheme s = scheme(List.of(group("A", "1",
                leaf("E", "1", new ScoringRule.ExpertScore(d("100"), ScoringRule.Aggregation.TRIMMED_MEAN)),
                leaf("G", "1", new ScoringRule.BaseYearIncrement(d("0.1"), d("1"))))));
        SubjectInput x = withInput(withInput(subject("X", null), "E",
                new LeafInput(null, null, Fixtures.scores("60", "70", "95"))), "G",
                new LeafInput(d("105"), d("100"), List.of()));
        SubjectInput y = withInput(subject("Y", null), "G", LeafInput.of(d("200")));
        Evaluation e = ScoringEngine.evaluate(s, List.of(x, y), Set.of());
        SubjectScore sx = of(e, "X");
        assertThat(sx.leaves().get(0).raw()).isEqualByComparingTo("70");
        assertThat(weighted(sx, "E")).isEqualByComparingTo("35");
        assertThat(weighted(sx, "G")).isEqualByComparingTo("25");
        SubjectScore sy = of(e, "Y");
        assertThat(sy.leaves()).allSatisfy(l -> assertThat(l.missing()).isTrue());
        assertThat(sy.total()).isEqualByComparingTo("0");
    }

    @Test
    void adjustmentsAreCappedAndCountInTheTotal() {
        Scheme s = with(base(MissingPolicy.ZERO), List.of(),
                List.of(new Scheme.Adjustment("P", "获国家级荣誉", false, d("2"), d("5")),
                        new Scheme.Adjustment("M", "环保处罚", true, d("3"), d("6"))),
                List.of(), null, List.of(), Map.of());
        SubjectInput s2 = withAdjustments(THREE.get(1), Map.of("P", 3, "M", 1));
        SubjectScore r = of(ScoringEngine.evaluate(s, List.of(THREE.get(0), s2, THREE.get(2)), Set.of()), "S2");
        assertThat(r.adjustments()).extracting(Evaluation.AdjustmentScore::points)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(d("5"), d("-3"));
        assertThat(r.total()).isEqualByComparingTo("36");
    }
}
