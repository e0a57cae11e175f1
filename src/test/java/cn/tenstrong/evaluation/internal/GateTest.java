package cn.tenstrong.evaluation.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.evaluation.internal.Evaluation.Status;
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

/** Thresholds, vetoes, group floors and either/or qualification on a scheme of two ratio leaves (A 60, B 40). */
class GateTest {

    private static final Scheme PLAIN = scheme(List.of(
            group("A", "60", leaf("A1", "1", new ScoringRule.RatioToTarget(d("100"), d("1")))),
            group("B", "40", leaf("B1", "1", new ScoringRule.RatioToTarget(d("100"), d("1"))))));

    private static Evaluation run(List<Gate> gates, SubjectInput... subjects) {
        return ScoringEngine.evaluate(with(PLAIN, gates, List.of(), List.of(), null, List.of(), Map.of()),
                List.of(subjects), Set.of());
    }

    private static SubjectScore of(Evaluation e, String id) {
        return e.subjects().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aThresholdKeepsTheScoreButTakesTheSubjectOutOfTheRanking() {
        Evaluation e = run(List.of(new Gate.Threshold("A1", Gate.Op.GE, d("50"), "A1不低于50")),
                subject("X", null, "A1=40", "B1=100"), subject("Y", null, "A1=60", "B1=0"),
                subject("Z", null, "B1=100"));
        assertThat(of(e, "X").status()).isEqualTo(Status.BELOW_THRESHOLD);
        assertThat(of(e, "X").total()).isEqualByComparingTo("64");
        assertThat(of(e, "X").rank()).isNull();
        assertThat(of(e, "X").notes()).contains("未达门槛：A1不低于50");
        assertThat(of(e, "Z").status()).as("a missing value fails a threshold").isEqualTo(Status.BELOW_THRESHOLD);
        assertThat(of(e, "Y").rank()).isEqualTo(1);
        assertThat(e.subjects().get(0).id()).as("ranked subjects come first").isEqualTo("Y");
        assertThat(Gate.Op.GT.test(d("50"), d("50"))).isFalse();
        assertThat(Gate.Op.LE.test(d("50"), d("50"))).isTrue();
        assertThat(Gate.Op.LT.test(d("49"), d("50"))).isTrue();
    }

    @Test
    void aVetoOverridesEverything() {
        Evaluation e = run(List.of(new Gate.Veto("重大安全事故", "发生重大安全生产事故")),
                withFlags(subject("X", null, "A1=100", "B1=100"), "重大安全事故"), subject("Y", null, "A1=10"));
        assertThat(of(e, "X").status()).isEqualTo(Status.VETOED);
        assertThat(of(e, "X").rank()).isNull();
        assertThat(of(e, "X").tier()).isNull();
        assertThat(of(e, "Y").rank()).isEqualTo(1);
    }

    @Test
    void aGroupFloorRequiresAShareOfTheGroupsWeight() {
        // floor: half of A's 60 = 30
        Evaluation e = run(List.of(new Gate.GroupFloor("A", d("0.5"), "对外开放得分不低于一半")),
                subject("X", null, "A1=49", "B1=100"), subject("Y", null, "A1=50"));
        assertThat(of(e, "X").status()).isEqualTo(Status.BELOW_THRESHOLD);
        assertThat(of(e, "Y").status()).isEqualTo(Status.ELIGIBLE);
    }

    @Test
    void qualificationPassesByScoreOrByADirectPath() {
        Evaluation e = run(List.of(new Gate.Qualification(d("60"), List.of("单项冠军"))),
                subject("X", null, "A1=100"), subject("Y", null, "A1=50"),
                withFlags(subject("Z", null, "A1=10"), "单项冠军"));
        assertThat(of(e, "X").qualified()).isTrue();
        assertThat(of(e, "X").qualifiedBy()).isEqualTo("总分不低于60分");
        assertThat(of(e, "Y").qualified()).isFalse();
        assertThat(of(e, "Z").qualified()).isTrue();
        assertThat(of(e, "Z").qualifiedBy()).isEqualTo("直通条件：单项冠军");
        assertThat(run(List.of(), subject("X", null)).subjects().get(0).qualified()).isNull();
    }
}
