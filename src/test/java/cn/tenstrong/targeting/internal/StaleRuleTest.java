package cn.tenstrong.targeting.internal;

import java.time.LocalDate;

import cn.tenstrong.targeting.LeadStage;
import cn.tenstrong.targeting.LeadStaleness;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 滞留: idle days against the stage's limit, and an overdue next step. */
class StaleRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    private final StaleDays limits = StaleDays.defaults();

    private LeadStaleness assess(LeadStage stage, LocalDate step, LocalDate activity, String next, LocalDate due) {
        return StaleRule.assess(stage, step, step, activity, next, due, limits, TODAY);
    }

    @Test
    void aLeadIsStaleOnlyOnceTheStagesLimitIsExceeded() {
        LeadStaleness fourteen = assess(LeadStage.LEAD, TODAY.minusDays(14), null, "", null);
        assertThat(fourteen.stale()).isFalse();
        assertThat(fourteen.idleDays()).isEqualTo(14);
        assertThat(fourteen.limitDays()).isEqualTo(14);

        LeadStaleness fifteen = assess(LeadStage.LEAD, TODAY.minusDays(15), null, "", null);
        assertThat(fifteen.stale()).isTrue();
        assertThat(fifteen.idle()).isTrue();
        assertThat(fifteen.overdue()).isFalse();
        assertThat(fifteen.lastTouched()).isEqualTo(TODAY.minusDays(15));

        // each stage has its own limit: 接洽 30, 考察 30, 洽谈 60
        assertThat(assess(LeadStage.CONTACTED, TODAY.minusDays(30), null, "", null).stale()).isFalse();
        assertThat(assess(LeadStage.CONTACTED, TODAY.minusDays(31), null, "", null).stale()).isTrue();
        assertThat(assess(LeadStage.VISITED, TODAY.minusDays(31), null, "", null).stale()).isTrue();
        assertThat(assess(LeadStage.NEGOTIATING, TODAY.minusDays(45), null, "", null).stale()).isFalse();
        assertThat(assess(LeadStage.NEGOTIATING, TODAY.minusDays(61), null, "", null).limitDays()).isEqualTo(60);
        assertThat(assess(LeadStage.NEGOTIATING, TODAY.minusDays(61), null, "", null).stale()).isTrue();
    }

    @Test
    void aFollowUpNewerThanTheLastStageChangeResetsTheClock() {
        LeadStaleness s = assess(LeadStage.LEAD, TODAY.minusDays(40), TODAY.minusDays(3), "", null);
        assertThat(s.stale()).isFalse();
        assertThat(s.lastTouched()).isEqualTo(TODAY.minusDays(3));
        assertThat(s.idleDays()).isEqualTo(3);
    }

    @Test
    void aPendingNextStepPastItsDateMakesTheLeadStale() {
        LeadStaleness due = assess(LeadStage.CONTACTED, TODAY.minusDays(10), TODAY.minusDays(5), "报送投资协议", TODAY);
        assertThat(due.stale()).as("due today is not yet overdue").isFalse();
        assertThat(due.nextStep()).isEqualTo("报送投资协议");
        assertThat(due.nextStepDue()).isEqualTo(TODAY);

        LeadStaleness overdue = assess(LeadStage.CONTACTED, TODAY.minusDays(10), TODAY.minusDays(5), "报送投资协议",
                TODAY.minusDays(1));
        assertThat(overdue.stale()).isTrue();
        assertThat(overdue.overdue()).isTrue();
        assertThat(overdue.idle()).isFalse();

        // a stage change on the same day as the follow-up keeps its next step pending
        assertThat(assess(LeadStage.CONTACTED, TODAY.minusDays(5), TODAY.minusDays(5), "报送投资协议",
                TODAY.minusDays(1)).overdue()).isTrue();
    }

    @Test
    void aLaterStageChangeSettlesTheNextStep() {
        LeadStaleness s = assess(LeadStage.NEGOTIATING, TODAY.minusDays(2), TODAY.minusDays(5), "报送投资协议",
                TODAY.minusDays(3));
        assertThat(s.stale()).isFalse();
        assertThat(s.nextStep()).isEmpty();
        assertThat(s.nextStepDue()).isNull();
    }

    @Test
    void theRegistrationDoesNotSettleANextStepRecordedForAnEarlierDay() {
        // registered today, a follow-up of last week entered afterwards: its next step is still pending
        LeadStaleness s = StaleRule.assess(LeadStage.LEAD, TODAY, null, TODAY.minusDays(7), "回电", TODAY.minusDays(2),
                limits, TODAY);
        assertThat(s.overdue()).isTrue();
        assertThat(s.lastTouched()).isEqualTo(TODAY);
        assertThat(s.idle()).isFalse();
    }

    @Test
    void signedAndDroppedLeadsAreNeverStale() {
        for (LeadStage closed : new LeadStage[]{LeadStage.SIGNED, LeadStage.DROPPED}) {
            LeadStaleness s = assess(closed, TODAY.minusDays(400), TODAY.minusDays(300), "回访", TODAY.minusDays(200));
            assertThat(s.stale()).as(closed.label()).isFalse();
            assertThat(s.limitDays()).isNull();
            assertThat(s.idleDays()).isEqualTo(300);
        }
    }

    @Test
    void limitsAreSettings() {
        StaleDays strict = new StaleDays(3, 5, 7, 9);
        assertThat(StaleRule.assess(LeadStage.LEAD, TODAY.minusDays(4), null, null, "", null, strict, TODAY).stale()).isTrue();
        assertThat(StaleRule.assess(LeadStage.NEGOTIATING, TODAY.minusDays(9), null, null, "", null, strict, TODAY).stale())
                .isFalse();
        assertThat(strict.limit(LeadStage.VISITED)).isEqualTo(7);
        assertThatThrownBy(() -> new StaleDays(0, 30, 30, 60)).isInstanceOf(IllegalArgumentException.class);
    }
}
