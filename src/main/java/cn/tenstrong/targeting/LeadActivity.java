package cn.tenstrong.targeting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 跟进记录: one follow-up of a lead.
 *
 * @param on          跟进日期
 * @param nextStep    下一步工作, empty when none
 * @param nextStepDue 下一步计划日期, null when there is no next step
 * @param by          the account that recorded it
 */
public record LeadActivity(long id, long leadId, ActivityKind kind, LocalDate on, String content, String nextStep,
                           LocalDate nextStepDue, String by, Instant at) {

    public boolean hasNextStep() {
        return nextStep != null && !nextStep.isBlank();
    }
}
