package cn.tenstrong.targeting;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import cn.tenstrong.plan.PlanCatalog;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.project.BindingFilter;
import cn.tenstrong.project.BindingKind;
import cn.tenstrong.project.Project;
import cn.tenstrong.project.ProjectLibrary;
import cn.tenstrong.project.ProjectStage;
import cn.tenstrong.project.TargetBinding;
import cn.tenstrong.project.TargetBindings;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 招商活动 end to end: the seed's "举办3-5场“链主”企业和“专精特新”企业专项对接活动" (line 23) bound to the 对接会 of its
 * industry and year from which a lead was signed; a Jinan matchmaking event, a lead registered from it and signed,
 * the project inheriting the event, and the bound value read as of days before and after the signing. Scope,
 * validation, stale versions and the audit trail; the funnel filtered by the event; counts per industry and city.
 */
class InvestmentEventTest extends IntegrationTest {

    @Autowired
    EventBook events;
    @Autowired
    LeadBook leads;
    @Autowired
    ProjectLibrary projects;
    @Autowired
    TargetBindings bindings;
    @Autowired
    PlanCatalog plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void anEventWhoseSignedLeadBecomesAProjectCountsInTheEventBindingAsOfADate() throws Exception {
        AsUser as = new AsUser(userDetails);
        long cityOrg = orgOf("city");
        PlanItemView.TargetView target = seedTarget();

        // the 专班 binds the target: 新一代信息技术 对接会 in 济南 in 2022 that yielded a signed lead
        BindingFilter filter = new BindingFilter("01", null, "370100", 2022, null, ProjectStage.SIGNED, "MATCHMAKING");
        int version = bindings.binding(target.id()).map(TargetBinding::version).orElse(0);
        TargetBinding bound = as.call("zhuanban", () -> bindings.bind(target.id(), BindingKind.COUNT_EVENTS, filter,
                version));
        assertThat(bound.description()).contains("招商活动").contains("新一代信息技术").contains("济南市").contains("对接会")
                .contains("2022年举办场次").contains("有线索签约");
        // a filter the kind cannot count is refused
        assertThatThrownBy(() -> as.call("zhuanban", () -> bindings.bind(target.id(), BindingKind.COUNT_EVENTS,
                new BindingFilter("01", null, null, 2022, null, ProjectStage.STARTED, null), bound.version())))
                .isInstanceOf(DomainException.class).hasMessageContaining("签约");
        BigDecimal beforeSigning = value(target.id(), "2022-06-19");
        BigDecimal yearEnd = value(target.id(), "2022-12-31");

        InvestmentEvent event = as.call("city", () -> events.create(EventDrafts.named("活动测试 集成电路链主企业专项对接会", cityOrg)
                .type(EventType.MATCHMAKING).heldOn(LocalDate.of(2022, 5, 10)).venue("济南国际会展中心")
                .chain("integrated-circuit").description("链主企业与专精特新企业供需对接").build()));
        assertThat(event.cityCode()).isEqualTo("370100");
        assertThat(event.placeName()).isEqualTo("历下区");
        assertThat(event.organiserName()).isEqualTo("济南市投资促进局");
        assertThat(event.chainName()).isEqualTo("集成电路");
        // no signed lead yet: the event does not count for a target of signed outcomes
        assertThat(value(target.id(), "2022-12-31")).isEqualByComparingTo(yearEnd);

        // a lead from the event, signed on 20 June 2022: the project inherits the event
        Lead lead = as.call("city", () -> leads.create(LeadDrafts.on("活动测试芯片封装有限公司").investment("300000000")
                .contact("王经理").notes("对接会上达成意向").event(event.id()).build()));
        assertThat(lead.eventId()).isEqualTo(event.id());
        assertThat(lead.eventName()).isEqualTo("活动测试 集成电路链主企业专项对接会");
        Lead signed = as.call("city", () -> leads.move(lead.id(), lead.version(), LeadStage.SIGNED,
                LocalDate.of(2022, 6, 20), "签约"));
        Project project = as.call("city", () -> projects.require(signed.projectId()));
        assertThat(project.originEventId()).isEqualTo(event.id());
        assertThat(as.call("city", () -> events.projects(event.id()))).extracting(Project::id).containsExactly(project.id());
        assertThat(as.call("city", () -> events.leads(event.id()))).extracting(Lead::id).containsExactly(lead.id());

        // as of the day before the signing the event has no signed lead; from the signing on it counts
        assertThat(value(target.id(), "2022-06-19")).isEqualByComparingTo(beforeSigning);
        assertThat(value(target.id(), "2022-06-20")).isEqualByComparingTo(beforeSigning.add(BigDecimal.ONE));
        assertThat(value(target.id(), "2022-12-31")).isEqualByComparingTo(yearEnd.add(BigDecimal.ONE));
        // the API answers the same as of a date
        Http http = new Http(baseUrl());
        String admin = demoPasswords().get("admin");
        JsonNode api = json.readTree(http.get("/api/projects/bindings/" + target.id() + "/value?asOf=2022-06-20",
                "admin", admin).body());
        assertThat(api.get("value").decimalValue()).isEqualByComparingTo(beforeSigning.add(BigDecimal.ONE));
        assertThat(api.get("asOf").asText()).isEqualTo("2022-06-20");

        // 举办场次 without the outcome filter: the event counts from the day it was held
        TargetBinding held = as.call("zhuanban", () -> bindings.bind(target.id(), BindingKind.COUNT_EVENTS,
                new BindingFilter("01", null, "370100", 2022, null, null, "对接会"),
                bindings.binding(target.id()).orElseThrow().version()));
        BigDecimal before = value(held.targetId(), "2022-05-09");
        assertThat(value(held.targetId(), "2022-05-10")).isEqualByComparingTo(before.add(BigDecimal.ONE));

        // the funnel filtered by the event holds exactly its lead
        LeadFunnel funnel = as.call("city", () -> leads.funnel(null, event.id()));
        assertThat(funnel.eventName()).isEqualTo(event.name());
        assertThat(funnel.total().count(LeadStage.LEAD)).isEqualTo(1);
        assertThat(funnel.total().count(LeadStage.SIGNED)).isEqualTo(1);
        JsonNode funnelApi = json.readTree(http.get("/api/targeting/leads/funnel?event=" + event.id(), "city",
                demoPasswords().get("city")).body());
        assertThat(funnelApi.at("/total/counts/4").asLong()).isEqualTo(1);
        assertThat(funnelApi.get("eventId").asLong()).isEqualTo(event.id());

        // counts per industry and city as of a day (page and API)
        EventCounts mayNinth = as.call("city", () -> events.counts(2022, LocalDate.of(2022, 5, 9)));
        EventCounts yearCounts = as.call("city", () -> events.counts(2022, LocalDate.of(2022, 12, 31)));
        assertThat(events(yearCounts.byCity(), "370100") - events(mayNinth.byCity(), "370100")).isEqualTo(1);
        assertThat(events(yearCounts.byIndustry(), "01") - events(mayNinth.byIndustry(), "01")).isEqualTo(1);
        JsonNode countsApi = json.readTree(http.get("/api/targeting/events/counts?year=2022&asOf=2022-12-31", "city",
                demoPasswords().get("city")).body());
        assertThat(countsApi.get("byCity").findValues("key").stream().map(JsonNode::asText)).containsOnly("370100");

        // scope: the park reads its city's event but may not change it; the task force of another industry does not
        // see it; a city cannot register another city's event
        assertThat(as.call("park", () -> events.require(event.id())).id()).isEqualTo(event.id());
        assertThatThrownBy(() -> as.call("park", () -> events.update(event.id(), draft(event, "改名", cityOrg))))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.FORBIDDEN);
        assertThatThrownBy(() -> as.call("city", () -> events.create(EventDrafts.named("活动测试 青岛推介会", cityOrg)
                .region("370202").build())))
                .isInstanceOf(DomainException.class).hasMessageContaining("本市");
        assertThat(http.get("/api/targeting/events/" + event.id(), "leader", demoPasswords().get("leader"))
                .statusCode()).isEqualTo(200);

        // validation: one place only, an organiser from the directory, a chain of the industry
        assertThatThrownBy(() -> as.call("city", () -> events.create(EventDrafts.named("活动测试 无地点", cityOrg)
                .type(EventType.EXPO).outside("").build())))
                .isInstanceOf(DomainException.class).hasMessageContaining("举办地点");
        assertThatThrownBy(() -> as.call("city", () -> events.create(EventDrafts.named("活动测试 错链", cityOrg)
                .type(EventType.EXPO).industry("02").chain("integrated-circuit").build())))
                .isInstanceOf(DomainException.class).hasMessageContaining("不属于所选产业");
        HttpResponse<String> invalid = http.send("POST", "/api/targeting/events", "city", demoPasswords().get("city"),
                "{\"name\":\"\",\"version\":0}");
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(422);
        assertThat(invalid.body()).contains("活动名称");

        // an event outside Shandong counts for its organiser's city
        InvestmentEvent shenzhen = as.call("city", () -> events.create(EventDrafts.named("活动测试 深圳推介会", cityOrg)
                .heldOn(LocalDate.of(2022, 9, 1)).outside("广东省深圳市").build()));
        assertThat(shenzhen.cityCode()).isEqualTo("370100");
        assertThat(shenzhen.placeName()).isEqualTo("广东省深圳市");

        // participants from the library, version-checked; a stale version is refused (409)
        long enterprise = jdbc.sql("select id from enterprise where stock_code = '600519.SH'").query(Long.class).single();
        InvestmentEvent withOne = as.call("city", () -> events.addParticipant(event.id(), enterprise, event.version()));
        assertThat(withOne.participants()).extracting(InvestmentEvent.Participant::name).containsExactly("贵州茅台酒股份有限公司");
        assertThatThrownBy(() -> as.call("city", () -> events.update(event.id(), draft(event, "改名", cityOrg))))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.CONFLICT);
        InvestmentEvent renamed = as.call("city", () -> events.update(event.id(), draft(withOne, "活动测试 集成电路专项对接会（更名）",
                cityOrg)));
        assertThat(renamed.participants()).hasSize(1);
        assertThat(renamed.version()).isEqualTo(withOne.version() + 1);

        // audited: creation, participant, update
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'targeting.event' and entity_id = :id order by id")
                .param("id", Long.toString(event.id())).query(String.class).list())
                .containsExactly("CREATE", "ADD_PARTICIPANT", "UPDATE");
    }

    private static EventDraft draft(InvestmentEvent e, String name, long organiser) {
        return EventDrafts.editing(e, name, organiser).build();
    }

    private static long events(List<EventCounts.Group> groups, String key) {
        return groups.stream().filter(g -> g.key().equals(key)).mapToLong(EventCounts.Group::events).sum();
    }

    private BigDecimal value(long targetId, String day) {
        return bindings.valueOn(targetId, LocalDate.parse(day)).value();
    }

    /** The 新一代信息技术 plan's "举办3-5场…专项对接活动" target (seed line 23). */
    private PlanItemView.TargetView seedTarget() {
        long planId = plans.activePlans().stream().filter(p -> "01".equals(p.industryCode())).findFirst().orElseThrow().id();
        return plans.plan(planId).orElseThrow().items().stream().filter(i -> i.text().contains("专项对接活动"))
                .flatMap(i -> i.targets().stream()).filter(t -> t.text().contains("场")).findFirst().orElseThrow();
    }

    private long orgOf(String username) {
        return jdbc.sql("select organization_id from access_user where username = :u").param("u", username)
                .query(Long.class).single();
    }
}
