package cn.tenstrong.targeting.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.access.DataScope;
import cn.tenstrong.access.Role;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.chain.Chain;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSegment;
import cn.tenstrong.chain.ChainSummary;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.org.Region;
import cn.tenstrong.project.BindingFilter;
import cn.tenstrong.project.BindingKind;
import cn.tenstrong.project.BindingSource;
import cn.tenstrong.project.Project;
import cn.tenstrong.project.ProjectCategory;
import cn.tenstrong.project.ProjectDraft;
import cn.tenstrong.project.ProjectLibrary;
import cn.tenstrong.project.ProjectStage;
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
import cn.tenstrong.targeting.LeadStaleness;
import cn.tenstrong.targeting.persistence.LeadRows;
import cn.tenstrong.targeting.persistence.LeadRows.Row;
import cn.tenstrong.targeting.persistence.LeadRows.Touch;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lead pipeline (招商线索); also the source of COUNT_SIGNED_LEADS bindings. */
@Service
@Transactional(readOnly = true)
class LeadService implements LeadBook, BindingSource {

    private static final String ENTITY = "targeting.lead";
    private static final String PROVINCE = "370000";
    private static final EnumSet<OrganizationKind> OWNER_KINDS =
            EnumSet.of(OrganizationKind.CITY_BUREAU, OrganizationKind.COUNTY_BUREAU, OrganizationKind.PARK);

    private final LeadRows rows;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final OrgDirectory orgs;
    private final ChainDirectory chains;
    private final EnterpriseLibrary enterprises;
    private final ProjectLibrary projects;
    private final TargetBindings bindings;
    private final StaleDays staleDays;
    private final Clock clock;

    private final cn.tenstrong.shared.Present present;
    private final cn.tenstrong.targeting.persistence.EventRows eventRows;

    LeadService(LeadRows rows, CurrentUsers users, AuditTrail audit, OrgDirectory orgs, ChainDirectory chains,
                EnterpriseLibrary enterprises, ProjectLibrary projects, TargetBindings bindings,
                StaleDays staleDays, Clock clock, cn.tenstrong.shared.Present present,
                cn.tenstrong.targeting.persistence.EventRows eventRows) {
        this.present = present;
        this.eventRows = eventRows;
        this.rows = rows;
        this.users = users;
        this.audit = audit;
        this.orgs = orgs;
        this.chains = chains;
        this.enterprises = enterprises;
        this.projects = projects;
        this.bindings = bindings;
        this.staleDays = staleDays;
        this.clock = clock;
    }

    // ---- reading

    @Override
    public List<Lead> leads(LeadStage stage) {
        CurrentUser me = users.require();
        return views(rows.visible(LeadAccess.visibility(me), stage == null ? null : stage.name()), today());
    }

    @Override
    public Lead require(long id) {
        return detail(readable(id));
    }

    @Override
    public boolean canEdit(Lead lead) {
        return users.current().flatMap(me -> rows.find(lead.id()).map(r -> canWrite(me, r))).orElse(false);
    }

    @Override
    public boolean canCreate() {
        return users.current().map(LeadAccess::canCreate).orElse(false);
    }

    @Override
    public List<Organization> owners() {
        CurrentUser me = users.require();
        if (!LeadAccess.canCreate(me)) {
            return List.of();
        }
        Map<Long, Organization> owners = new LinkedHashMap<>();
        orgs.organization(me.organizationId()).ifPresent(o -> owners.put(o.id(), o));
        if (me.dataScope() == DataScope.OWN_PARK) {
            return List.copyOf(owners.values());
        }
        OWNER_KINDS.stream().flatMap(k -> orgs.organizations(k).stream())
                .filter(o -> mayAssign(me, o, cityOf(o)))
                .forEach(o -> owners.putIfAbsent(o.id(), o));
        return List.copyOf(owners.values());
    }

    @Override
    public List<Lead> staleLeads(LocalDate asOf) {
        CurrentUser me = users.require();
        return views(rows.visible(LeadAccess.visibility(me), null), asOf).stream()
                .filter(l -> l.staleness().stale()).toList();
    }

    @Override
    public List<Lead> myStaleLeads() {
        return users.current().map(me -> staleLeadsFor(me, today())).orElse(List.of());
    }

    @Override
    public List<Lead> staleLeadsFor(CurrentUser user, LocalDate asOf) {
        if (!user.can(LeadAccess.READ)) {
            return List.of();
        }
        return views(rows.byOwner(user.organizationId()).stream()
                .filter(l -> LeadAccess.canRead(user, l)).toList(), asOf).stream()
                .filter(l -> l.staleness().stale()).toList();
    }

    /** The leads the user may see that came out of a 招商活动 (the event's own scope is the caller's check). */
    List<Lead> leadsOfEvent(long eventId) {
        CurrentUser me = users.require();
        return views(rows.visible(LeadAccess.visibility(me), null).stream()
                .filter(l -> Long.valueOf(eventId).equals(l.eventId())).toList(), today());
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
        LeadFunnel f = FunnelCounter.count(leads, year, this::regionName, this::industryName,
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
        CurrentUser me = creator();
        Owner owner = owner(me, d.ownerOrgId(), null);
        Row r = validate(d, null, owner, me, null);
        return insert(r, me);
    }

    @Override
    @Transactional
    public Lead fromRecommendation(long enterpriseId, String chainCode, String segmentCode, BigDecimal score) {
        CurrentUser me = creator();
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
        Owner owner = owner(me, null, null);
        Optional<Row> open = rows.openLead(owner.orgId(), enterpriseId);
        if (open.isPresent()) {
            return detail(open.get());
        }
        LeadOrigin origin = new LeadOrigin(chain.code(), segment, score);
        LeadDraft d = new LeadDraft(enterpriseId, null, industry,
                segment == null ? chain.code() : chain.code() + "/" + segment, null, "",
                "由招商目标推荐转入（推荐得分 " + origin.scoreText() + "）", null, 0);
        Row r = validate(d, null, owner, me, origin);
        return insert(r, me);
    }

    private Lead insert(Row r, CurrentUser me) {
        long id = rows.insert(r);
        rows.step(id, null, LeadStage.LEAD.name(), today(), "", me.username());
        Row after = rows.find(id).orElseThrow();
        audit.record("CREATE", ENTITY, Long.toString(id), null, after);
        return detail(after);
    }

    @Override
    @Transactional
    public Lead update(long id, LeadDraft d) {
        CurrentUser me = users.require();
        Row before = writable(id);
        Owner owner = owner(me, d.ownerOrgId(), before);
        Row r = validate(d, before, owner, me, null);
        if (!rows.update(r, d.version())) {
            throw DomainException.conflict("线索已被他人修改，请刷新后重试");
        }
        Row after = rows.find(id).orElseThrow();
        audit.record("UPDATE", ENTITY, Long.toString(id), before, after);
        return detail(after);
    }

    @Override
    @Transactional
    public Lead move(long id, int version, LeadStage to, LocalDate on, String note, ProjectPlan plan) {
        CurrentUser me = users.require();
        Row before = writable(id);
        LeadStage from = LeadStage.valueOf(before.stage());
        if (from.closed()) {
            throw DomainException.invalid("线索已" + from.label() + "，不能再变更阶段");
        }
        if (to == null || to != LeadStage.DROPPED && to.ordinal() <= from.ordinal()) {
            throw DomainException.invalid("线索阶段只能向前推进（线索 → 接洽 → 考察 → 洽谈 → 签约），或终止");
        }
        LocalDate date = on == null ? today() : on;
        if (date.isAfter(today())) {
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
            projectId = createProject(before, date, checkedPlan(plan, before, date)).id();   // inherits the event
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
        return detail(after);
    }

    /** The "双招双引"重点签约项目 of a signed lead: in the owner's county (or the city) and, for a park, the park. */
    /** The signing's project plan, checked; never null. */
    private static ProjectPlan checkedPlan(ProjectPlan plan, Row lead, LocalDate signedOn) {
        if (plan == null) {
            return new ProjectPlan(null, null);
        }
        if (plan.yearPlannedInvestment() != null && (plan.yearPlannedInvestment().signum() < 0
                || plan.yearPlannedInvestment().compareTo(lead.expectedInvestment()) > 0)) {
            throw DomainException.invalid("yearPlannedInvestment", "本年计划投资应在0到意向投资额之间");
        }
        if (plan.plannedStart() != null && plan.plannedStart().isBefore(signedOn)) {
            throw DomainException.invalid("plannedStart", "计划开工日期不能早于签约日期");
        }
        return plan;
    }

    private Project createProject(Row lead, LocalDate signedOn, ProjectPlan plan) {
        Organization owner = orgs.organization(lead.ownerOrgId()).orElse(null);
        String region = lead.cityCode();
        Long parkId = null;
        if (owner != null) {
            if (owner.kind() == OrganizationKind.PARK) {
                parkId = owner.id();
            }
            String ownerCity = cityOf(owner);
            if (owner.regionCode() != null && lead.cityCode().equals(ownerCity)) {
                region = owner.regionCode();
            }
        }
        String segment = lead.chainCode() == null ? null
                : lead.segmentCode() == null ? lead.chainCode() : lead.chainCode() + "/" + lead.segmentCode();
        return projects.create(new ProjectDraft(lead.enterpriseName() + "投资项目", lead.enterpriseId(),
                lead.enterpriseName(), lead.industryCode(), segment, region, parkId,
                EnumSet.of(ProjectCategory.ATTRACTION), lead.expectedInvestment(), plan.yearPlannedInvestment(),
                plan.yearPlannedInvestment() == null && plan.plannedStart() == null ? null
                        : (plan.plannedStart() != null ? plan.plannedStart() : signedOn).getYear(),
                plan.plannedStart(), ProjectStage.SIGNED, signedOn, null, null, null, "由招商线索 " + lead.id() + " 签约转入", 0),
                lead.eventId());
    }

    @Override
    @Transactional
    public LeadActivity addActivity(long leadId, ActivityDraft d) {
        CurrentUser me = users.require();
        Row lead = writable(leadId);
        if (LeadStage.valueOf(lead.stage()) == LeadStage.DROPPED) {
            throw DomainException.invalid("线索已终止，不能再添加跟进记录");
        }
        if (d == null || d.kind() == null) {
            throw DomainException.invalid("请选择跟进方式（拜访、会议、电话、考察或其他）");
        }
        LocalDate on = d.on() == null ? today() : d.on();
        if (on.isAfter(today())) {
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

    // ---- rules

    private CurrentUser creator() {
        CurrentUser me = users.require();
        if (!LeadAccess.canCreate(me)) {
            throw DomainException.forbidden(me.can(LeadAccess.WRITE) ? "本单位没有所属城市，不能登记线索"
                    : "无权登记招商线索");
        }
        return me;
    }

    private Row readable(long id) {
        Row l = rows.find(id).orElseThrow(() -> DomainException.notFound("线索不存在：" + id));
        if (!LeadAccess.canRead(users.require(), l)) {
            throw DomainException.forbidden("无权查看该线索");
        }
        return l;
    }

    private Row writable(long id) {
        Row l = readable(id);
        if (!canWrite(users.require(), l)) {
            throw DomainException.forbidden("只能修改本单位（本市、本园区）的招商线索");
        }
        return l;
    }

    private boolean canWrite(CurrentUser me, Row l) {
        String ownerRegion = LeadAccess.isCounty(me)
                ? orgs.organization(l.ownerOrgId()).map(Organization::regionCode).orElse(null) : null;
        return LeadAccess.canWrite(me, l, ownerRegion);
    }

    /** 跟进单位 and the city it puts the lead in. */
    private record Owner(long orgId, String cityCode) {
    }

    private Owner owner(CurrentUser me, Long requested, Row before) {
        if (requested == null || before != null && requested == before.ownerOrgId()) {
            if (before != null) {
                return new Owner(before.ownerOrgId(), before.cityCode());
            }
            if (me.cityCode() == null) {
                return new Owner(me.organizationId(), PROVINCE);   // an administrator of a provincial body
            }
            return new Owner(me.organizationId(), me.cityCode());
        }
        Organization o = orgs.organization(requested)
                .orElseThrow(() -> DomainException.invalid("跟进单位不存在：" + requested));
        String city = cityOf(o);
        if (!OWNER_KINDS.contains(o.kind()) || city == null) {
            throw DomainException.invalid("跟进单位应为市县招商部门或园区：" + o.name());
        }
        if (!mayAssign(me, o, city)) {
            throw DomainException.forbidden("只能把线索交给本市的招商部门或园区跟进");
        }
        return new Owner(o.id(), city);
    }

    private boolean mayAssign(CurrentUser me, Organization o, String city) {
        if (o.id() == me.organizationId()) {
            return city != null || me.has(Role.SYS_ADMIN);
        }
        if (city == null || !OWNER_KINDS.contains(o.kind())) {
            return false;
        }
        if (me.has(Role.SYS_ADMIN)) {
            return true;
        }
        return me.dataScope() == DataScope.OWN_CITY && city.equals(me.cityCode())
                && (!LeadAccess.isCounty(me) || me.regionCode().equals(o.regionCode()));
    }

    private String cityOf(Organization o) {
        return o.regionCode() == null ? null : orgs.region(o.regionCode()).map(Region::cityCode).orElse(null);
    }

    private Row validate(LeadDraft d, Row before, Owner owner, CurrentUser me, LeadOrigin origin) {
        Long enterpriseId = d.enterpriseId();
        String name = d.enterpriseName() == null ? "" : d.enterpriseName().strip();
        if (enterpriseId != null) {
            Enterprise e = enterprises.enterprise(enterpriseId)
                    .orElseThrow(() -> DomainException.invalid("enterpriseId", "企业库中没有该企业：" + d.enterpriseId()));
            name = e.name();
        }
        if (name.isEmpty() || name.length() > 200) {
            throw DomainException.invalid("enterpriseName", "请填写意向企业名称（不超过200字）");
        }
        String industry = d.industryCode() == null ? "" : d.industryCode().strip();
        if (orgs.industry(industry).isEmpty()) {
            throw DomainException.invalid("industryCode", "请选择所属产业");
        }
        String chainCode = null;
        String segmentCode = null;
        if (d.segment() != null && !d.segment().isBlank()) {
            String[] parts = d.segment().strip().split("/", 2);
            Chain chain = chains.chain(parts[0].strip())
                    .orElseThrow(() -> DomainException.invalid("segment", "产业链不存在：" + parts[0]));
            chainCode = chain.code();
            if (parts.length == 2 && !parts[1].isBlank()) {
                segmentCode = chain.segment(parts[1].strip()).map(ChainSegment::code)
                        .orElseThrow(() -> DomainException.invalid("segment", "环节“" + parts[1] + "”不属于产业链" + chain.name()));
            }
        }
        if (d.expectedInvestment() != null && (d.expectedInvestment().signum() < 0
                || d.expectedInvestment().compareTo(new BigDecimal("1E15")) > 0)) {
            throw DomainException.invalid("expectedInvestment", "意向投资额应在0到1000万亿元之间");
        }
        Long eventId = d.eventId();
        if (eventId != null && (before == null || !eventId.equals(before.eventId()))) {
            var event = eventRows.find(eventId)
                    .orElseThrow(() -> DomainException.invalid("eventId", "招商活动不存在：" + eventId));
            if (!EventAccess.canRead(me, event)) {
                throw DomainException.invalid("eventId", "只能选择本人可查看的招商活动");
            }
        }
        String contact = d.contact() == null ? "" : d.contact().strip();
        String notes = d.notes() == null ? "" : d.notes().strip();
        if (contact.length() > 500) {
            throw DomainException.invalid("contact", "联系人不能超过500字");
        }
        if (notes.length() > 2000) {
            throw DomainException.invalid("notes", "备注不能超过2000字");
        }
        return new Row(before == null ? 0 : before.id(), enterpriseId, name, industry, chainCode, segmentCode,
                owner.cityCode(), owner.orgId(), before == null ? LeadStage.LEAD.name() : before.stage(),
                d.expectedInvestment(), contact, notes, before == null ? null : before.projectId(),
                before == null ? null : before.signedOn(), before == null ? me.username() : before.createdBy(), null,
                before == null ? 0 : before.version(),
                before != null ? before.originChain() : origin == null ? null : origin.chainCode(),
                before != null ? before.originSegment() : origin == null ? null : origin.segmentCode(),
                before != null ? before.originScore() : origin == null ? null : origin.score(), eventId);
    }

    // ---- views

    /** Today, or a demo's 演示时点 (leads registered and moved in a demo run as of that day). */
    private LocalDate today() {
        return present.today();
    }

    private List<Lead> views(List<Row> leads, LocalDate asOf) {
        if (leads.isEmpty()) {
            return List.of();
        }
        Map<Long, Touch> touches = rows.touches(leads.stream().map(Row::id).toList()).stream()
                .collect(Collectors.toMap(Touch::leadId, t -> t));
        Map<Long, String> owners = new HashMap<>();
        return leads.stream().map(l -> view(l, List.of(), List.of(), touches.get(l.id()), asOf,
                owners.computeIfAbsent(l.ownerOrgId(), this::orgName))).toList();
    }

    private Lead detail(Row l) {
        return view(l, rows.steps(l.id()), rows.activities(l.id()), rows.touch(l.id()).orElse(null), today(),
                orgName(l.ownerOrgId()));
    }

    private Lead view(Row l, List<Lead.Step> history, List<LeadActivity> activities, Touch touch, LocalDate asOf,
                      String ownerName) {
        LeadStage stage = LeadStage.valueOf(l.stage());
        LeadStaleness staleness = touch == null ? LeadStaleness.none(null, 0)
                : StaleRule.assess(stage, touch.lastStepOn(), touch.lastMoveOn(), touch.lastActivityOn(),
                touch.nextStep(), touch.nextStepDue(), staleDays, asOf);
        return new Lead(l.id(), l.enterpriseId(), l.enterpriseName(), l.industryCode(), l.chainCode(),
                l.segmentCode(), l.cityCode(), l.ownerOrgId(), ownerName, stage, l.expectedInvestment(), l.contact(),
                l.notes(), l.projectId(), l.createdBy(), l.updatedAt(), l.version(), history, activities,
                l.originChain() == null ? null : new LeadOrigin(l.originChain(), l.originSegment(), l.originScore()),
                staleness, l.eventId(), l.eventId() == null ? null
                        : eventRows.find(l.eventId()).map(cn.tenstrong.targeting.persistence.EventRows.Row::name).orElse(null));
    }

    private String orgName(long id) {
        return orgs.organization(id).map(Organization::name).orElse("");
    }

    private String regionName(String code) {
        return orgs.region(code).map(Region::name).orElse(code);
    }

    private String industryName(String code) {
        return orgs.industry(code).map(cn.tenstrong.org.Industry::name).orElse(code);
    }
}
