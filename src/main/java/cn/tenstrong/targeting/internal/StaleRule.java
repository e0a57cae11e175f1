package cn.tenstrong.targeting.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import cn.tenstrong.targeting.LeadStage;
import cn.tenstrong.targeting.LeadStaleness;

/**
 * 滞留判定 (pure): a lead in an open stage is stale when the days since its last follow-up or stage change exceed the
 * stage's limit, or when the next step of its latest follow-up is past its due date and no stage change (other than
 * the registration) was dated after that follow-up.
 */
final class StaleRule {

    private StaleRule() {
    }

    /**
     * @param lastStepOn     the latest stage change (registration included), may be null
     * @param lastMoveOn     the latest stage change after the registration, may be null
     * @param lastActivityOn the latest follow-up, may be null
     * @param nextStep       the latest follow-up's next step, may be empty
     * @param nextStepDue    its due date, may be null
     * @param today          the day of the assessment
     */
    static LeadStaleness assess(LeadStage stage, LocalDate lastStepOn, LocalDate lastMoveOn, LocalDate lastActivityOn,
                                String nextStep, LocalDate nextStepDue, StaleDays limits, LocalDate today) {
        LocalDate last = latest(lastStepOn, lastActivityOn);
        long idleDays = last == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(last, today));
        Integer limit = limits.limit(stage);
        if (limit == null || last == null) {
            return LeadStaleness.none(last, idleDays);
        }
        boolean pending = lastActivityOn != null && nextStep != null && !nextStep.isBlank() && nextStepDue != null
                && (lastMoveOn == null || !lastMoveOn.isAfter(lastActivityOn));
        boolean overdue = pending && nextStepDue.isBefore(today);
        return new LeadStaleness(last, idleDays, limit, idleDays > limit, pending ? nextStep.strip() : "",
                pending ? nextStepDue : null, overdue);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
