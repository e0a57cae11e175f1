package cn.tenstrong.evaluation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.evaluation.internal.Evaluation.Award;
import cn.tenstrong.evaluation.internal.Evaluation.SubjectInput;
import cn.tenstrong.evaluation.internal.Evaluation.SubjectScore;
import org.junit.jupiter.api.Test;

import static cn.tenstrong.evaluation.internal.Fixtures.d;
import static cn.tenstrong.evaluation.internal.Fixtures.group;
import static cn.tenstrong.evaluation.internal.Fixtures.leaf;
import static cn.tenstrong.evaluation.internal.Fixtures.scheme;
import static cn.tenstrong.evaluation.internal.Fixtures.subject;
import static cn.tenstrong.evaluation.internal.Fixtures.with;
import static cn.tenstrong.evaluation.internal.Fixtures.withFlags;
import static org.assertj.core.api.Assertions.assertThat;

/** Ranks, the tie rule, tiers and awards; A1 and B1 are worth 50 each, scored as a share of 100. */
class RankingTest {

    private static final Scheme PLAIN = scheme(List.of(
            group("A", "50", leaf("A1", "1", new ScoringRule.RatioToTarget(d("100"), d("1")))),
            group("B", "50", leaf("B1", "1", new ScoringRule.RatioToTarget(d("100"), d("1"))))));

    private static Scheme.AwardRule award(Integer topN, boolean perCohort, String budget, boolean notTwice) {
        return new Scheme.AwardRule(topN, perCohort, null, d("0"), d("500"), budget == null ? null : d(budget),
                notTwice, List.of(), "对综合指标排名前5位的给予最高500万元奖补");
    }

    private static Evaluation run(Scheme.AwardRule award, List<String> tieBreak, Set<String> awarded,
                                  SubjectInput... subjects) {
        Scheme s = with(PLAIN, List.of(new Gate.Veto("否决", "否决")), List.of(),
                List.of(new Scheme.Tier("领军型", d("85")), new Scheme.Tier("成长型", d("70")),
                        new Scheme.Tier("潜力型", d("0"))), award, tieBreak, Map.of());
        return ScoringEngine.evaluate(s, List.of(subjects), awarded);
    }

    private static SubjectScore of(Evaluation e, String id) {
        return e.subjects().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void equalTotalsShareARankAndTheNextRankSkips() {
        Evaluation e = run(null, List.of(), Set.of(), subject("丙", null, "A1=80", "B1=20"),
                subject("甲", null, "A1=20", "B1=80"), subject("乙", null, "A1=10", "B1=10"),
                subject("丁", null, "A1=100", "B1=100"));
        assertThat(e.subjects()).extracting(SubjectScore::id).containsExactly("丁", "丙", "甲", "乙");
        assertThat(e.subjects()).extracting(SubjectScore::rank).containsExactly(1, 2, 2, 4);
        assertThat(e.subjects()).extracting(SubjectScore::tier).containsExactly("领军型", "潜力型", "潜力型", "潜力型");
    }

    @Test
    void tieBreakGroupsDecideBeforeSharing() {
        Evaluation e = run(null, List.of("B"), Set.of(), subject("X", null, "A1=80", "B1=20"),
                subject("Y", null, "A1=20", "B1=80"));
        assertThat(of(e, "Y").rank()).isEqualTo(1);
        assertThat(of(e, "X").rank()).isEqualTo(2);
    }

    @Test
    void topNAreAwardedUpToTheCeilingAndTiesAtTheCutAllGetIt() {
        Evaluation e = run(award(2, false, null, false), List.of(), Set.of(),
                subject("A", null, "A1=90", "B1=90"), subject("B", null, "A1=80", "B1=80"),
                subject("C", null, "A1=70", "B1=90"), subject("D", null, "A1=10", "B1=10"));
        assertThat(of(e, "A").award()).isEqualTo(new Award(d("0"), d("500")));
        assertThat(of(e, "B").award()).isNotNull();
        assertThat(of(e, "C").award()).as("tied with B at the last place").isNotNull();
        assertThat(of(e, "D").award()).isNull();
    }

    @Test
    void aSubjectAwardedThisYearIsSkippedAndThePlacePassesOn() {
        Evaluation e = run(award(1, false, null, true), List.of(), Set.of("A"),
                subject("A", null, "A1=90", "B1=90"), subject("B", null, "A1=80", "B1=80"));
        assertThat(of(e, "A").award()).isNull();
        assertThat(of(e, "A").notes()).contains("本年度已获同类奖励，不重复奖励");
        assertThat(of(e, "B").award()).isNotNull();
    }

    @Test
    void vetoedSubjectsAreNeverAwardedAndTheBudgetStopsAwards() {
        Evaluation e = run(award(5, false, "1000", false), List.of(), Set.of(),
                withFlags(subject("V", null, "A1=100", "B1=100"), "否决"),
                subject("A", null, "A1=90", "B1=90"), subject("B", null, "A1=80", "B1=80"),
                subject("C", null, "A1=70", "B1=70"));
        assertThat(of(e, "V").award()).isNull();
        assertThat(of(e, "A").award()).isNotNull();
        assertThat(of(e, "B").award()).isNotNull();
        assertThat(of(e, "C").award()).as("500 + 500 used the budget of 1000").isNull();
        assertThat(of(e, "C").notes()).contains("奖励总额已达上限，未获奖励");
    }

    @Test
    void perCohortAwardsAndRanks() {
        Evaluation e = run(award(1, true, null, false), List.of(), Set.of(),
                subject("东1", "东部", "A1=90", "B1=90"), subject("东2", "东部", "A1=80", "B1=80"),
                subject("西1", "西部", "A1=30", "B1=30"));
        assertThat(of(e, "西1").rank()).isEqualTo(3);
        assertThat(of(e, "西1").cohortRank()).isEqualTo(1);
        assertThat(of(e, "西1").award()).isNotNull();
        assertThat(of(e, "东1").award()).isNotNull();
        assertThat(of(e, "东2").award()).isNull();
        assertThat(of(e, "东2").cohortRank()).isEqualTo(2);
    }

    @Test
    void aMinimumTotalForAwards() {
        Scheme.AwardRule rule = new Scheme.AwardRule(null, false, d("95"), d("0"), d("200"), null, false,
                List.of(), "择优给予每个最高200万元奖补");
        Evaluation e = run(rule, List.of(), Set.of(), subject("A", null, "A1=100", "B1=100"),
                subject("B", null, "A1=100", "B1=80"));
        assertThat(of(e, "A").award().ceiling()).isEqualByComparingTo(BigDecimal.valueOf(200));
        assertThat(of(e, "B").award()).isNull();
    }

    @Test
    void aSubjectWithAnExcludedFlagKeepsItsRankButTheAwardPassesOn() {
        Scheme.AwardRule rule = new Scheme.AwardRule(2, false, null, d("0"), d("500"), null, false,
                List.of("已获同类奖励"), "对综合指标排名前5位的给予最高500万元奖补");
        Evaluation e = run(rule, List.of(), Set.of(), withFlags(subject("A", null, "A1=90", "B1=90"), "已获同类奖励"),
                withFlags(subject("B", null, "A1=80", "B1=80"), "其他事项"), subject("C", null, "A1=70", "B1=70"),
                subject("D", null, "A1=60", "B1=60"));
        assertThat(of(e, "A").rank()).isEqualTo(1);
        assertThat(of(e, "A").award()).isNull();
        assertThat(of(e, "A").notes()).contains("存在排除事项“已获同类奖励”，不予奖励");
        assertThat(of(e, "B").award()).as("a flag the rule does not name excludes nothing").isNotNull();
        assertThat(of(e, "C").award()).as("A's place passes on").isNotNull();
        assertThat(of(e, "D").award()).isNull();
    }
}
