package cn.tenstrong.ledger.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.tenstrong.ledger.ProgressStatus;
import cn.tenstrong.ledger.internal.StatusEngine.TargetSpec;
import cn.tenstrong.plan.Qualifier;
import org.junit.jupiter.api.Test;

import static cn.tenstrong.ledger.ProgressStatus.BEHIND;
import static cn.tenstrong.ledger.ProgressStatus.DONE;
import static cn.tenstrong.ledger.ProgressStatus.NOT_REPORTED;
import static cn.tenstrong.ledger.ProgressStatus.ON_TRACK;
import static cn.tenstrong.ledger.ProgressStatus.OVERDUE;
import static cn.tenstrong.ledger.ProgressStatus.SEVERELY_BEHIND;
import static org.assertj.core.api.Assertions.assertThat;

class StatusEngineTest {

    private static final LocalDate START = LocalDate.of(2022, 1, 1);
    private static final LocalDate END = LocalDate.of(2022, 12, 31);
    private static final LocalDate MID_YEAR = LocalDate.of(2022, 7, 2); // half of 2022 has elapsed
    private final StatusEngine engine = new StatusEngine(StatusRules.defaults());

    private static TargetSpec min(String v) {
        return new TargetSpec(Qualifier.MIN, new BigDecimal(v), null, null);
    }

    private ProgressStatus at(TargetSpec t, String reached, LocalDate today) {
        return engine.target(t, START, END, reached == null ? null : new BigDecimal(reached), null, today);
    }

    @Test
    void nothingAcceptedIsNotReportedUntilTheDeadlineThenOverdue() {
        assertThat(at(min("100"), null, MID_YEAR)).isEqualTo(NOT_REPORTED);
        assertThat(at(min("100"), null, END)).isEqualTo(NOT_REPORTED);
        assertThat(at(min("100"), null, END.plusDays(1))).isEqualTo(OVERDUE);
    }

    @Test
    void minTargetsAreMetAtOrAboveTheirValue() {
        assertThat(at(min("100"), "100", MID_YEAR)).isEqualTo(DONE);
        assertThat(at(min("100"), "130", MID_YEAR)).isEqualTo(DONE);
    }

    @Test
    void progressIsComparedWithTheElapsedShareOfTheYear() {
        assertThat(at(min("100"), "46", MID_YEAR)).as("46%% of target at 50%% of time = 0.92").isEqualTo(ON_TRACK);
        assertThat(at(min("100"), "40", MID_YEAR)).as("0.80").isEqualTo(BEHIND);
        assertThat(at(min("100"), "30", MID_YEAR)).as("0.60").isEqualTo(SEVERELY_BEHIND);
        assertThat(at(min("100"), "99", END.plusDays(1))).isEqualTo(OVERDUE);
    }

    @Test
    void aProfileOverridesTheElapsedShare() {
        // the task force expects only 20% by mid-year (e.g. a project that pays out in Q4)
        assertThat(engine.target(min("100"), START, END, new BigDecimal("19"), new BigDecimal("0.2"), MID_YEAR))
                .isEqualTo(ON_TRACK);
        assertThat(engine.target(min("100"), START, END, new BigDecimal("10"), new BigDecimal("0.2"), MID_YEAR))
                .isEqualTo(SEVERELY_BEHIND);
    }

    @Test
    void maxTargetsAreCapsMetOnlyWhenThePeriodEnds() {
        TargetSpec cap = new TargetSpec(Qualifier.MAX, new BigDecimal("5"), null, null);
        assertThat(at(cap, "4", MID_YEAR)).isEqualTo(ON_TRACK);
        assertThat(at(cap, "6", MID_YEAR)).isEqualTo(BEHIND);
        assertThat(at(cap, "4", END)).isEqualTo(DONE);
        assertThat(at(cap, "6", END.plusDays(1))).isEqualTo(OVERDUE);
    }

    @Test
    void approxTargetsAreMetWithinTheTolerance() {
        TargetSpec about = new TargetSpec(Qualifier.APPROX, new BigDecimal("1.4E12"), null, null);
        assertThat(at(about, "1.34E12", MID_YEAR)).as("95.7%%").isEqualTo(DONE);
        assertThat(at(about, "1.32E12", LocalDate.of(2022, 12, 1))).as("94.3%% near year end").isEqualTo(ON_TRACK);
        assertThat(at(about, "1.5E12", MID_YEAR)).isEqualTo(DONE);
    }

    @Test
    void rangesAreMetOnceTheLowerBoundIsReached() {
        TargetSpec range = new TargetSpec(Qualifier.RANGE, null, new BigDecimal("3"), new BigDecimal("5"));
        assertThat(at(range, "4", MID_YEAR)).isEqualTo(DONE);
        assertThat(at(range, "6", MID_YEAR)).isEqualTo(DONE);
        assertThat(at(range, "1", MID_YEAR)).as("1/3 at half time").isEqualTo(SEVERELY_BEHIND);
        assertThat(at(range, "2", END.plusDays(1))).isEqualTo(OVERDUE);
    }

    @Test
    void zeroTargetsDoNotDivideByZero() {
        assertThat(at(min("0"), "0", MID_YEAR)).isEqualTo(DONE);
        TargetSpec none = new TargetSpec(Qualifier.MAX, BigDecimal.ZERO, null, null);
        assertThat(at(none, "0", END)).isEqualTo(DONE);
        assertThat(at(none, "1", MID_YEAR)).isEqualTo(BEHIND);
        assertThat(at(new TargetSpec(Qualifier.EXACT, BigDecimal.ZERO, null, null), "-1", MID_YEAR)).isEqualTo(BEHIND);
    }

    @Test
    void aValueReportedAfterTheDeadlineStillCountsWhenItMeetsTheTarget() {
        assertThat(at(min("100"), "100", END.plusDays(40))).isEqualTo(DONE);
        assertThat(at(min("100"), "90", END.plusDays(40))).isEqualTo(OVERDUE);
    }

    @Test
    void earlyDeadlinesUseTheirOwnPeriod() {
        LocalDate march = LocalDate.of(2022, 3, 31);
        assertThat(engine.target(min("10"), START, march, new BigDecimal("5"), null, LocalDate.of(2022, 2, 14)))
                .as("5/10 at 50%% of Jan–Mar").isEqualTo(ON_TRACK);
        assertThat(engine.target(min("10"), START, march, new BigDecimal("5"), null, LocalDate.of(2022, 4, 1)))
                .isEqualTo(OVERDUE);
    }

    @Test
    void itemsWithoutNumbersUsePercentDone() {
        assertThat(engine.percent(START, END, new BigDecimal("100"), null, MID_YEAR)).isEqualTo(DONE);
        assertThat(engine.percent(START, END, new BigDecimal("50"), null, MID_YEAR)).isEqualTo(ON_TRACK);
        assertThat(engine.percent(START, END, new BigDecimal("20"), null, MID_YEAR)).isEqualTo(SEVERELY_BEHIND);
        assertThat(engine.percent(START, END, null, null, MID_YEAR)).isEqualTo(NOT_REPORTED);
    }

    @Test
    void anItemIsAsBadAsItsWorstTarget() {
        assertThat(StatusEngine.worst(List.of(DONE, ON_TRACK, BEHIND))).isEqualTo(BEHIND);
        assertThat(StatusEngine.worst(List.of(DONE, DONE))).isEqualTo(DONE);
        assertThat(StatusEngine.worst(List.of(DONE, NOT_REPORTED))).isEqualTo(NOT_REPORTED);
        assertThat(StatusEngine.worst(List.of())).isEqualTo(NOT_REPORTED);
    }

    @Test
    void elapsedShareIsClamped() {
        assertThat(StatusEngine.elapsed(START, END, LocalDate.of(2021, 12, 1))).isEqualByComparingTo("0");
        assertThat(StatusEngine.elapsed(START, END, LocalDate.of(2023, 1, 5))).isEqualByComparingTo("1");
    }
}
