package cn.tenstrong.targeting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.chain.Chain;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSegment;
import cn.tenstrong.chain.ChainSummary;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.project.BindingFilter;
import cn.tenstrong.project.BindingKind;
import cn.tenstrong.project.BindingSource;
import cn.tenstrong.project.TargetBindings;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.targeting.ActivityDraft;
import cn.tenstrong.targeting.LeadBook.ProjectPlan;
import cn.tenstrong.targeting.Lead;
import cn.tenstrong.targeting.LeadActivity;
import cn.tenstrong.targeting.LeadBook;
import cn.tenstrong.targeting.LeadDraft;
import cn.tenstrong.targeting.LeadFunnel;
import cn.tenstrong.targeting.LeadOrigin;
import cn.tenstrong.targeting.LeadStage;
import cn.tenstrong.targeting.persistence.EventRows;
import cn.tenstrong.targeting.persistence.LeadRows;
import cn.tenstrong.targeting.persistence.LeadRows.Row;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lead pipeline (招商线索); also the source of COUNT_SIGNED_LEADS bindings. */
@Service
@Transactional(readOnly = true)
class LeadService implements LeadBook, BindingSource {

    private static final String ENTITY = "targeting.lead";

    private final LeadRows rows;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final OrgDirectory orgs;
    private final ChainDirectory chains;
    private final TargetBindings bindings;
    private final EventRows eventRows;
    private final LeadOwnership ownership;
    private final LeadRules rules;
    private final LeadSigning signing;
    private final LeadViews views;

    LeadService(LeadRows rows, CurrentUsers users, AuditTrail audit, OrgDirectory orgs, ChainDirectory chains,
                TargetBindings bindings, EventRows eventRows, LeadOwnership ownership, LeadRules rules,
                LeadSigning signing, LeadViews views) {
        this.rows = rows;
        this.users = users;
        this.audit = audit;
        this.orgs = orgs;
        this.chains = chains;
        this.bindings = bindings;
        this.eventRows = eventRows;
        this.ownership = ownership;
        this.rules = rules;
        this.signing = signing;
        this.views = views;
    }

    // ---- reading

    @Override
    public List<Lead> leads(LeadStage stage) {
        CurrentUser me = users.require();
        return views.views(rows.visible(LeadAccess.visibility(me), stage == null ? null : stage.name()), views.today());
    }

    @Override
    public Lead require(long id) {
        return views.detail(ownership.readable(id));
    }

    @Override
    public boolean canEdit(Lead lead) {
        return users.current().flatMap(me -> rows.find(lead.id()).map(r -> ownership.canWrite(me, r))).orElse(false);
    }

    @Override
    public boolean canCreate() {
        return users.current().map(LeadAccess::canCreate).orElse(false);
    }

    @Override
    public List<Organization> owners() {
        return ownership.owners();
    }

    @Override
    public List<Lead> staleLeads(LocalDate asOf) {
        CurrentUser me = users.require();
        return views.views(rows.visible(LeadAccess.visibility(me), null), asOf).stream()
                .filter(l -> l.staleness().stale()).toList();
    }

    @Override
    public List<Lead> myStaleLeads() {
        return users.current().map(me -> staleLeadsFor(me, views.today())).orElse(List.of());
    }

    @Override
    public List<Lead> staleLeadsFor(CurrentUser user, LocalDate asOf) {
        if (!user.can(LeadAccess.READ)) {
            return List.of();
        }
        return views.views(rows.byOwner(user.organizationId()).stream()
                .filter(l -> LeadAccess.canRead(user, l)).toList(), asOf).stream()
                .filter(l -> l.staleness().stale()).toList();
    }

    /** The leads the user may see that came out of a 招商活动 (the event's own scope is the caller's check). */
    List<Lead> leadsOfEvent(long eventId) {
        CurrentUser me = users.require();
        return views.views(rows.visible(LeadAccess.visibility(me), null).stream()
                .filter(l -> Long.valueOf(eventId).equals(l.eventId())).toList(), views.today());
    }

    @Override
    public LeadFunnel funnel(Integer year, Long eventId) {
        CurrentUser me = users.require();
        String eventName = null;
        if (eventId != null) {
            var event = eventRows.find(eventId)
                    .orElseThrow(() -> DomainException.notFound("招商活动不存在：" + eventId));
            if (!EventAccess.canRead(me, event)) {
                throw DomainException.forbidden("无权查看该招商活动");
            }
            eventName = event.name();
        }
        Map<Long, List<LeadRows.StepFact>> steps = rows.allSteps().stream()
                .collect(Collectors.groupingBy(LeadRows.StepFact::leadId));
        List<FunnelCounter.FunnelLead> leads = new ArrayList<>();
        for (Row l : rows.visible(LeadAccess.visibility(me), null)) {
            if (eventId != null && !eventId.equals(l.eventId())) {
                continue;
            }
            List<LeadRows.StepFact> own = steps.getOrDefault(l.id(), List.of());
            LocalDate registered = own.stream().map(LeadRows.StepFact::on).min(LocalDate::compareTo).orElse(null);
            TreeSet<LeadStage> reached = own.stream().map(s -> LeadStage.valueOf(s.toStage()))
                    .collect(Collectors.toCollection(TreeSet::new));
            reached.add(LeadStage.valueOf(l.stage()));
            leads.add(new FunnelCounter.FunnelLead(l.id(), l.cityCode(), l.industryCode(), registered,
                    LeadStage.valueOf(l.stage()), FunnelCounter.furthest(reached), l.enterpriseId(), l.originChain(),
                    l.projectId()));
        }
        Map<String, String> chainNames = chains.chains().stream()
                .collect(Collectors.toMap(ChainSummary::code, ChainSummary::name, (a, b) -> a));
        LeadFunnel f = FunnelCounter.count(leads, year, views::regionName, views::industryName,
                code -> chainNames.getOrDefault(code, code));
        return new LeadFunnel(f.year(), f.stages(), f.total(), f.byCity(), f.byIndustry(), f.conversions(), eventId,
                eventName);
    }

    @Override
    public Map<LeadStage, Long> stagesOnChain(String chainCode, LocalDate asOf) {
        CurrentUser me = users.require();
        Map<Long, List<LeadRows.StepFact>> steps = rows.allSteps().stream()
                .collect(Collectors.groupingBy(LeadRows.StepFact::leadId));
        Map<LeadStage, Long> counts = new java.util.EnumMap<>(LeadStage.class);
        for (LeadStage s : LeadStage.values()) {
            counts.put(s, 0L);
        }
        for (Row l : rows.visible(LeadAccess.visibility(me), null)) {
            if (!chainCode.equals(l.chainCode())) {
                continue;
            }
            // steps come in the order they were made; the last one made by the day is the stage on that day
            LeadStage stage = null;
            for (LeadRows.StepFact s : steps.getOrDefault(l.id(), List.of())) {
                if (!s.on().isAfter(asOf)) {
                    stage = LeadStage.valueOf(s.toStage());
                }
            }
            if (stage != null) {
                counts.merge(stage, 1L, Long::sum);
            }
        }
        return counts;
    }

    @Override
    public long countSigned(String industryCode, String cityCode, Integer year) {
        return rows.countSigned(industryCode, cityCode, year);
    }

    @Override
    public boolean supports(BindingKind kind) {
        return kind == BindingKind.COUNT_SIGNED_LEADS;
    }

    @Override
    public BigDecimal value(BindingKind kind, BindingFilter filter, LocalDate asOf) {
        return BigDecimal.valueOf(rows.countSigned(filter.industryCode(), filter.cityCode(), filter.year(), asOf));
    }

    // ---- changing

    @Override
    @Transactional
    public Lead create(LeadDraft d) {
        CurrentUser me = ownership.creator();
        LeadOwnership.Owner owner = ownership.owner(me, d.ownerOrgId(), null);
        Row r = rules.validate(d, null, owner, me, null);
        return insert(r, me);
    }

    @Override
    @Transactional
    public Lead fromRecommendation(long enterpriseId, String chainCode, String segmentCode, BigDecimal score) {
        CurrentUser me = ownership.creator();
        Chain chain = chains.chain(chainCode == null ? "" : chainCode.strip())
                .orElseThrow(() -> DomainException.invalid("segment", "产业链不存在：" + chainCode));
        String segment = segmentCode == null || segmentCode.isBlank() ? null
                : chain.segment(segmentCode.strip()).map(ChainSegment::code)
                .orElseThrow(() -> DomainException.invalid("segment", "环节“" + segmentCode + "”不属于产业链" + chain.name()));
        if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw DomainException.invalid("推荐得分应在0到100之间");
        }
        String industry = chain.industry() == null ? null : chain.industry().code();
        if (industry == null || orgs.industry(industry).isEmpty()) {
            throw DomainException.invalid("产业链“" + chain.name() + "”没有对应的十强产业，不能转为线索");
        }
        LeadOwnership.Owner owner = ownership.owner(me, null, null);
        Optional<Row> open = rows.openLead(owner.orgId(), enterpriseId);
        if (open.isPresent()) {
            return views.detail(open.get());
        }
        LeadOrigin origin = new LeadOrigin(chain.code(), segment, score);
        LeadDraft d = new LeadDraft(enterpriseId, null, industry,
                segment == null ? chain.code() : chain.code() + "/" + segment, null, "",
                "由招商目标推荐转入（推荐得分 " + origin.scoreText() + "）", null, 0);
        Row r = rules.validate(d, null, owner, me, origin);
        return insert(r, me);
    }

    private Lead insert(Row r, CurrentUser me) {
        long id = rows.insert(r);
        rows.step(id, null, LeadStage.LEAD.name(), views.today(), "", me.username());
        Row after = rows.find(id).orElseThrow();
        audit.record("CREATE", ENTITY, Long.toString(id), null, after);
        return views.detail(after);
    }

    @Override
    @Transactional
    public Lead update(long id, LeadDraft d) {
        CurrentUser me = users.require();
        Row before = ownership.writable(id);
        LeadOwnership.Owner owner = ownership.owner(me, d.ownerOrgId(), before);
        Row r = rules.validate(d, before, owner, me, null);
        if (!rows.update(r, d.version())) {
            throw DomainException.conflict("线索已被他人修改，请刷新后重试");
        }
        Row after = rows.find(id).orElseThrow();
        audit.record("UPDATE", ENTITY, Long.toString(id), before, after);
        return views.detail(after);
    }

    @Override
    @Transactional
    public Lead move(long id, int version, LeadStage to, LocalDate on, String note, ProjectPlan plan) {
        CurrentUser me = users.require();
        Row before = ownership.writable(id);
        LeadStage from = LeadStage.valueOf(before.stage());
        if (from.closed()) {
            throw DomainException.invalid("线索已" + from.label() + "，不能再变更阶段");
        }
        if (to == null || to != LeadStage.DROPPED && to.ordinal() <= from.ordinal()) {
            throw DomainException.invalid("线索阶段只能向前推进（线索 → 接洽 → 考察 → 洽谈 → 签约），或终止");
        }
        LocalDate date = on == null ? views.today() : on;
        if (date.isAfter(views.today())) {
            throw DomainException.invalid("日期不能晚于今天");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > 1000) {
            throw DomainException.invalid("说明不能超过1000字");
        }
        if (to == LeadStage.DROPPED && text.isEmpty()) {
            throw DomainException.invalid("终止线索时请说明原因");
        }
        if (before.version() != version) {
            throw DomainException.conflict("线索已被他人修改，请刷新后重试");
        }
        Long projectId = null;
        if (to == LeadStage.SIGNED && before.expectedInvestment() != null) {
            projectId = signing.signedProject(before, date, plan).id();   // inherits the event
        }
        if (!rows.move(id, version, to.name(), to == LeadStage.SIGNED ? date : null, projectId)) {
            throw DomainException.conflict("线索已被他人修改，请刷新后重试");
        }
        rows.step(id, from.name(), to.name(), date, text, me.username());
        Row after = rows.find(id).orElseThrow();
        audit.record("STAGE", ENTITY, Long.toString(id), before, after);
        if (to == LeadStage.SIGNED) {
            bindings.recomputeAll();
        }
        return views.detail(after);
    }

    @Override
    @Transactional
    public LeadActivity addActivity(long leadId, ActivityDraft d) {
        CurrentUser me = users.require();
        Row lead = ownership.writable(leadId);
        if (LeadStage.valueOf(lead.stage()) == LeadStage.DROPPED) {
            throw DomainException.invalid("线索已终止，不能再添加跟进记录");
        }
        if (d == null || d.kind() == null) {
            throw DomainException.invalid("请选择跟进方式（拜访、会议、电话、考察或其他）");
        }
        LocalDate on = d.on() == null ? views.today() : d.on();
        if (on.isAfter(views.today())) {
            throw DomainException.invalid("跟进日期不能晚于今天");
        }
        String content = d.content() == null ? "" : d.content().strip();
        if (content.isEmpty() || content.length() > 2000) {
            throw DomainException.invalid("请填写跟进内容（不超过2000字）");
        }
        String next = d.nextStep() == null ? "" : d.nextStep().strip();
        if (next.length() > 500) {
            throw DomainException.invalid("下一步不能超过500字");
        }
        if (next.isEmpty() && d.nextStepDue() != null) {
            throw DomainException.invalid("填写了下一步日期，请同时填写下一步工作");
        }
        if (!next.isEmpty() && d.nextStepDue() == null) {
            throw DomainException.invalid("请填写下一步的计划日期");
        }
        if (d.nextStepDue() != null && d.nextStepDue().isBefore(on)) {
            throw DomainException.invalid("下一步日期不能早于跟进日期");
        }
        long id = rows.insertActivity(leadId, d.kind(), on, content, next, next.isEmpty() ? null : d.nextStepDue(),
                me.username());
        LeadActivity after = rows.activity(id).orElseThrow();
        audit.record("CREATE", "targeting.lead_activity", Long.toString(id), null, after);
        return after;
    }

}
