package cn.tenstrong.targeting.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.access.Role;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.chain.Chain;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSegment;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
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
import cn.tenstrong.targeting.Lead;
import cn.tenstrong.targeting.LeadBook;
import cn.tenstrong.targeting.LeadDraft;
import cn.tenstrong.targeting.LeadSigned;
import cn.tenstrong.targeting.LeadStage;
import cn.tenstrong.targeting.persistence.LeadRows;
import cn.tenstrong.targeting.persistence.LeadRows.Row;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lead pipeline; also the source of COUNT_SIGNED_LEADS bindings. */
@Service
@Transactional(readOnly = true)
class LeadService implements LeadBook, BindingSource {

    private final LeadRows rows;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final OrgDirectory orgs;
    private final ChainDirectory chains;
    private final EnterpriseLibrary enterprises;
    private final ProjectLibrary projects;
    private final TargetBindings bindings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeadService(LeadRows rows, CurrentUsers users, AuditTrail audit, OrgDirectory orgs, ChainDirectory chains,
                EnterpriseLibrary enterprises, ProjectLibrary projects, TargetBindings bindings,
                ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.users = users;
        this.audit = audit;
        this.orgs = orgs;
        this.chains = chains;
        this.enterprises = enterprises;
        this.projects = projects;
        this.bindings = bindings;
        this.events = events;
        this.clock = clock;
    }

    static boolean canRead(CurrentUser me, Row l) {
        if (!me.can("targeting:lead:read")) {
            return false;
        }
        return switch (me.dataScope()) {
            case ALL, OWN_ORG -> true;
            case OWN_CITY -> l.cityCode().equals(me.cityCode());
            case OWN_PARK -> l.ownerOrgId() == me.organizationId();
            case OWN_INDUSTRY -> l.industryCode().equals(me.industryCode());
        };
    }

    static boolean canWrite(CurrentUser me, Row l) {
        if (!me.can("targeting:lead:write")) {
            return false;
        }
        return me.has(Role.SYS_ADMIN) || me.dataScope() == cn.tenstrong.access.DataScope.OWN_CITY
                && l.cityCode().equals(me.cityCode());
    }

    @Override
    public List<Lead> leads(LeadStage stage) {
        CurrentUser me = users.require();
        return rows.all().stream().filter(l -> canRead(me, l))
                .filter(l -> stage == null || l.stage().equals(stage.name())).map(l -> view(l, false)).toList();
    }

    @Override
    public Lead require(long id) {
        return view(readable(id), true);
    }

    private Row readable(long id) {
        Row l = rows.find(id).orElseThrow(() -> DomainException.notFound("线索不存在：" + id));
        if (!canRead(users.require(), l)) {
            throw DomainException.forbidden("无权查看该线索");
        }
        return l;
    }

    private Row writable(long id) {
        Row l = readable(id);
        if (!canWrite(users.require(), l)) {
            throw DomainException.forbidden("只能修改本市的招商线索");
        }
        return l;
    }

    @Override
    @Transactional
    public Lead create(LeadDraft d) {
        CurrentUser me = users.require();
        if (!me.can("targeting:lead:write")) {
            throw DomainException.forbidden("无权登记招商线索");
        }
        String city = me.cityCode();
        if (city == null) {
            if (!me.has(Role.SYS_ADMIN)) {
                throw DomainException.forbidden("本单位没有所属城市，不能登记线索");
            }
            city = "370000";
        }
        Row r = validate(d, null, city, me);
        long id = rows.insert(r);
        rows.step(id, null, LeadStage.LEAD.name(), LocalDate.now(clock), "", me.username());
        Row after = rows.find(id).orElseThrow();
        audit.record("CREATE", "targeting.lead", Long.toString(id), null, after);
        return view(after, true);
    }

    @Override
    @Transactional
    public Lead update(long id, LeadDraft d) {
        CurrentUser me = users.require();
        Row before = writable(id);
        Row r = validate(d, before, before.cityCode(), me);
        if (!rows.update(r, d.version())) {
            throw DomainException.conflict("线索已被他人修改，请刷新后重试");
        }
        Row after = rows.find(id).orElseThrow();
        audit.record("UPDATE", "targeting.lead", Long.toString(id), before, after);
        return view(after, true);
    }

    @Override
    @Transactional
    public Lead move(long id, int version, LeadStage to, LocalDate on, String note) {
        CurrentUser me = users.require();
        Row before = writable(id);
        LeadStage from = LeadStage.valueOf(before.stage());
        if (from.closed()) {
            throw DomainException.invalid("线索已" + from.label() + "，不能再变更阶段");
        }
        if (to == null || to != LeadStage.DROPPED && to.ordinal() <= from.ordinal()) {
            throw DomainException.invalid("线索阶段只能向前推进（线索 → 接洽 → 考察 → 洽谈 → 签约），或终止");
        }
        LocalDate date = on == null ? LocalDate.now(clock) : on;
        if (date.isAfter(LocalDate.now(clock))) {
            throw DomainException.invalid("日期不能晚于今天");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > 1000) {
            throw DomainException.invalid("说明不能超过1000字");
        }
        if (to == LeadStage.DROPPED && text.isEmpty()) {
            throw DomainException.invalid("终止线索时请说明原因");
        }
        Long projectId = null;
        if (to == LeadStage.SIGNED && before.expectedInvestment() != null) {
            Project p = projects.create(new ProjectDraft(before.enterpriseName() + "投资项目", before.enterpriseId(),
                    before.enterpriseName(), before.industryCode(), before.chainCode() == null ? null
                    : before.segmentCode() == null ? before.chainCode() : before.chainCode() + "/" + before.segmentCode(),
                    before.cityCode(), null, EnumSet.of(ProjectCategory.ATTRACTION), before.expectedInvestment(), null,
                    null, null, ProjectStage.SIGNED, date, null, null, null, "由招商线索 " + id + " 签约转入", 0));
            projectId = p.id();
        }
        if (!rows.move(id, version, to.name(), to == LeadStage.SIGNED ? date : null, projectId)) {
            throw DomainException.conflict("线索已被他人修改，请刷新后重试");
        }
        rows.step(id, from.name(), to.name(), date, text, me.username());
        Row after = rows.find(id).orElseThrow();
        audit.record("STAGE", "targeting.lead", Long.toString(id), before, after);
        if (to == LeadStage.SIGNED) {
            events.publishEvent(new LeadSigned(id, after.industryCode(), after.cityCode(), projectId));
            bindings.recomputeAll();
        }
        return view(after, true);
    }

    @Override
    public long countSigned(String industryCode, String cityCode, Integer year) {
        return rows.all().stream().filter(l -> LeadStage.SIGNED.name().equals(l.stage()))
                .filter(l -> industryCode == null || l.industryCode().equals(industryCode))
                .filter(l -> cityCode == null || l.cityCode().equals(cityCode))
                .filter(l -> year == null || l.signedOn() != null && l.signedOn().getYear() == year).count();
    }

    @Override
    public boolean supports(BindingKind kind) {
        return kind == BindingKind.COUNT_SIGNED_LEADS;
    }

    @Override
    public BigDecimal value(BindingKind kind, BindingFilter filter) {
        return BigDecimal.valueOf(countSigned(filter.industryCode(), filter.cityCode(), filter.year()));
    }

    private Row validate(LeadDraft d, Row before, String city, CurrentUser me) {
        Long enterpriseId = d.enterpriseId();
        String name = d.enterpriseName() == null ? "" : d.enterpriseName().strip();
        if (enterpriseId != null) {
            Enterprise e = enterprises.enterprise(enterpriseId)
                    .orElseThrow(() -> DomainException.invalid("企业库中没有该企业：" + d.enterpriseId()));
            name = e.name();
        }
        if (name.isEmpty() || name.length() > 200) {
            throw DomainException.invalid("请填写意向企业名称（不超过200字）");
        }
        String industry = d.industryCode() == null ? "" : d.industryCode().strip();
        if (orgs.industry(industry).isEmpty()) {
            throw DomainException.invalid("请选择所属产业");
        }
        String chainCode = null;
        String segmentCode = null;
        if (d.segment() != null && !d.segment().isBlank()) {
            String[] parts = d.segment().strip().split("/", 2);
            Chain chain = chains.chain(parts[0]).orElseThrow(() -> DomainException.invalid("产业链不存在：" + parts[0]));
            chainCode = chain.code();
            if (parts.length == 2 && !parts[1].isBlank()) {
                segmentCode = chain.segment(parts[1].strip()).map(ChainSegment::code)
                        .orElseThrow(() -> DomainException.invalid("环节“" + parts[1] + "”不属于产业链" + chain.name()));
            }
        }
        if (d.expectedInvestment() != null && (d.expectedInvestment().signum() < 0
                || d.expectedInvestment().compareTo(new BigDecimal("1E15")) > 0)) {
            throw DomainException.invalid("意向投资额不合理");
        }
        String contact = d.contact() == null ? "" : d.contact().strip();
        String notes = d.notes() == null ? "" : d.notes().strip();
        if (contact.length() > 500 || notes.length() > 2000) {
            throw DomainException.invalid("联系人不超过500字，备注不超过2000字");
        }
        return new Row(before == null ? 0 : before.id(), enterpriseId, name, industry, chainCode, segmentCode, city,
                before == null ? me.organizationId() : before.ownerOrgId(),
                before == null ? LeadStage.LEAD.name() : before.stage(), d.expectedInvestment(), contact, notes,
                before == null ? null : before.projectId(), before == null ? null : before.signedOn(),
                before == null ? me.username() : before.createdBy(), null, before == null ? 0 : before.version());
    }

    private Lead view(Row l, boolean history) {
        String owner = orgs.organization(l.ownerOrgId()).map(Organization::name).orElse("");
        return new Lead(l.id(), l.enterpriseId(), l.enterpriseName(), l.industryCode(), l.chainCode(), l.segmentCode(),
                l.cityCode(), l.ownerOrgId(), owner, LeadStage.valueOf(l.stage()), l.expectedInvestment(), l.contact(),
                l.notes(), l.projectId(), l.createdBy(), l.updatedAt(), l.version(),
                history ? rows.steps(l.id()) : List.of());
    }
}
