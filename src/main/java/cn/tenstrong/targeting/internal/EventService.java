package cn.tenstrong.targeting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.org.Region;
import cn.tenstrong.project.Project;
import cn.tenstrong.project.ProjectLibrary;
import cn.tenstrong.project.TargetBindings;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.targeting.EventBook;
import cn.tenstrong.targeting.EventCounts;
import cn.tenstrong.targeting.EventDraft;
import cn.tenstrong.targeting.EventType;
import cn.tenstrong.targeting.InvestmentEvent;
import cn.tenstrong.targeting.Lead;
import cn.tenstrong.targeting.persistence.EventRows;
import cn.tenstrong.targeting.persistence.EventRows.LeadFact;
import cn.tenstrong.targeting.persistence.EventRows.Row;
import cn.tenstrong.targeting.persistence.LeadRows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 招商活动 (the bindings' COUNT_EVENTS source is {@link EventBindingSource}, the checks {@link EventRules}). */
@Service
@Transactional(readOnly = true)
class EventService implements EventBook {

    private static final String ENTITY = "targeting.event";
    private static final String PROVINCIAL = "省级";

    private final EventRows rows;
    private final LeadRows leadRows;
    private final LeadService leadService;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final OrgDirectory orgs;
    private final ChainDirectory chains;
    private final EnterpriseLibrary enterprises;
    private final ProjectLibrary projects;
    private final TargetBindings bindings;
    private final cn.tenstrong.shared.Present present;
    private final EventRules rules;

    EventService(EventRows rows, LeadRows leadRows, LeadService leadService, CurrentUsers users, AuditTrail audit,
                 OrgDirectory orgs, ChainDirectory chains, EnterpriseLibrary enterprises, ProjectLibrary projects,
                 TargetBindings bindings, cn.tenstrong.shared.Present present, EventRules rules) {
        this.rules = rules;
        this.rows = rows;
        this.leadRows = leadRows;
        this.leadService = leadService;
        this.users = users;
        this.audit = audit;
        this.orgs = orgs;
        this.chains = chains;
        this.enterprises = enterprises;
        this.projects = projects;
        this.bindings = bindings;
        this.present = present;
    }

    // ---- reading

    @Override
    public List<InvestmentEvent> events(Integer year, String industryCode, String cityCode, EventType type) {
        CurrentUser me = users.require();
        List<Row> list = rows.visible(EventAccess.visibility(me), year, EventRules.blank(industryCode), EventRules.blank(cityCode),
                type == null ? null : type.name());
        return views(list, me);
    }

    @Override
    public InvestmentEvent require(long id) {
        CurrentUser me = users.require();
        return views(List.of(readable(id, me)), me).get(0);
    }

    @Override
    public List<Lead> leads(long id) {
        readable(id, users.require());
        return leadService.leadsOfEvent(id);
    }

    @Override
    public List<Project> projects(long id) {
        readable(id, users.require());
        return projects.fromEvent(id);
    }

    @Override
    public EventCounts counts(int year, LocalDate asOf) {
        CurrentUser me = users.require();
        LocalDate day = asOf == null ? present.today() : asOf;
        List<InvestmentEvent> held = views(rows.visible(EventAccess.visibility(me), year, null, null, null), me).stream()
                .filter(e -> !e.heldOn().isAfter(day)).toList();
        Set<Long> visibleLeads = visibleLeadIds(me);
        Map<Long, List<LeadFact>> facts = rows.leadFacts(held.stream().map(InvestmentEvent::id).toList()).stream()
                .filter(f -> visibleLeads.contains(f.leadId()))
                .filter(f -> f.registeredOn() == null || !f.registeredOn().isAfter(day))
                .collect(Collectors.groupingBy(LeadFact::eventId));
        EventCounts.Group total = group("total", "", held, facts, day);
        List<EventCounts.Group> byIndustry = groups(held, InvestmentEvent::industryCode,
                e -> e.industryName(), facts, day);
        List<EventCounts.Group> byCity = groups(held, e -> e.cityCode() == null ? PROVINCIAL : e.cityCode(),
                e -> e.cityCode() == null ? PROVINCIAL : e.cityName(), facts, day);
        List<EventCounts.Group> byType = new ArrayList<>();
        for (EventType t : EventType.values()) {
            List<InvestmentEvent> of = held.stream().filter(e -> e.type() == t).toList();
            if (!of.isEmpty()) {
                byType.add(group(t.name(), t.label(), of, facts, day));
            }
        }
        return new EventCounts(year, day, total, byIndustry, byCity, byType);
    }

    private static List<EventCounts.Group> groups(List<InvestmentEvent> events, Function<InvestmentEvent, String> key,
                                                  Function<InvestmentEvent, String> label,
                                                  Map<Long, List<LeadFact>> facts, LocalDate day) {
        Map<String, List<InvestmentEvent>> by = events.stream()
                .collect(Collectors.groupingBy(key, java.util.TreeMap::new, Collectors.toList()));
        List<EventCounts.Group> out = new ArrayList<>();
        by.forEach((k, list) -> out.add(group(k, label.apply(list.get(0)), list, facts, day)));
        return out;
    }

    private static EventCounts.Group group(String key, String label, List<InvestmentEvent> events,
                                           Map<Long, List<LeadFact>> facts, LocalDate day) {
        long leads = 0;
        long signed = 0;
        for (InvestmentEvent e : events) {
            for (LeadFact f : facts.getOrDefault(e.id(), List.of())) {
                leads++;
                if ("SIGNED".equals(f.stage()) && f.signedOn() != null && !f.signedOn().isAfter(day)) {
                    signed++;
                }
            }
        }
        return new EventCounts.Group(key, label, events.size(),
                events.stream().mapToLong(e -> e.participants().size()).sum(), leads, signed);
    }

    @Override
    public boolean canCreate() {
        return users.current().map(EventAccess::canCreate).orElse(false);
    }

    @Override
    public boolean canEdit(InvestmentEvent event) {
        return users.current().flatMap(me -> rows.find(event.id()).map(r -> EventAccess.canWrite(me, r)))
                .orElse(false);
    }

    @Override
    public List<Organization> organisers() {
        List<Organization> all = new ArrayList<>();
        for (OrganizationKind k : OrganizationKind.values()) {
            if (k != OrganizationKind.PLACEHOLDER) {
                all.addAll(orgs.organizations(k));
            }
        }
        return all;
    }

    // ---- changing

    @Override
    @Transactional
    public InvestmentEvent create(EventDraft d) {
        CurrentUser me = users.require();
        if (!EventAccess.canCreate(me)) {
            throw DomainException.forbidden("无权登记招商活动");
        }
        Row r = rules.validate(d, null, me);
        if (!EventAccess.canWrite(me, r)) {
            throw DomainException.forbidden(EventAccess.outsideScope(me));
        }
        List<Enterprise> participants = rules.participants(d.enterpriseIds());
        long id = rows.insert(r);
        for (Enterprise e : participants) {
            rows.addParticipant(id, e.id(), e.name(), me.username());
        }
        InvestmentEvent after = require(id);
        audit.record("CREATE", ENTITY, Long.toString(id), null, after);
        bindings.recomputeAll();
        return after;
    }

    @Override
    @Transactional
    public InvestmentEvent update(long id, EventDraft d) {
        CurrentUser me = users.require();
        Row before = writable(id, me);
        InvestmentEvent beforeView = require(id);
        Row r = rules.validate(d, before, me);
        if (!EventAccess.canWrite(me, r)) {
            throw DomainException.forbidden(EventAccess.outsideScope(me));
        }
        if (!rows.update(r, d.version())) {
            throw DomainException.conflict("招商活动已被他人修改，请刷新后重试");
        }
        InvestmentEvent after = require(id);
        audit.record("UPDATE", ENTITY, Long.toString(id), beforeView, after);
        bindings.recomputeAll();
        return after;
    }

    @Override
    @Transactional
    public InvestmentEvent addParticipant(long id, long enterpriseId, int version) {
        CurrentUser me = users.require();
        writable(id, me);
        InvestmentEvent before = require(id);
        Enterprise e = enterprises.enterprise(enterpriseId)
                .orElseThrow(() -> DomainException.invalid("enterpriseId", "企业库中没有该企业：" + enterpriseId));
        if (before.participants().size() >= EventRules.MAX_PARTICIPANTS) {
            throw DomainException.invalid("每场活动最多登记" + EventRules.MAX_PARTICIPANTS + "家参会企业");
        }
        if (!rows.touch(id, version)) {
            throw DomainException.conflict("招商活动已被他人修改，请刷新后重试");
        }
        if (!rows.addParticipant(id, e.id(), e.name(), me.username())) {
            throw DomainException.invalid("enterpriseId", "“" + e.name() + "”已在参会企业中");
        }
        InvestmentEvent after = require(id);
        audit.record("ADD_PARTICIPANT", ENTITY, Long.toString(id), before, after);
        return after;
    }

    @Override
    @Transactional
    public InvestmentEvent removeParticipant(long id, long enterpriseId, int version) {
        CurrentUser me = users.require();
        writable(id, me);
        InvestmentEvent before = require(id);
        if (!rows.touch(id, version)) {
            throw DomainException.conflict("招商活动已被他人修改，请刷新后重试");
        }
        if (!rows.removeParticipant(id, enterpriseId)) {
            throw DomainException.notFound("该企业不在本场活动的参会企业中：" + enterpriseId);
        }
        InvestmentEvent after = require(id);
        audit.record("REMOVE_PARTICIPANT", ENTITY, Long.toString(id), before, after);
        return after;
    }

    // ---- rules

    private Row readable(long id, CurrentUser me) {
        Row e = rows.find(id).orElseThrow(() -> DomainException.notFound("招商活动不存在：" + id));
        if (!EventAccess.canRead(me, e)) {
            throw DomainException.forbidden("无权查看该招商活动");
        }
        return e;
    }

    private Row writable(long id, CurrentUser me) {
        Row e = readable(id, me);
        if (!EventAccess.canWrite(me, e)) {
            throw DomainException.forbidden(EventAccess.outsideScope(me));
        }
        return e;
    }

    // ---- views

    private Set<Long> visibleLeadIds(CurrentUser me) {
        return leadRows.visible(LeadAccess.visibility(me), null).stream().map(LeadRows.Row::id)
                .collect(Collectors.toSet());
    }

    private List<InvestmentEvent> views(List<Row> list, CurrentUser me) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(Row::id).toList();
        Map<Long, List<EventRows.Participant>> participants = rows.participants(ids).stream()
                .collect(Collectors.groupingBy(EventRows.Participant::eventId));
        Set<Long> visibleLeads = visibleLeadIds(me);
        Map<Long, List<LeadFact>> facts = rows.leadFacts(ids).stream().filter(f -> visibleLeads.contains(f.leadId()))
                .collect(Collectors.groupingBy(LeadFact::eventId));
        Map<Long, Organization> organisers = orgs.organizations(list.stream().map(Row::organiserOrgId).toList());
        boolean detail = list.size() == 1;   // where each participant is shown with its region
        List<InvestmentEvent> out = new ArrayList<>();
        for (Row r : list) {
            List<InvestmentEvent.Participant> ps = participants.getOrDefault(r.id(), List.of()).stream()
                    .map(p -> new InvestmentEvent.Participant(p.enterpriseId(), p.enterpriseName(), !detail ? ""
                            : enterprises.enterprise(p.enterpriseId()).map(Enterprise::regionName).orElse("")))
                    .toList();
            List<LeadFact> fs = facts.getOrDefault(r.id(), List.of());
            String place = r.regionCode() == null ? r.outsidePlace() : regionName(r.regionCode());
            out.add(new InvestmentEvent(r.id(), r.name(), EventType.valueOf(r.type()), r.heldOn(), r.regionCode(),
                    place, r.venue(), r.cityCode(), r.cityCode() == null ? PROVINCIAL : regionName(r.cityCode()),
                    r.organiserOrgId(), organisers.containsKey(r.organiserOrgId())
                            ? organisers.get(r.organiserOrgId()).name() : "",
                    r.industryCode(), orgs.industry(r.industryCode()).map(Industry::name).orElse(r.industryCode()),
                    r.chainCode(), r.chainCode() == null ? null
                            : chains.summary(r.chainCode()).map(cn.tenstrong.chain.ChainSummary::name).orElse(r.chainCode()),
                    r.description(), ps, fs.size(), fs.stream().filter(f -> "SIGNED".equals(f.stage())).count(),
                    r.createdBy(), r.updatedAt(), r.version()));
        }
        return out;
    }

    private String regionName(String code) {
        return orgs.region(code).map(Region::name).orElse(code);
    }

}
