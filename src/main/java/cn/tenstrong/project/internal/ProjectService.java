package cn.tenstrong.project.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSegment;
import cn.tenstrong.enterprise.SegmentProjects;
import cn.tenstrong.project.MonthlyReport;
import cn.tenstrong.project.MonthlyReportDraft;
import cn.tenstrong.project.PossibleDuplicate;
import cn.tenstrong.project.Project;
import cn.tenstrong.project.ProjectDraft;
import cn.tenstrong.project.ProjectImportResult;
import cn.tenstrong.project.ProjectLibrary;
import cn.tenstrong.project.ProjectQuery;
import cn.tenstrong.project.ProjectStage;
import cn.tenstrong.project.persistence.ProjectRows;
import cn.tenstrong.project.persistence.ProjectRows.Row;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project library (项目库) facade: scoped reads here; changes, monthly reports, duplicates and the import each in a
 * class of their own.
 */
@Service
@Transactional(readOnly = true)
class ProjectService implements ProjectLibrary, SegmentProjects {

    private final ProjectRows rows;
    private final CurrentUsers users;
    private final ChainDirectory chains;
    private final ProjectLookup lookup;
    private final ProjectViews views;
    private final ProjectChanges changes;
    private final MonthlyReports reports;
    private final DuplicateResolution duplicates;
    private final ProjectImport imports;

    ProjectService(ProjectRows rows, CurrentUsers users, ChainDirectory chains, ProjectLookup lookup,
                   ProjectViews views, ProjectChanges changes, MonthlyReports reports, DuplicateResolution duplicates,
                   ProjectImport imports) {
        this.rows = rows;
        this.users = users;
        this.chains = chains;
        this.lookup = lookup;
        this.views = views;
        this.changes = changes;
        this.reports = reports;
        this.duplicates = duplicates;
        this.imports = imports;
    }

    // ---------------------------------------------------------------- reads

    @Override
    public List<Project> search(ProjectQuery q) {
        CurrentUser me = users.require();
        ProjectRows.Filter filter = new ProjectRows.Filter(q.text(), q.industryCode(), q.cityCode(),
                q.category() == null ? null : q.category().name(), q.stage() == null ? null : q.stage().name(),
                Boolean.TRUE.equals(q.duplicatesOnly()));
        return rows.visible(ProjectAccess.visibility(me), filter).stream().map(views::view).toList();
    }

    @Override
    public List<Project> fromEvent(long eventId) {
        return visibleRows().stream().filter(r -> Long.valueOf(eventId).equals(r.originEventId())).map(views::view)
                .toList();
    }

    /** Visible rows (for KPIs). */
    List<Row> visibleRows() {
        return rows.visible(ProjectAccess.visibility(users.require()), ProjectRows.Filter.NONE);
    }

    @Override
    public Project require(long id) {
        return views.view(lookup.readable(id));
    }

    @Override
    public boolean canEdit(Project project) {
        return users.current().map(me -> rows.find(project.id()).map(p -> ProjectAccess.canWrite(me, p)).orElse(false))
                .orElse(false);
    }

    @Override
    public boolean canCreate() {
        return users.current().map(me -> me.can("project:project:write")).orElse(false);
    }

    @Override
    public List<ProjectLine> projects(String chainCode, String segmentCode) {
        Optional<CurrentUser> me = users.current();
        List<String> codes = chains.chain(chainCode).flatMap(c -> c.segment(segmentCode))
                .map(s -> s.selfAndDescendants().map(ChainSegment::code).toList()).orElse(List.of());
        return rows.inSegments(chainCode, codes, ProjectAccess.visibility(me.orElse(null))).stream()
                .map(p -> new ProjectLine(p.ref(), p.name(), ProjectStage.valueOf(p.stage()).label(),
                        p.totalInvestment().movePointLeft(8).setScale(2, java.math.RoundingMode.HALF_UP)
                                .stripTrailingZeros().toPlainString() + "亿元"))
                .toList();
    }

    @Override
    public Set<String> readableRefs(Collection<String> refs) {
        return Set.copyOf(rows.visibleRefs(ProjectAccess.visibility(users.current().orElse(null)), refs));
    }

    // ---------------------------------------------------------------- the other jobs

    @Override
    @Transactional
    public Project create(ProjectDraft draft) {
        return changes.create(draft);
    }

    @Override
    @Transactional
    public Project create(ProjectDraft draft, Long originEventId) {
        return changes.create(draft, originEventId);
    }

    @Override
    @Transactional
    public Project update(long id, ProjectDraft draft) {
        return changes.update(id, draft);
    }

    @Override
    @Transactional
    public Project moveStage(long id, int version, ProjectStage to, LocalDate on) {
        return changes.moveStage(id, version, to, on);
    }

    @Override
    public List<MonthlyReport> reports(long projectId) {
        return reports.reports(projectId);
    }

    @Override
    @Transactional
    public MonthlyReport report(long projectId, MonthlyReportDraft draft) {
        return reports.report(projectId, draft);
    }

    @Override
    public List<PossibleDuplicate> duplicates(long projectId) {
        return duplicates.duplicates(projectId);
    }

    @Override
    @Transactional
    public PossibleDuplicate dismissDuplicate(long projectId, long otherId, String reason, int version) {
        return duplicates.dismissDuplicate(projectId, otherId, reason, version);
    }

    @Override
    @Transactional
    public PossibleDuplicate confirmDuplicate(long projectId, long otherId, long duplicateId, String reason,
                                              int version) {
        return duplicates.confirmDuplicate(projectId, otherId, duplicateId, reason, version);
    }

    @Override
    @Transactional
    public PossibleDuplicate reopenDuplicate(long projectId, long otherId, int version) {
        return duplicates.reopenDuplicate(projectId, otherId, version);
    }

    @Override
    @Transactional
    public ProjectImportResult importFile(byte[] xlsx) {
        return imports.importFile(xlsx);
    }

    @Override
    public byte[] importTemplate() {
        return imports.importTemplate();
    }
}
