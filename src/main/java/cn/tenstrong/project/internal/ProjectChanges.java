package cn.tenstrong.project.internal;

import java.time.Clock;
import java.time.LocalDate;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.project.Project;
import cn.tenstrong.project.ProjectDraft;
import cn.tenstrong.project.ProjectStage;
import cn.tenstrong.project.ProjectStageChanged;
import cn.tenstrong.project.persistence.ProjectRows;
import cn.tenstrong.project.persistence.ProjectRows.Row;
import cn.tenstrong.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 项目登记与变更: create, edit and move a project to its next stage — validated, version-checked, audited. */
@Component
@Transactional(readOnly = true)
class ProjectChanges {

    private final ProjectRows rows;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProjectLookup lookup;
    private final ProjectRules rules;
    private final ProjectViews views;
    private final DuplicateResolution duplicates;
    private final AfterProjectChange afterChange;

    ProjectChanges(ProjectRows rows, CurrentUsers users, AuditTrail audit, ApplicationEventPublisher events,
                   Clock clock, ProjectLookup lookup, ProjectRules rules, ProjectViews views,
                   DuplicateResolution duplicates, AfterProjectChange afterChange) {
        this.rows = rows;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.lookup = lookup;
        this.rules = rules;
        this.views = views;
        this.duplicates = duplicates;
        this.afterChange = afterChange;
    }

    @Transactional
    public Project create(ProjectDraft draft) {
        return create(draft, null);
    }

    @Transactional
    public Project create(ProjectDraft draft, Long originEventId) {
        CurrentUser me = users.require();
        if (!me.can("project:project:write")) {
            throw DomainException.forbidden("无权新增项目");
        }
        Row r = withOrigin(rules.validate(draft, me, null), originEventId);
        long id = insert(r, me, true);
        return views.view(rows.find(id).orElseThrow());
    }

    long insert(Row r, CurrentUser me, boolean notify) {
        long id = rows.insert(createdBy(r, me.username())); // the database numbers it (trigger project_ref)
        Row after = rows.find(id).orElseThrow();
        duplicates.flag(after);
        audit.record("CREATE", "project.project", Long.toString(id), null, after);
        afterChange.changed(after, notify);
        return id;
    }

    @Transactional
    public Project update(long id, ProjectDraft draft) {
        CurrentUser me = users.require();
        Row before = lookup.writable(id);
        Row r = rules.validate(draft, me, before);
        if (!rows.update(r, draft.version())) {
            throw DomainException.conflict("项目已被他人修改，请刷新后重试");
        }
        Row after = rows.find(id).orElseThrow();
        if (!ProjectAccess.canWrite(me, after)) {
            throw DomainException.forbidden("不能把项目改到本单位管辖范围以外");
        }
        duplicates.flag(after);
        audit.record("UPDATE", "project.project", Long.toString(id), before, after);
        afterChange.changed(after);
        return views.view(after);
    }

    @Transactional
    public Project moveStage(long id, int version, ProjectStage to, LocalDate on) {
        Row before = lookup.writable(id);
        ProjectStage from = ProjectStage.valueOf(before.stage());
        if (to == null || from.next().filter(to::equals).isEmpty()) {
            throw DomainException.invalid("项目阶段须按 签约 → 开工 → 在建 → 竣工投产 依次推进：当前为"
                    + from.label() + (from.next().map(n -> "，下一阶段为" + n.label()).orElse("，已是最后阶段")));
        }
        if (on == null) {
            throw DomainException.invalid("请填写" + to.label() + "日期");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw DomainException.invalid(to.label() + "日期不能晚于今天");
        }
        LocalDate previous = lastDate(before);
        if (previous != null && on.isBefore(previous)) {
            throw DomainException.invalid(to.label() + "日期不能早于上一阶段的日期（" + previous + "）");
        }
        String column = switch (to) {
            case STARTED -> "started_on";
            case BUILDING -> "building_on";
            case COMPLETED -> "completed_on";
            case SIGNED -> throw new IllegalStateException();
        };
        if (!rows.moveStage(id, version, to.name(), column, on)) {
            throw DomainException.conflict("项目已被他人修改，请刷新后重试");
        }
        Row after = rows.find(id).orElseThrow();
        audit.record("STAGE", "project.project", Long.toString(id), before, after);
        events.publishEvent(new ProjectStageChanged(id, after.ref(), from, to, on));
        afterChange.changed(after);
        return views.view(after);
    }

    private static LocalDate lastDate(Row r) {
        LocalDate last = null;
        for (LocalDate d : new LocalDate[] {r.signedOn(), r.startedOn(), r.buildingOn(), r.completedOn()}) {
            if (d != null) {
                last = d;
            }
        }
        return last;
    }

    private static Row withOrigin(Row r, Long eventId) {
        return new Row(r.id(), r.ref(), r.name(), r.nameNorm(), r.enterpriseId(), r.enterpriseName(), r.enterpriseNorm(),
                r.industryCode(), r.chainCode(), r.segmentCode(), r.cityCode(), r.countyCode(), r.parkId(),
                r.categories(), r.totalInvestment(), r.yearPlannedInvestment(), r.planYear(), r.plannedStart(),
                r.stage(), r.signedOn(), r.startedOn(), r.buildingOn(), r.completedOn(), r.description(), r.createdBy(),
                r.updatedAt(), r.version(), r.cumulative(), r.latestPeriod(), r.duplicate(), r.duplicateOf(), eventId);
    }

    private static Row createdBy(Row r, String by) {
        return new Row(r.id(), null, r.name(), r.nameNorm(), r.enterpriseId(), r.enterpriseName(), r.enterpriseNorm(),
                r.industryCode(), r.chainCode(), r.segmentCode(), r.cityCode(), r.countyCode(), r.parkId(),
                r.categories(), r.totalInvestment(), r.yearPlannedInvestment(), r.planYear(), r.plannedStart(),
                r.stage(), r.signedOn(), r.startedOn(), r.buildingOn(), r.completedOn(), r.description(), by, null, 0,
                null, null, false, null, r.originEventId());
    }

}
