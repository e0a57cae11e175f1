package cn.tenstrong.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 整改 as read: the finding it comes from (inspection, plan item, severity, description, the task force's evidence),
 * the owner agency, deadline, 验收标准, status, the owner's progress reports with their evidence and every step of
 * its history. The history is dated by the day each step counts for, so the status on any day can be read back.
 */
public record RectificationView(long id, long findingId, long inspectionId, String inspectionTitle,
                                LocalDate inspectedOn, String industryCode, String industryName, Long itemId,
                                String itemLabel, Severity severity, String description, long ownerOrganizationId,
                                String ownerName, LocalDate deadline, String acceptanceCriteria,
                                RectificationStatus status, LocalDate closedOn, LocalDate recheckOn, int version,
                                List<Evidence> findingEvidence, List<ProgressReport> reports, List<Step> history) {

    /** 佐证材料: an uploaded file or a link. */
    public record Evidence(long id, String kind, String name, String url, String contentType, Long sizeBytes,
                           String uploadedBy, Instant uploadedAt) {
    }

    /** 整改进展: what the owner reported, with its evidence. */
    public record ProgressReport(long id, String organizationName, String text, String reportedBy,
                                 Instant reportedAt, LocalDate reportedOn, List<Evidence> evidence) {
    }

    /** One step: when it happened, the day it counts for, who, the move, the deadline in force after it, why. */
    public record Step(Instant at, LocalDate onDate, String actor, RectificationStatus from, RectificationStatus to,
                       LocalDate deadline, String comment) {
    }

    /** The step in force on a day (the last one dated on or before it), or null when the 整改 did not exist yet. */
    private Step stepOn(LocalDate day) {
        Step current = null;
        for (Step s : history) {
            if (!s.onDate().isAfter(day)) {
                current = s;
            }
        }
        return current;
    }

    /** The status on a day, or null when the 整改 did not exist yet. */
    public RectificationStatus statusOn(LocalDate day) {
        Step s = stepOn(day);
        return s == null ? null : s.to();
    }

    /** The deadline in force on a day (the current one when the 整改 did not exist yet). */
    public LocalDate deadlineOn(LocalDate day) {
        Step s = stepOn(day);
        return s == null ? deadline : s.deadline();
    }

    /** 逾期: on the day, the owner still had to act (整改中 or 已退回) and the deadline in force had passed. */
    public boolean overdueOn(LocalDate day) {
        RectificationStatus s = statusOn(day);
        return s != null && s.awaitsOwner() && deadlineOn(day).isBefore(day);
    }

    /** Days past the deadline on the day (0 when not overdue). */
    public long daysOverdue(LocalDate day) {
        return overdueOn(day) ? java.time.temporal.ChronoUnit.DAYS.between(deadlineOn(day), day) : 0;
    }

    /** 回头看 due: closed and its re-check date has come. */
    public boolean recheckDueOn(LocalDate day) {
        return status == RectificationStatus.CLOSED && recheckOn != null && !recheckOn.isAfter(day);
    }

    /** The latest progress report, or null. */
    public ProgressReport latestReport() {
        return reports.isEmpty() ? null : reports.get(reports.size() - 1);
    }

    /** The reason of the latest return (退回), or null. */
    public String returnReason() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).to() == RectificationStatus.RETURNED) {
                return history.get(i).comment();
            }
        }
        return null;
    }
}
