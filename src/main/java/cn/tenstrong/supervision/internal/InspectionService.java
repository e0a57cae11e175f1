package cn.tenstrong.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.ledger.ProgressRounds;
import cn.tenstrong.ledger.RoundView;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.plan.PlanCatalog;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.plan.PlanSummary;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.Present;
import cn.tenstrong.supervision.InspectionScope;
import cn.tenstrong.supervision.InspectionView;
import cn.tenstrong.supervision.Inspections;
import cn.tenstrong.supervision.NewEvidence;
import cn.tenstrong.supervision.NewFinding;
import cn.tenstrong.supervision.NewInspection;
import cn.tenstrong.supervision.RectificationStatus;
import cn.tenstrong.supervision.RectificationView;
import cn.tenstrong.supervision.persistence.SupervisionRows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 督导: opening inspections and recording findings, each of which opens its 整改 task. */
@Service
class InspectionService implements Inspections {

    private final SupervisionRows rows;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final OrgDirectory orgs;
    private final PlanCatalog plans;
    private final ProgressRounds rounds;
    private final Present present;

    InspectionService(SupervisionRows rows, CurrentUsers users, AuditTrail audit,
                      OrgDirectory orgs, PlanCatalog plans, ProgressRounds rounds, Present present) {
        this.rows = rows;
        this.users = users;
        this.audit = audit;
        this.orgs = orgs;
        this.plans = plans;
        this.rounds = rounds;
        this.present = present;
    }

    @Override
    @Transactional
    public InspectionView open(NewInspection in) {
        CurrentUser me = users.require();
        if (!me.can("supervision:inspection:write")) {
            throw DomainException.forbidden("您没有组织督导的权限");
        }
        if (in == null || in.scope() == null) {
            throw DomainException.invalid("scope", "请选择督导对象（调度轮次、产业或责任单位）");
        }
        String industry = in.industryCode() == null || in.industryCode().isBlank() ? null : in.industryCode().trim();
        Long roundId = null;
        Long orgId = null;
        switch (in.scope()) {
            case ROUND -> {
                if (in.roundId() == null) {
                    throw DomainException.invalid("roundId", "请选择督导的调度轮次");
                }
                RoundView round = rounds.round(in.roundId())
                        .orElseThrow(() -> DomainException.invalid("roundId", "调度轮次不存在: " + in.roundId()));
                if (round.industryCode() != null) {
                    if (industry != null && !industry.equals(round.industryCode())) {
                        throw DomainException.invalid("industryCode", "督导的产业须与调度轮次的产业一致");
                    }
                    industry = round.industryCode();
                }
                roundId = round.id();
            }
            case AGENCY -> {
                if (in.organizationId() == null) {
                    throw DomainException.invalid("organizationId", "请选择督导的责任单位");
                }
                orgId = orgs.organization(in.organizationId())
                        .orElseThrow(() -> DomainException.invalid("organizationId", "责任单位不存在: " + in.organizationId()))
                        .id();
            }
            case INDUSTRY -> {
            }
        }
        if (industry == null) {
            industry = me.industryCode();
        }
        if (industry == null || orgs.industry(industry).isEmpty()) {
            throw DomainException.invalid("industryCode", "请选择督导所属的产业");
        }
        SupervisionScope.requireManage(me, industry);
        String title = SupervisionScope.required(in.title(), 200, "督导名称", "title");
        if (in.inspectedOn() == null) {
            throw DomainException.invalid("inspectedOn", "请填写督导日期");
        }
        if (in.inspectedOn().isAfter(present.today())) {
            throw DomainException.invalid("inspectedOn", "督导日期不能晚于今天（" + present.today() + "）");
        }
        String basis = SupervisionScope.limit(in.basis(), 2000, "督导依据", "basis");
        long id = rows.insertInspection(in.scope(), industry, roundId, orgId, title, in.inspectedOn(), basis,
                me.username());
        InspectionView created = rows.inspection(id).orElseThrow();
        audit.record("CREATE", "supervision.inspection", Long.toString(id), null, created);
        return created;
    }

    @Override
    @Transactional(readOnly = true)
    public List<InspectionView> inspections() {
        CurrentUser me = users.require();
        SupervisionRows.Where where = SupervisionScope.where(me);
        if (where.ownerOrganizationId() != null) {
            Set<Long> mine = rows.rectifications(where).stream().map(RectificationView::inspectionId)
                    .collect(Collectors.toSet());
            return rows.inspections().stream().filter(i -> mine.contains(i.id())).toList();
        }
        return rows.inspections().stream().filter(i -> where.industryPrefix() == null
                || i.industryCode().startsWith(where.industryPrefix())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public InspectionView inspection(long id) {
        CurrentUser me = users.require();
        SupervisionScope.requireRead(me);
        InspectionView inspection = rows.inspection(id).orElseThrow(() -> DomainException.notFound("督导不存在: " + id));
        List<RectificationView> owned = rows.rectifications(new SupervisionRows.Where(null, id, me.organizationId(), null));
        if (!SupervisionScope.mayRead(me, inspection, owned)) {
            throw DomainException.forbidden("只能查看本产业或本单位相关的督导");
        }
        return inspection;
    }

    @Override
    @Transactional
    public RectificationView addFinding(long inspectionId, NewFinding f) {
        CurrentUser me = users.require();
        InspectionView inspection = rows.inspection(inspectionId)
                .orElseThrow(() -> DomainException.notFound("督导不存在: " + inspectionId));
        SupervisionScope.requireManage(me, inspection.industryCode());
        if (f == null) {
            throw DomainException.invalid("请填写发现的问题");
        }
        PlanItemView item = null;
        if (f.itemId() != null) {
            item = plans.item(f.itemId()).orElseThrow(() -> DomainException.invalid("itemId", "计划条目不存在: " + f.itemId()));
            String itemIndustry = plans.summary(item.planId()).map(PlanSummary::industryCode).orElse(null);
            if (itemIndustry == null || !itemIndustry.startsWith(inspection.industryCode())) {
                throw DomainException.invalid("itemId", "该计划条目不属于本次督导的产业");
            }
        }
        Long owner = f.ownerOrganizationId();
        if (owner == null && item != null) {
            owner = item.lead().stream().filter(r -> !r.placeholder()).map(PlanItemView.Responsible::organizationId)
                    .findFirst().orElse(null);
        }
        if (owner == null && inspection.scope() == InspectionScope.AGENCY) {
            owner = inspection.organizationId();
        }
        if (owner == null) {
            throw DomainException.invalid("ownerOrganizationId", "请选择整改责任单位");
        }
        long ownerId = owner;
        orgs.organization(ownerId).orElseThrow(() -> DomainException.invalid("ownerOrganizationId", "整改责任单位不存在: " + ownerId));
        if (f.severity() == null) {
            throw DomainException.invalid("severity", "请选择问题的严重程度");
        }
        String description = SupervisionScope.required(f.description(), 2000, "问题描述", "description");
        LocalDate deadline = f.deadline();
        if (deadline == null) {
            throw DomainException.invalid("deadline", "请填写整改时限");
        }
        if (deadline.isBefore(inspection.inspectedOn())) {
            throw DomainException.invalid("deadline", "整改时限不能早于督导日期（" + inspection.inspectedOn() + "）");
        }
        String criteria = SupervisionScope.required(f.acceptanceCriteria(), 1000, "验收标准", "acceptanceCriteria");
        long findingId = rows.insertFinding(inspectionId, item == null ? null : item.id(), f.severity(), description,
                me.username());
        long id = rows.insertRectification(findingId, ownerId, deadline, criteria);
        // the 整改 counts from the inspection's day: a finding written up a few days later was found that day
        rows.history(id, inspection.inspectedOn(), me.username(), null, RectificationStatus.IN_PROGRESS, deadline, null);
        RectificationView created = rows.rectification(id).orElseThrow();
        audit.record("CREATE", "supervision.rectification", Long.toString(id), null, created);
        return created;
    }

    @Override
    @Transactional
    public RectificationView addFindingEvidence(long rectificationId, NewEvidence evidence) {
        CurrentUser me = users.require();
        RectificationView r = rows.rectification(rectificationId)
                .orElseThrow(() -> DomainException.notFound("整改不存在: " + rectificationId));
        SupervisionScope.requireManage(me, r.industryCode());
        if (r.status().closed()) {
            throw DomainException.invalid("整改已销号，不能再添加问题的佐证材料");
        }
        EvidenceRules.store(rows, r.findingId(), null, evidence, me.username());
        RectificationView after = rows.rectification(rectificationId).orElseThrow();
        audit.record("ADD_EVIDENCE", "supervision.rectification", Long.toString(rectificationId), r.findingEvidence(),
                after.findingEvidence());
        return after;
    }
}
