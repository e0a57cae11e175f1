package cn.tenstrong.project;

import java.time.LocalDate;
import java.util.List;

/**
 * 项目库: every read and change is limited to the current user's data scope (a city bureau its city, a park its
 * park, a task force its industry; administrators, leaders and provincial agencies read all). Changes are
 * validated (Chinese messages), version-checked and audited.
 */
public interface ProjectLibrary {

    List<Project> search(ProjectQuery query);

    /** The project, NOT_FOUND when it does not exist, FORBIDDEN when outside the user's scope. */
    Project require(long id);

    Project create(ProjectDraft draft);

    /**
     * As {@link #create(ProjectDraft)}, recording the 招商活动 the project came out of (a lead of that event was
     * signed); the caller has checked the event.
     */
    Project create(ProjectDraft draft, Long originEventId);

    /** The projects the user may see that came out of a 招商活动. */
    List<Project> fromEvent(long eventId);

    Project update(long id, ProjectDraft draft);

    /** Moves to the next stage only (签约 → 开工 → 在建 → 竣工投产), on a date not before the previous stage's. */
    Project moveStage(long id, int version, ProjectStage to, LocalDate on);

    List<MonthlyReport> reports(long projectId);

    /** Saves one month's report (one per project and month; version 0 creates it). */
    MonthlyReport report(long projectId, MonthlyReportDraft draft);

    /** Flagged pairs of a project, open and decided (dismissed, confirmed). */
    List<PossibleDuplicate> duplicates(long projectId);

    /**
     * 不是重复: dismisses a flagged pair with a reason; detection will not flag the two again. Allowed to a user who
     * may change at least one of the two projects.
     *
     * @param version the pair's version as read (0 before any decision)
     */
    PossibleDuplicate dismissDuplicate(long projectId, long otherId, String reason, int version);

    /**
     * 确认重复: {@code duplicateId} (one of the two) is a duplicate of the other, which is kept. The duplicate is shown
     * as 已合并/重复 and no longer counts in KPIs or bound-target sums. Allowed to a user who may change the duplicate.
     */
    PossibleDuplicate confirmDuplicate(long projectId, long otherId, long duplicateId, String reason, int version);

    /**
     * Undoes a decision: the pair is detected afresh. Undoing a confirmation is for system administrators; a
     * dismissal can be undone by whoever may dismiss it.
     */
    PossibleDuplicate reopenDuplicate(long projectId, long otherId, int version);

    /** Imports a project list (.xlsx, template columns); all or nothing. */
    ProjectImportResult importFile(byte[] xlsx);

    byte[] importTemplate();

    boolean canEdit(Project project);

    /** Whether the current user may create projects at all. */
    boolean canCreate();
}
