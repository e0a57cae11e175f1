package cn.tenstrong.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * 整改落实 → 销号: the owner agency reports progress (text and evidence); the task force verifies and closes (销号,
 * scheduling the 回头看) or returns it with a reason; the 回头看 confirms it or reopens it. Every write is checked
 * against the version read (CONFLICT when someone else changed it) and audited.
 */
public interface Rectifications {

    /**
     * The 整改 the current user may see (an agency its own, a task force its industry's, administrators and leaders
     * all) that existed on the filter's day (found on or before it), optionally of one inspection, with a status on
     * the day or only those overdue on it.
     */
    List<RectificationView> rectifications(Filter filter);

    /** One 整改; NOT_FOUND when there is none, FORBIDDEN when it is outside the user's scope. */
    RectificationView rectification(long id);

    /** The owner agency reports progress (and evidence) for verification. */
    RectificationView report(long id, int version, String text, List<NewEvidence> evidence);

    /** Adds evidence to the owner's latest report while it waits for verification. */
    RectificationView addReportEvidence(long id, NewEvidence evidence);

    /** 销号: the task force accepts the report and schedules the 回头看. */
    RectificationView close(long id, int version, LocalDate recheckOn, String comment);

    /** 退回: the report does not meet the 验收标准; the reason is required. */
    RectificationView sendBack(long id, int version, String reason);

    /** 回头看: passed confirms the closure; otherwise the 整改 reopens with a new deadline and the reason. */
    RectificationView recheck(long id, int version, boolean passed, String comment, LocalDate newDeadline);

    /** An evidence file the user may see (of a 整改 in scope). */
    EvidenceFile evidenceFile(long evidenceId);

    /** A list filter: inspection (null for all), status on the day (null for any), only overdue on the day. */
    record Filter(Long inspectionId, RectificationStatus status, boolean overdueOnly, LocalDate asOf) {

        public static Filter all(LocalDate asOf) {
            return new Filter(null, null, false, asOf);
        }
    }

    /** A stored evidence file. */
    record EvidenceFile(String name, String contentType, byte[] content) {
    }
}
