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

    Project update(long id, ProjectDraft draft);

    /** Moves to the next stage only (签约 → 开工 → 在建 → 竣工投产), on a date not before the previous stage's. */
    Project moveStage(long id, int version, ProjectStage to, LocalDate on);

    List<MonthlyReport> reports(long projectId);

    /** Saves one month's report (one per project and month; version 0 creates it). */
    MonthlyReport report(long projectId, MonthlyReportDraft draft);

    List<PossibleDuplicate> duplicates(long projectId);

    /** Imports a project list (.xlsx, template columns); all or nothing. */
    ProjectImportResult importFile(byte[] xlsx);

    byte[] importTemplate();

    boolean canEdit(Project project);

    /** Whether the current user may create projects at all. */
    boolean canCreate();
}
