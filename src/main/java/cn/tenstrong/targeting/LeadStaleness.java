package cn.tenstrong.targeting;

import java.time.LocalDate;

/**
 * 滞留: whether a lead has waited too long. A lead in an open stage is stale when its last activity or stage change
 * is older than the stage's limit (platform.targeting.stale-days), or when the next step of its latest activity is
 * past its due date. Signed and dropped leads are never stale.
 *
 * @param lastTouched the last activity or stage change
 * @param idleDays    days from {@code lastTouched} to the day of the assessment
 * @param limitDays   the stage's limit, null for a closed stage
 * @param idle        idleDays exceeds limitDays
 * @param nextStep    the pending next step (of the latest activity), empty when none
 * @param nextStepDue its due date, null when none
 * @param overdue     the pending next step's due date has passed
 */
public record LeadStaleness(LocalDate lastTouched, long idleDays, Integer limitDays, boolean idle, String nextStep,
                            LocalDate nextStepDue, boolean overdue) {

    /** Not stale (a closed lead, or one without dates). */
    public static LeadStaleness none(LocalDate lastTouched, long idleDays) {
        return new LeadStaleness(lastTouched, idleDays, null, false, "", null, false);
    }

    public boolean stale() {
        return idle || overdue;
    }
}
