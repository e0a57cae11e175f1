package cn.tenstrong.targeting;

import java.time.LocalDate;

/**
 * A follow-up to record (跟进记录).
 *
 * @param on          跟进日期, not in the future; null for today
 * @param nextStep    下一步, may be blank
 * @param nextStepDue 下一步日期, required with a next step, not before {@code on}
 */
public record ActivityDraft(ActivityKind kind, LocalDate on, String content, String nextStep, LocalDate nextStepDue) {
}
