package cn.tenstrong.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** 进展报告: a lead agency's report on one item in one round, with values, evidence and history. */
public record ReportView(long id, long roundId, long itemId, long organizationId, String organizationName,
                         ReportStatus status, String progressText, BigDecimal percentDone, ProgressStatus selfStatus,
                         String problems, Map<Long, BigDecimal> valuesByTarget, Instant submittedAt, String reviewedBy,
                         Instant reviewedAt, String reviewComment, int version, List<Evidence> evidence,
                         List<HistoryEntry> history) {

    /** 佐证材料: an uploaded file or a link. */
    public record Evidence(long id, String kind, String name, String url, String contentType, Long sizeBytes,
                           String uploadedBy, Instant uploadedAt) {
    }

    /** One step of the report's workflow. */
    public record HistoryEntry(Instant at, String actor, ReportStatus from, ReportStatus to, String comment) {
    }

    public boolean editable() {
        return status == ReportStatus.DRAFT || status == ReportStatus.RETURNED;
    }
}
