package cn.tenstrong.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** 调度: opening and closing progress rounds, and writing and reviewing the reports in them. */
public interface ProgressRounds {

    RoundView open(String industryCode, String periodKind, String periodLabel, LocalDate periodStart,
                   LocalDate periodEnd, LocalDate dueDate);

    RoundView close(long roundId, int version);

    List<RoundView> rounds();

    Optional<RoundView> round(long roundId);

    List<ReportView> reports(long roundId);

    Optional<ReportView> report(long reportId);

    Optional<ReportView> report(long roundId, long itemId, long organizationId);

    /** Saves the current user's organisation's report as a draft (creating it on first save). */
    ReportView save(ReportDraft draft);

    ReportView submit(long reportId, int version);

    ReportView accept(long reportId, int version);

    ReportView sendBack(long reportId, int version, String comment);

    ReportView addLink(long reportId, String name, String url);

    ReportView addFile(long reportId, String name, String contentType, byte[] content);

    byte[] evidenceContent(long evidenceId);

    /** A supporting agency's note on an item in a round. */
    void addSupportNote(long roundId, long itemId, String note);
}
