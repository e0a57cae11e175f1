package cn.tenstrong.ledger.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.access.Role;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.ledger.ProgressRounds;
import cn.tenstrong.ledger.ReportDraft;
import cn.tenstrong.ledger.ReportStatus;
import cn.tenstrong.ledger.ReportView;
import cn.tenstrong.ledger.RoundView;
import cn.tenstrong.ledger.internal.ActiveItems.ItemContext;
import cn.tenstrong.ledger.persistence.LedgerFactRows;
import cn.tenstrong.ledger.persistence.LedgerRows;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 调度 workflow: task forces open and close rounds for their industry; lead agencies write, attach evidence
 * to and submit reports on the items they lead; supporting agencies add notes; task forces accept or return.
 */
@Service
class RoundService implements ProgressRounds {

    static final long MAX_EVIDENCE_BYTES = 10L * 1024 * 1024;

    private final LedgerRows rows;
    private final LedgerFactRows facts;
    private final ActiveItems items;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    RoundService(LedgerRows rows, LedgerFactRows facts, ActiveItems items, CurrentUsers users, AuditTrail audit, Clock clock,
                 org.springframework.context.ApplicationEventPublisher events) {
        this.facts = facts;
        this.events = events;
        this.rows = rows;
        this.items = items;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public RoundView open(String industryCode, String periodKind, String periodLabel, LocalDate periodStart,
                          LocalDate periodEnd, LocalDate dueDate) {
        CurrentUser me = users.require();
        String industry = industryCode == null || industryCode.isBlank() ? null : industryCode.trim();
        requireManager(me, industry);
        if (!"MONTH".equals(periodKind) && !"QUARTER".equals(periodKind)) {
            throw DomainException.invalid("调度周期须为月度或季度");
        }
        String label = periodLabel == null ? "" : periodLabel.trim();
        if (label.isEmpty() || label.length() > 40) {
            throw DomainException.invalid("调度期次名称不能为空且不超过40字");
        }
        if (periodStart == null || periodEnd == null || dueDate == null) {
            throw DomainException.invalid("请填写调度期间和报送截止日期");
        }
        if (periodEnd.isBefore(periodStart)) {
            throw DomainException.invalid("调度期间的结束日期不能早于开始日期");
        }
        if (dueDate.isBefore(periodStart)) {
            throw DomainException.invalid("报送截止日期不能早于调度期间的开始日期");
        }
        if (rows.roundExists(industry, periodKind, label)) {
            throw DomainException.invalid("该产业已有同名调度期次：" + label);
        }
        long id = rows.insertRound(industry, periodKind, label, periodStart, periodEnd, dueDate, me.username(), false);
        RoundView round = rows.round(id).orElseThrow();
        audit.record("CREATE", "ledger.round", Long.toString(id), null, round);
        events.publishEvent(new LedgerChanged("round"));
        return round;
    }

    /** Opens a round marked as demo data (only the demo seeder calls this). */
    @Transactional
    long openDemo(String industry, String kind, String label, LocalDate start, LocalDate end, LocalDate due) {
        long id = rows.insertRound(industry, kind, label, start, end, due, "system", true);
        audit.record("CREATE", "ledger.round", Long.toString(id), null, rows.round(id).orElseThrow());
        events.publishEvent(new LedgerChanged("round"));
        return id;
    }

    @Override
    @Transactional
    public RoundView close(long roundId, int version) {
        RoundView before = requireRound(roundId);
        requireManager(users.require(), before.industryCode());
        if (!rows.closeRound(roundId, version)) {
            throw DomainException.conflict("调度轮次已被他人修改或已关闭，请刷新后重试");
        }
        RoundView after = rows.round(roundId).orElseThrow();
        audit.record("CLOSE", "ledger.round", Long.toString(roundId), before, after);
        events.publishEvent(new LedgerChanged("round"));
        return after;
    }

    @Override
    public List<RoundView> rounds() {
        return rows.rounds();
    }

    @Override
    public Optional<RoundView> round(long roundId) {
        return rows.round(roundId);
    }

    @Override
    public List<ReportView> reports(long roundId) {
        return rows.reportsOfRound(roundId);
    }

    @Override
    public Optional<ReportView> report(long reportId) {
        return rows.report(reportId);
    }

    @Override
    public Optional<ReportView> report(long roundId, long itemId, long organizationId) {
        return rows.report(roundId, itemId, organizationId);
    }

    @Override
    @Transactional
    public ReportView save(ReportDraft draft) {
        CurrentUser me = users.require();
        RoundView round = requireOpenRound(draft.roundId());
        ItemContext ctx = items.require(draft.itemId());
        if (!round.covers(ctx.industryCode())) {
            throw DomainException.invalid("该条目不属于本轮调度的产业");
        }
        requireLead(me, ctx.item());
        String progress = limit(draft.progressText(), 4000, "进展情况", "progressText");
        String problems = limit(draft.problems(), 2000, "需协调解决的问题", "problems");
        if (draft.percentDone() != null && (draft.percentDone().signum() < 0
                || draft.percentDone().compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw DomainException.invalid("percentDone", "完成比例须在0到100之间");
        }
        Map<Long, Integer> seqByTarget = new HashMap<>();
        List<PlanItemView.TargetView> targets = ctx.item().targets();
        for (int i = 0; i < targets.size(); i++) {
            seqByTarget.put(targets.get(i).id(), i + 1);
        }
        Map<Long, BigDecimal> values = draft.values() == null ? Map.of() : draft.values();
        for (var e : values.entrySet()) {
            if (!seqByTarget.containsKey(e.getKey())) {
                throw DomainException.invalid("指标 " + e.getKey() + " 不属于该条目");
            }
            if (e.getValue() == null || e.getValue().abs().compareTo(new BigDecimal("1E18")) > 0) {
                throw DomainException.invalid("target-" + e.getKey(), "指标完成值不合理");
            }
            Optional<LedgerFactRows.LiveValue> live = facts.liveValue(e.getKey());
            if (live.isPresent()) {
                throw DomainException.invalid("target-" + e.getKey(), "指标“" + targets.get(seqByTarget.get(e.getKey()) - 1).text()
                        + "”已绑定实时数据（" + live.get().source() + "），完成值自动计算，不能手工填报");
            }
        }
        Optional<ReportView> existing = rows.report(round.id(), ctx.item().id(), me.organizationId());
        long id;
        ReportView before = existing.orElse(null);
        if (existing.isEmpty()) {
            if (draft.version() != 0) {
                throw DomainException.conflict("报告已被删除或尚未创建，请刷新后重试");
            }
            id = rows.insertReport(round.id(), ctx.item().id(), ctx.industryCode(), ctx.year(), ctx.item().itemKey(),
                    me.organizationId(), me.username());
            rows.history(id, me.username(), null, ReportStatus.DRAFT, null);
            rows.updateReportContent(id, 0, progress, draft.percentDone(), draft.selfStatus(), problems);
        } else {
            id = existing.get().id();
            if (!existing.get().editable()) {
                throw DomainException.invalid("报告已报送，等待审核期间不能修改");
            }
            if (!rows.updateReportContent(id, draft.version(), progress, draft.percentDone(), draft.selfStatus(), problems)) {
                throw DomainException.conflict("报告已被他人修改，请刷新后重试");
            }
        }
        rows.replaceValues(id, seqByTarget, values);
        ReportView after = rows.report(id).orElseThrow();
        audit.record(before == null ? "CREATE" : "UPDATE", "ledger.report", Long.toString(id), before, after);
        events.publishEvent(new LedgerChanged("report"));
        return after;
    }

    @Override
    @Transactional
    public ReportView submit(long reportId, int version) {
        CurrentUser me = users.require();
        ReportView report = requireReport(reportId);
        requireOpenRound(report.roundId());
        if (report.organizationId() != me.organizationId()) {
            throw DomainException.forbidden("只能报送本单位牵头事项的报告");
        }
        if (report.progressText().isBlank()) {
            throw DomainException.invalid("progressText", "请填写进展情况后再报送");
        }
        return move(report, version, List.of(ReportStatus.DRAFT, ReportStatus.RETURNED), ReportStatus.SUBMITTED, null);
    }

    @Override
    @Transactional
    public ReportView accept(long reportId, int version) {
        ReportView report = requireReport(reportId);
        requireReviewer(report);
        return move(report, version, List.of(ReportStatus.SUBMITTED), ReportStatus.ACCEPTED, null);
    }

    @Override
    @Transactional
    public ReportView sendBack(long reportId, int version, String comment) {
        ReportView report = requireReport(reportId);
        requireReviewer(report);
        String why = limit(comment, 1000, "退回意见", "comment");
        if (why.isBlank()) {
            throw DomainException.invalid("退回时须填写意见");
        }
        return move(report, version, List.of(ReportStatus.SUBMITTED), ReportStatus.RETURNED, why);
    }

    @Override
    @Transactional
    public ReportView addLink(long reportId, String name, String url) {
        ReportView report = requireOwnEditable(reportId);
        String link = url == null ? "" : url.trim();
        if (!link.matches("(?i)https?://\\S{3,1000}")) {
            throw DomainException.invalid("链接须以 http:// 或 https:// 开头");
        }
        String label = name == null || name.isBlank() ? link : limit(name, 200, "名称", "linkName");
        rows.insertEvidence(reportId, "LINK", label, link, null, null, users.require().username());
        ReportView after = rows.report(reportId).orElseThrow();
        audit.record("ADD_EVIDENCE", "ledger.report", Long.toString(reportId), report.evidence(), after.evidence());
        return after;
    }

    @Override
    @Transactional
    public ReportView addFile(long reportId, String name, String contentType, byte[] content) {
        ReportView report = requireOwnEditable(reportId);
        if (content == null || content.length == 0) {
            throw DomainException.invalid("佐证材料文件为空");
        }
        if (content.length > MAX_EVIDENCE_BYTES) {
            throw DomainException.invalid("佐证材料不能超过10 MB");
        }
        String fileName = name == null || name.isBlank() ? "佐证材料" : name.replaceAll("[\\\\/\\r\\n\"]", "_").trim();
        rows.insertEvidence(reportId, "FILE", limit(fileName, 200, "文件名", "file"), null, content,
                contentType == null ? "application/octet-stream" : contentType, users.require().username());
        ReportView after = rows.report(reportId).orElseThrow();
        audit.record("ADD_EVIDENCE", "ledger.report", Long.toString(reportId), report.evidence(), after.evidence());
        return after;
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] evidenceContent(long evidenceId) {
        return rows.evidenceFile(evidenceId).map(LedgerRows.EvidenceFile::content)
                .orElseThrow(() -> DomainException.notFound("佐证材料不存在"));
    }

    @Override
    @Transactional
    public void addSupportNote(long roundId, long itemId, String note) {
        CurrentUser me = users.require();
        requireOpenRound(roundId);
        ItemContext ctx = items.require(itemId);
        boolean supports = ctx.item().support().stream().anyMatch(r -> r.organizationId() == me.organizationId());
        if (!supports) {
            throw DomainException.forbidden("只有该条目的配合单位可以填写配合意见");
        }
        String text = limit(note, 2000, "配合意见", "note");
        if (text.isBlank()) {
            throw DomainException.invalid("配合意见不能为空");
        }
        rows.insertNote(roundId, itemId, me.organizationId(), text, me.username());
        audit.record("CREATE", "ledger.support-note", roundId + "/" + itemId, null,
                Map.of("organization", me.organizationName(), "note", text));
    }

    private ReportView move(ReportView report, int version, List<ReportStatus> from, ReportStatus to, String comment) {
        String actor = users.require().username();
        if (!from.contains(report.status())) {
            throw DomainException.invalid("报告当前状态为“" + label(report.status()) + "”，不能执行此操作");
        }
        if (!rows.transition(report.id(), version, from, to, actor, comment)) {
            throw DomainException.conflict("报告已被他人修改，请刷新后重试");
        }
        rows.history(report.id(), actor, report.status(), to, comment);
        ReportView after = rows.report(report.id()).orElseThrow();
        audit.record(to.name(), "ledger.report", Long.toString(report.id()), report, after);
        events.publishEvent(new LedgerChanged("report"));
        return after;
    }

    private ReportView requireOwnEditable(long reportId) {
        ReportView report = requireReport(reportId);
        requireOpenRound(report.roundId());
        if (report.organizationId() != users.require().organizationId()) {
            throw DomainException.forbidden("只能为本单位的报告添加佐证材料");
        }
        if (!report.editable()) {
            throw DomainException.invalid("报告已报送，等待审核期间不能修改");
        }
        return report;
    }

    private void requireReviewer(ReportView report) {
        CurrentUser me = users.require();
        if (!me.can("ledger:report:review")) {
            throw DomainException.forbidden("您没有审核进展报告的权限");
        }
        if (!me.has(Role.SYS_ADMIN)) {
            ItemContext ctx = items.require(report.itemId());
            if (me.industryCode() == null || !me.industryCode().equals(ctx.industryCode())) {
                throw DomainException.forbidden("只能审核本产业的进展报告");
            }
        }
        requireOpenRound(report.roundId());
    }

    private static void requireManager(CurrentUser me, String industry) {
        if (!me.can("ledger:round:manage")) {
            throw DomainException.forbidden("您没有组织调度的权限");
        }
        if (!me.has(Role.SYS_ADMIN) && (industry == null || !industry.equals(me.industryCode()))) {
            throw DomainException.forbidden("产业专班只能组织本产业的调度");
        }
    }

    private static void requireLead(CurrentUser me, PlanItemView item) {
        if (!me.can("ledger:report:write")) {
            throw DomainException.forbidden("您没有报送进展的权限");
        }
        if (item.lead().stream().noneMatch(r -> r.organizationId() == me.organizationId())) {
            throw DomainException.forbidden("只能报送本单位牵头的事项");
        }
    }

    private RoundView requireRound(long id) {
        return rows.round(id).orElseThrow(() -> DomainException.notFound("调度轮次不存在: " + id));
    }

    private RoundView requireOpenRound(long id) {
        RoundView round = requireRound(id);
        if (!round.open()) {
            throw DomainException.invalid("本轮调度已关闭，不能再修改");
        }
        return round;
    }

    private ReportView requireReport(long id) {
        return rows.report(id).orElseThrow(() -> DomainException.notFound("进展报告不存在: " + id));
    }

    private static String limit(String text, int max, String label, String field) {
        String t = text == null ? "" : text.strip();
        if (t.length() > max) {
            throw DomainException.invalid(field, label + "不能超过" + max + "字");
        }
        return t;
    }

    private static String label(ReportStatus status) {
        return switch (status) {
            case DRAFT -> "草稿";
            case SUBMITTED -> "已报送";
            case ACCEPTED -> "已通过";
            case RETURNED -> "已退回";
        };
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
