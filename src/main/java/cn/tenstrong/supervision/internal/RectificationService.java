package cn.tenstrong.supervision.internal;

import java.time.LocalDate;
import java.util.List;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.Present;
import cn.tenstrong.supervision.NewEvidence;
import cn.tenstrong.supervision.RectificationStatus;
import cn.tenstrong.supervision.RectificationView;
import cn.tenstrong.supervision.Rectifications;
import cn.tenstrong.supervision.persistence.SupervisionRows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 整改落实 → 销号 → 回头看. Each step is dated by the 当前时点 (today, or a demo's 演示时点), so the 整改台账 read as of
 * any day shows what stood then.
 */
@Service
class RectificationService implements Rectifications {

    private final SupervisionRows rows;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Present present;

    RectificationService(SupervisionRows rows, CurrentUsers users, AuditTrail audit,
                         Present present) {
        this.rows = rows;
        this.users = users;
        this.audit = audit;
        this.present = present;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RectificationView> rectifications(Filter filter) {
        CurrentUser me = users.require();
        SupervisionRows.Where scope = SupervisionScope.where(me);
        Filter f = filter == null ? Filter.all(present.today()) : filter;
        LocalDate day = f.asOf() == null ? present.today() : f.asOf();
        List<RectificationView> all = rows.rectifications(new SupervisionRows.Where(null, f.inspectionId(),
                scope.ownerOrganizationId(), scope.industryPrefix()));
        return all.stream()
                .filter(r -> r.statusOn(day) != null) // not found yet on that day
                .filter(r -> f.status() == null || r.statusOn(day) == f.status())
                .filter(r -> !f.overdueOnly() || r.overdueOn(day))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public RectificationView rectification(long id) {
        return readable(users.require(), id);
    }

    @Override
    @Transactional
    public RectificationView report(long id, int version, String text, List<NewEvidence> evidence) {
        CurrentUser me = users.require();
        RectificationView r = require(id);
        SupervisionScope.requireOwner(me, r);
        String progress = SupervisionScope.required(text, 4000, "整改进展", "text");
        RectificationView after = move(r, version, List.of(RectificationStatus.IN_PROGRESS, RectificationStatus.RETURNED),
                RectificationStatus.SUBMITTED, r.deadline(), null, null, null, me);
        long progressId = rows.insertProgress(id, me.organizationId(), progress, me.username(), present.today());
        for (NewEvidence e : evidence == null ? List.<NewEvidence>of() : evidence) {
            EvidenceRules.store(rows, null, progressId, e, me.username());
        }
        after = rows.rectification(id).orElseThrow();
        audit.record("RECTIFY_REPORT", "supervision.rectification", Long.toString(id), r, after);
        return after;
    }

    @Override
    @Transactional
    public RectificationView addReportEvidence(long id, NewEvidence evidence) {
        CurrentUser me = users.require();
        RectificationView r = require(id);
        SupervisionScope.requireOwner(me, r);
        if (r.status() != RectificationStatus.SUBMITTED || r.latestReport() == null) {
            throw DomainException.invalid("只能为待核验的整改进展补充佐证材料");
        }
        EvidenceRules.store(rows, null, r.latestReport().id(), evidence, me.username());
        RectificationView after = rows.rectification(id).orElseThrow();
        audit.record("ADD_EVIDENCE", "supervision.rectification", Long.toString(id), r.latestReport().evidence(),
                after.latestReport().evidence());
        return after;
    }

    @Override
    @Transactional
    public RectificationView close(long id, int version, LocalDate recheckOn, String comment) {
        CurrentUser me = users.require();
        RectificationView r = require(id);
        SupervisionScope.requireManage(me, r.industryCode());
        LocalDate today = present.today();
        if (recheckOn == null) {
            throw DomainException.invalid("recheckOn", "销号时须安排回头看日期");
        }
        if (!recheckOn.isAfter(today)) {
            throw DomainException.invalid("recheckOn", "回头看日期须晚于销号日期（" + today + "）");
        }
        String why = SupervisionScope.limit(comment, 1000, "核验意见", "comment");
        RectificationView after = move(r, version, List.of(RectificationStatus.SUBMITTED), RectificationStatus.CLOSED,
                r.deadline(), today, recheckOn, why.isEmpty() ? "回头看日期 " + recheckOn : why + "（回头看日期 " + recheckOn + "）",
                me);
        audit.record("RECTIFY_CLOSE", "supervision.rectification", Long.toString(id), r, after);
        return after;
    }

    @Override
    @Transactional
    public RectificationView sendBack(long id, int version, String reason) {
        CurrentUser me = users.require();
        RectificationView r = require(id);
        SupervisionScope.requireManage(me, r.industryCode());
        String why = SupervisionScope.required(reason, 1000, "退回原因", "comment");
        RectificationView after = move(r, version, List.of(RectificationStatus.SUBMITTED), RectificationStatus.RETURNED,
                r.deadline(), null, null, why, me);
        audit.record("RETURNED", "supervision.rectification", Long.toString(id), r, after);
        return after;
    }

    @Override
    @Transactional
    public RectificationView recheck(long id, int version, boolean passed, String comment, LocalDate newDeadline) {
        CurrentUser me = users.require();
        RectificationView r = require(id);
        SupervisionScope.requireManage(me, r.industryCode());
        if (passed) {
            String why = SupervisionScope.limit(comment, 1000, "回头看意见", "comment");
            RectificationView after = move(r, version, List.of(RectificationStatus.CLOSED), RectificationStatus.CONFIRMED,
                    r.deadline(), r.closedOn(), r.recheckOn(), why.isEmpty() ? null : why, me);
            audit.record("RECHECK_PASS", "supervision.rectification", Long.toString(id), r, after);
            return after;
        }
        String why = SupervisionScope.required(comment, 1000, "回头看发现的问题", "comment");
        if (newDeadline == null || !newDeadline.isAfter(present.today())) {
            throw DomainException.invalid("deadline", "重新整改须给出晚于今天（" + present.today() + "）的整改时限");
        }
        RectificationView after = move(r, version, List.of(RectificationStatus.CLOSED), RectificationStatus.IN_PROGRESS,
                newDeadline, null, null, why, me);
        audit.record("RECHECK_REOPEN", "supervision.rectification", Long.toString(id), r, after);
        return after;
    }

    @Override
    @Transactional(readOnly = true)
    public EvidenceFile evidenceFile(long evidenceId) {
        CurrentUser me = users.require();
        SupervisionRows.EvidenceFile file = rows.evidenceFile(evidenceId)
                .orElseThrow(() -> DomainException.notFound("佐证材料不存在"));
        readable(me, file.rectificationId());
        return new EvidenceFile(file.name(), file.contentType(), file.content());
    }

    private RectificationView move(RectificationView r, int version, List<RectificationStatus> from,
                                   RectificationStatus to, LocalDate deadline, LocalDate closedOn, LocalDate recheckOn,
                                   String comment, CurrentUser me) {
        if (!from.contains(r.status())) {
            throw DomainException.invalid("整改当前状态为“" + r.status().label() + "”，不能执行此操作");
        }
        if (!rows.transition(r.id(), version, from, to, deadline, closedOn, recheckOn)) {
            throw DomainException.conflict("整改已被他人修改，请刷新后重试");
        }
        rows.history(r.id(), present.today(), me.username(), r.status(), to, deadline, comment);
        return rows.rectification(r.id()).orElseThrow();
    }

    private RectificationView require(long id) {
        return rows.rectification(id).orElseThrow(() -> DomainException.notFound("整改不存在: " + id));
    }

    private RectificationView readable(CurrentUser me, long id) {
        RectificationView r = require(id);
        if (!SupervisionScope.mayRead(me, r)) {
            throw DomainException.forbidden("只能查看本产业或本单位的整改");
        }
        return r;
    }
}
