package cn.tenstrong.targeting;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.tenstrong.access.DataScope;
import cn.tenstrong.access.NewUserAccount;
import cn.tenstrong.access.Role;
import cn.tenstrong.access.UserAccounts;
import cn.tenstrong.audit.AuditEntry;
import cn.tenstrong.audit.AuditLog;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.GenerateEnterprisesCommand;
import cn.tenstrong.enterprise.Uscc;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.project.Project;
import cn.tenstrong.project.ProjectLibrary;
import cn.tenstrong.project.ProjectStage;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.BrowserSession;
import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Leads at the service and API level: who may see and change which lead (city, park, county-free Qingdao bureau,
 * task force, leader), 跟进记录, 滞留 as of explicit dates and on the home page, the funnel on a fixture, and
 * recommendation conversion.
 */
class LeadPipelineTest extends IntegrationTest {

    private static final String QD_USER = "qdcity";
    private static final String QD_PASSWORD = "Qingdao-Lead-2026!";

    @Autowired
    LeadBook leads;
    @Autowired
    OrgDirectory orgs;
    @Autowired
    UserAccounts accounts;
    @Autowired
    EnterpriseLibrary enterprises;
    @Autowired
    ProjectLibrary projects;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    UserDetailsService userDetails;
    @Value("${platform.zone:Asia/Shanghai}")
    String zone;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    private LocalDate today() {
        return LocalDate.now(ZoneId.of(zone));
    }

    private long org(String name) {
        return orgs.findByName(name).orElseThrow().id();
    }

    /** A city bureau user of 青岛 (the demo accounts only have 济南's). */
    private synchronized void qingdaoUser() {
        if (accounts.all().stream().noneMatch(a -> a.username().equals(QD_USER))) {
            as().call("admin", () -> accounts.create(new NewUserAccount(QD_USER, "青岛招商测试", org("青岛市投资促进局"),
                    DataScope.OWN_CITY, Set.of(Role.CITY_BUREAU), QD_PASSWORD)));
        }
    }

    private String password(String user) {
        return user.equals(QD_USER) ? QD_PASSWORD : demoPasswords().get(user);
    }

    private HttpResponse<String> api(String method, String path, String user, String body) {
        Http http = new Http(baseUrl());
        return method.equals("GET") ? http.get(path, user, password(user)) : http.send(method, path, user, password(user), body);
    }

    private JsonNode read(HttpResponse<String> r) {
        return json.readTree(r.body());
    }

    private static String draft(String name, String industry, String investment, int version) {
        return """
                {"enterpriseName":"%s","industryCode":"%s","expectedInvestment":%s,"contact":"李经理","notes":"测试","version":%d}
                """.formatted(name, industry, investment, version);
    }

    @Test
    void parksKeepTheirOwnLeadsCitiesTheirWholeCityAndEveryoneElseGets403() {
        qingdaoUser();
        long park = org("济南高新技术产业开发区管理委员会");
        long jinan = org("济南市投资促进局");

        // a park registers a lead: owned by the park, in the park's city
        HttpResponse<String> created = api("POST", "/api/targeting/leads", "park",
                draft("园区权限测试智能装备有限公司", "02", "300000000", 0));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode parkLead = read(created);
        long parkLeadId = parkLead.get("id").asLong();
        assertThat(parkLead.get("ownerOrgId").asLong()).isEqualTo(park);
        assertThat(parkLead.get("cityCode").asString()).isEqualTo("370100");
        assertThat(parkLead.get("stage").asString()).isEqualTo("LEAD");

        // the city bureau registers one of its own
        JsonNode cityLead = read(api("POST", "/api/targeting/leads", "city",
                draft("市局权限测试新材料有限公司", "01", "null", 0)));
        long cityLeadId = cityLead.get("id").asLong();
        assertThat(cityLead.get("ownerOrgId").asLong()).isEqualTo(jinan);

        // the city sees and changes the park's lead; the park does not see the city's
        assertThat(api("GET", "/api/targeting/leads/" + parkLeadId, "city", null).statusCode()).isEqualTo(200);
        HttpResponse<String> cityEdits = api("PUT", "/api/targeting/leads/" + parkLeadId, "city",
                draft("园区权限测试智能装备有限公司", "02", "350000000", 0));
        assertThat(cityEdits.statusCode()).as(cityEdits.body()).isEqualTo(200);
        assertThat(read(cityEdits).get("ownerOrgId").asLong()).as("the owner stays the park").isEqualTo(park);
        assertThat(api("GET", "/api/targeting/leads/" + cityLeadId, "park", null).statusCode()).isEqualTo(403);
        assertThat(api("PUT", "/api/targeting/leads/" + cityLeadId, "park", draft("改名", "01", "null", 0))
                .statusCode()).isEqualTo(403);
        assertThat(api("POST", "/api/targeting/leads/" + cityLeadId + "/stage", "park",
                "{\"version\":0,\"stage\":\"CONTACTED\"}").statusCode()).isEqualTo(403);
        assertThat(api("POST", "/api/targeting/leads/" + cityLeadId + "/activities", "park",
                "{\"kind\":\"CALL\",\"content\":\"越权\"}").statusCode()).isEqualTo(403);
        assertThat(read(api("GET", "/api/targeting/leads", "park", null)).valueStream()
                .map(n -> n.get("ownerOrgId").asLong()).collect(Collectors.toSet())).containsOnly(park);

        // the park keeps changing its own lead (with the version it read: 1 after the city's edit)
        HttpResponse<String> parkEdits = api("PUT", "/api/targeting/leads/" + parkLeadId, "park",
                draft("园区权限测试智能装备有限公司", "02", "360000000", 1));
        assertThat(parkEdits.statusCode()).as(parkEdits.body()).isEqualTo(200);
        // a stale version: 409 with the Chinese reason, nothing saved
        HttpResponse<String> stale = api("PUT", "/api/targeting/leads/" + parkLeadId, "park",
                draft("园区权限测试智能装备有限公司", "02", "1", 1));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(read(stale).get("detail").asString()).contains("线索已被他人修改");
        assertThat(as().call("park", () -> leads.require(parkLeadId)).expectedInvestment())
                .isEqualByComparingTo("360000000");
        // invalid data: 422 with the Chinese reason
        HttpResponse<String> invalid = api("POST", "/api/targeting/leads", "park", draft("", "02", "null", 0));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(read(invalid).get("detail").asString()).contains("请填写意向企业名称");

        // another city: neither reads nor writes 济南's leads, and the other way round
        long qdLeadId = read(api("POST", "/api/targeting/leads", QD_USER,
                draft("青岛权限测试海洋装备有限公司", "05", "null", 0))).get("id").asLong();
        assertThat(api("GET", "/api/targeting/leads/" + parkLeadId, QD_USER, null).statusCode()).isEqualTo(403);
        assertThat(api("PUT", "/api/targeting/leads/" + cityLeadId, QD_USER, draft("x", "01", "null", 0))
                .statusCode()).isEqualTo(403);
        assertThat(api("GET", "/api/targeting/leads/" + qdLeadId, "city", null).statusCode()).isEqualTo(403);
        assertThat(api("PUT", "/api/targeting/leads/" + qdLeadId, "city", draft("x", "05", "null", 0))
                .statusCode()).isEqualTo(403);
        // a city may hand a lead to its own park, not to another city's bureau
        HttpResponse<String> handOver = api("PUT", "/api/targeting/leads/" + cityLeadId, "city", """
                {"enterpriseName":"市局权限测试新材料有限公司","industryCode":"01","ownerOrgId":%d,"version":0}
                """.formatted(org("青岛市投资促进局")));
        assertThat(handOver.statusCode()).isEqualTo(403);

        // the task force reads its industry (01) only and changes nothing; leaders read all, change nothing
        assertThat(api("GET", "/api/targeting/leads/" + cityLeadId, "zhuanban", null).statusCode()).isEqualTo(200);
        assertThat(api("GET", "/api/targeting/leads/" + parkLeadId, "zhuanban", null).statusCode()).isEqualTo(403);
        assertThat(api("PUT", "/api/targeting/leads/" + cityLeadId, "zhuanban", draft("x", "01", "null", 0))
                .statusCode()).isEqualTo(403);
        assertThatThrownBy(() -> as().call("zhuanban", () -> leads.addActivity(cityLeadId,
                new ActivityDraft(ActivityKind.CALL, null, "越权", "", null))))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.FORBIDDEN);
        assertThat(api("GET", "/api/targeting/leads/" + qdLeadId, "leader", null).statusCode()).isEqualTo(200);
        assertThat(api("POST", "/api/targeting/leads", "leader", draft("领导", "01", "null", 0)).statusCode())
                .isEqualTo(403);
        assertThat(as().call("leader", () -> leads.canCreate())).isFalse();
        assertThat(as().call("park", () -> leads.owners())).extracting(o -> o.id()).containsExactly(park);
        assertThat(as().call("city", () -> leads.owners())).extracting(o -> o.id()).startsWith(jinan).contains(park)
                .doesNotContain(org("青岛市投资促进局"));

        // a park's signed lead becomes its own project, in its park
        Lead signed = as().call("park", () -> {
            Lead l = leads.require(parkLeadId);
            return leads.move(parkLeadId, l.version(), LeadStage.SIGNED, today(), "签约");
        });
        Project project = as().call("park", () -> projects.require(signed.projectId()));
        assertThat(project.parkId()).isEqualTo(park);
        assertThat(project.cityCode()).isEqualTo("370100");
        assertThat(project.totalInvestment()).isEqualByComparingTo("360000000");
        assertThat(project.stage()).isEqualTo(ProjectStage.SIGNED);
    }

    @Test
    void followUpsAreValidatedListedNewestFirstAndAudited() {
        Lead lead = as().call("city", () -> leads.create(LeadDrafts.on("跟进记录测试生物医药有限公司").industry("06").build()));
        LocalDate t = today();
        LeadActivity call = as().call("city", () -> leads.addActivity(lead.id(),
                new ActivityDraft(ActivityKind.CALL, t.minusDays(3), "电话沟通投资意向", "", null)));
        LeadActivity visit = as().call("city", () -> leads.addActivity(lead.id(),
                new ActivityDraft(ActivityKind.VISIT, t.minusDays(1), "上门拜访董事长", "寄送园区资料", t.plusDays(5))));
        as().call("city", () -> leads.addActivity(lead.id(),
                new ActivityDraft(ActivityKind.MEETING, t.minusDays(2), "视频会议", "", null)));
        Lead detail = as().call("city", () -> leads.require(lead.id()));
        assertThat(detail.activities()).extracting(LeadActivity::kind)
                .containsExactly(ActivityKind.VISIT, ActivityKind.MEETING, ActivityKind.CALL);
        assertThat(detail.activities().get(0).nextStep()).isEqualTo("寄送园区资料");
        assertThat(detail.activities().get(0).nextStepDue()).isEqualTo(t.plusDays(5));
        assertThat(detail.staleness().nextStep()).isEqualTo("寄送园区资料");
        assertThat(detail.staleness().stale()).isFalse();

        Map<String, String> refused = Map.of(
                "请选择跟进方式", "kind", "跟进日期不能晚于今天", "future", "请填写跟进内容", "content",
                "请填写下一步的计划日期", "due", "下一步日期不能早于跟进日期", "early", "请同时填写下一步工作", "step");
        refused.forEach((message, what) -> assertThatThrownBy(() -> as().call("city", () -> leads.addActivity(
                lead.id(), switch (what) {
                    case "kind" -> new ActivityDraft(null, t, "内容", "", null);
                    case "future" -> new ActivityDraft(ActivityKind.CALL, t.plusDays(1), "内容", "", null);
                    case "content" -> new ActivityDraft(ActivityKind.CALL, t, " ", "", null);
                    case "due" -> new ActivityDraft(ActivityKind.CALL, t, "内容", "下一步", null);
                    case "early" -> new ActivityDraft(ActivityKind.CALL, t, "内容", "下一步", t.minusDays(1));
                    default -> new ActivityDraft(ActivityKind.CALL, t, "内容", "", t.plusDays(1));
                }))).as(what).isInstanceOf(DomainException.class).hasMessageContaining(message));

        List<AuditEntry> entries = as().call("admin", () -> audit.recent(null, "targeting.lead_activity", 50, Long.MAX_VALUE));
        assertThat(entries).filteredOn(e -> e.entityId().equals(Long.toString(visit.id()))).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("city");
                    assertThat(e.afterJson()).contains("上门拜访董事长");
                });
        assertThat(entries).extracting(AuditEntry::entityId).contains(Long.toString(call.id()));

        // the API takes the same follow-up (201) and refuses a bad one with 422
        HttpResponse<String> posted = api("POST", "/api/targeting/leads/" + lead.id() + "/activities", "city",
                "{\"kind\":\"INSPECTION\",\"on\":\"" + t + "\",\"content\":\"实地考察\",\"nextStep\":\"\"}");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        assertThat(read(posted).get("kind").asString()).isEqualTo("INSPECTION");
        HttpResponse<String> bad = api("POST", "/api/targeting/leads/" + lead.id() + "/activities", "city",
                "{\"kind\":\"CALL\",\"content\":\"\"}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(read(bad).get("detail").asString()).contains("请填写跟进内容");
    }

    @Test
    void aLeadIsStaleAfterItsStagesLimitOrAnOverdueNextStepAndShowsOnTheOwnersHomePage() {
        qingdaoUser();
        Lead lead = as().call(QD_USER, () -> leads.create(LeadDrafts.on("滞留测试港口机械有限公司").industry("05").build()));
        LocalDate t = today();
        // 线索: 14 days
        assertThat(staleIds(t)).doesNotContain(lead.id());
        assertThat(staleIds(t.plusDays(14))).doesNotContain(lead.id());
        assertThat(staleIds(t.plusDays(15))).contains(lead.id());
        // a follow-up today with a next step due in 3 days
        as().call(QD_USER, () -> leads.addActivity(lead.id(),
                new ActivityDraft(ActivityKind.CALL, t, "电话联系", "发送招商手册", t.plusDays(3))));
        assertThat(staleIds(t.plusDays(3))).doesNotContain(lead.id());
        Lead overdue = as().call(QD_USER, () -> leads.staleLeads(t.plusDays(4))).stream()
                .filter(l -> l.id() == lead.id()).findFirst().orElseThrow();
        assertThat(overdue.staleness().overdue()).isTrue();
        assertThat(overdue.staleness().idle()).isFalse();
        assertThat(overdue.staleness().nextStepDue()).isEqualTo(t.plusDays(3));
        // 接洽 (30 days); the next step is still pending, a follow-up without one settles it
        as().call(QD_USER, () -> leads.move(lead.id(), lead.version(), LeadStage.CONTACTED, t, "首次接洽"));
        assertThat(staleIds(t.plusDays(20))).contains(lead.id());
        as().call(QD_USER, () -> leads.addActivity(lead.id(),
                new ActivityDraft(ActivityKind.OTHER, t, "已发送招商手册", "", null)));
        assertThat(staleIds(t.plusDays(20))).doesNotContain(lead.id());
        assertThat(staleIds(t.plusDays(30))).doesNotContain(lead.id());
        assertThat(staleIds(t.plusDays(31))).contains(lead.id());
        // only the owner's organisation gets it as a to-do; 济南 does not even see it
        var me = as().call(QD_USER, () -> leads.require(lead.id()));
        assertThat(as().call("city", () -> leads.staleLeads(t.plusDays(31)))).extracting(Lead::id)
                .doesNotContain(me.id());

        // as of today it is not stale; two months later (dates moved back) it is, and the home page lists it
        assertThat(as().call(QD_USER, () -> leads.myStaleLeads())).extracting(Lead::id).doesNotContain(lead.id());
        jdbc.sql("update targeting_lead_step set on_date = on_date - 60 where lead_id = :id").param("id", lead.id()).update();
        jdbc.sql("update targeting_lead_activity set on_date = on_date - 60, next_due = next_due - 60 where lead_id = :id")
                .param("id", lead.id()).update();
        List<Lead> mine = as().call(QD_USER, () -> leads.myStaleLeads());
        assertThat(mine).extracting(Lead::id).contains(lead.id());
        assertThat(mine.stream().filter(l -> l.id() == lead.id()).findFirst().orElseThrow().staleness().idleDays())
                .isEqualTo(60);
        BrowserSession home = new BrowserSession(baseUrl());
        home.login(QD_USER, QD_PASSWORD);
        String page = home.get("/").body();
        assertThat(page).contains("todo-lead-" + lead.id()).contains("滞留线索").contains("滞留测试港口机械有限公司")
                .contains("已 60 天无跟进（接洽阶段时限 30 天）");
        String list = home.get("/leads?stale=true").body();
        assertThat(list).contains("lead-" + lead.id()).contains("stale-chip");
        BrowserSession jinan = new BrowserSession(baseUrl());
        jinan.login("city", demoPasswords().get("city"));
        assertThat(jinan.get("/").body()).doesNotContain("todo-lead-" + lead.id());
        // the API filter
        assertThat(read(api("GET", "/api/targeting/leads?stale=true", QD_USER, null)).valueStream()
                .map(n -> n.get("id").asLong()).toList()).contains(lead.id());
    }

    private List<Long> staleIds(LocalDate asOf) {
        return as().call(QD_USER, () -> leads.staleLeads(asOf)).stream().map(Lead::id).toList();
    }

    @Test
    void theFunnelCountsEachStageReachedWithinTheViewersScopeAndTheRecommendationConversion() {
        qingdaoUser();
        long enterprise = fixtureEnterprise();
        int year = today().getYear();
        LeadFunnel before = as().call(QD_USER, () -> leads.funnel(year));
        long[] base = before.total().counts().stream().mapToLong(Long::longValue).toArray();

        // A stays 线索; B 接洽 → 考察 → 终止; C 线索 → 洽谈 → 签约 (no investment: no project);
        // D from a recommendation, signed with an investment: a project
        Lead a = create("漏斗测试甲船舶有限公司", "05");
        Lead b = create("漏斗测试乙海工有限公司", "05");
        Lead c = create("漏斗测试丙海洋科技有限公司", "05");
        Lead d = as().call(QD_USER, () -> leads.fromRecommendation(enterprise, "integrated-circuit", "photoresist",
                new BigDecimal("87.5")));
        assertThat(d.origin()).isEqualTo(new LeadOrigin("integrated-circuit", "photoresist", new BigDecimal("87.50")));
        assertThat(d.industryCode()).isEqualTo("01");
        assertThat(d.qualifiedSegment()).isEqualTo("integrated-circuit/photoresist");
        assertThat(d.cityCode()).isEqualTo("370200");
        // converting the same enterprise again opens the same open lead
        assertThat(as().call(QD_USER, () -> leads.fromRecommendation(enterprise, "integrated-circuit", "photoresist",
                new BigDecimal("87.5"))).id()).isEqualTo(d.id());
        move(b, LeadStage.CONTACTED, LeadStage.VISITED, LeadStage.DROPPED);
        move(c, LeadStage.NEGOTIATING, LeadStage.SIGNED);
        Lead dWithMoney = as().call(QD_USER, () -> leads.update(d.id(), LeadDrafts.onEnterprise(enterprise)
                .segment("integrated-circuit/photoresist").investment("500000000").version(d.version()).build()));
        move(dWithMoney, LeadStage.CONTACTED, LeadStage.SIGNED);

        LeadFunnel after = as().call(QD_USER, () -> leads.funnel(year));
        long[] delta = new long[6];
        for (int i = 0; i < 6; i++) {
            delta[i] = after.total().counts().get(i) - base[i];
        }
        //                  线索 接洽 考察 洽谈 签约 终止
        assertThat(delta).containsExactly(4, 3, 3, 2, 2, 1);
        assertThat(after.byCity()).extracting(LeadFunnel.Group::key).containsOnly("370200");
        assertThat(after.byCity().get(0).label()).isEqualTo("青岛市");
        assertThat(after.byIndustry()).extracting(LeadFunnel.Group::key).contains("01", "05");
        LeadFunnel.Conversion ic = after.conversions().stream()
                .filter(x -> x.chainCode().equals("integrated-circuit")).findFirst().orElseThrow();
        assertThat(ic.chainName()).isEqualTo("集成电路");
        assertThat(List.of(ic.enterprises(), ic.leads(), ic.signed(), ic.projects())).containsExactly(1L, 1L, 1L, 1L);
        // no lead of last year
        assertThat(as().call(QD_USER, () -> leads.funnel(year - 1)).total().counts()).containsOnly(0L);

        // the viewer's scope: 济南 sees no 青岛 row, administrators do
        assertThat(as().call("city", () -> leads.funnel(year)).byCity()).extracting(LeadFunnel.Group::key)
                .doesNotContain("370200");
        LeadFunnel.Group qingdao = as().call("admin", () -> leads.funnel(null)).byCity().stream()
                .filter(g -> g.key().equals("370200")).findFirst().orElseThrow();
        assertThat(qingdao.count(LeadStage.SIGNED)).isGreaterThanOrEqualTo(2);

        // the JSON and the page say the same
        JsonNode api = read(api("GET", "/api/targeting/leads/funnel?year=" + year, QD_USER, null));
        assertThat(api.get("total").get("counts").get(LeadStage.SIGNED.ordinal()).asLong())
                .isEqualTo(after.total().count(LeadStage.SIGNED));
        assertThat(api.get("conversions").valueStream().map(n -> n.get("chainCode").asString()).toList())
                .contains("integrated-circuit");
        BrowserSession session = new BrowserSession(baseUrl());
        session.login(QD_USER, QD_PASSWORD);
        String page = session.get("/leads/funnel?year=" + year).body();
        assertThat(page).contains("funnel-city-370200").contains("conversion-integrated-circuit").contains("青岛市");
        assertThat(session.get("/leads/funnel?year=").statusCode()).isEqualTo(200);
        assertThat(session.get("/leads/funnel/data?year=" + year).body()).contains("\"byCity\"");
    }

    private Lead create(String name, String industry) {
        return as().call(QD_USER, () -> leads.create(LeadDrafts.on(name).industry(industry).build()));
    }

    private void move(Lead lead, LeadStage... stages) {
        as().call(QD_USER, () -> {
            Lead current = lead;
            for (LeadStage s : stages) {
                current = leads.move(current.id(), current.version(), s, today(), s == LeadStage.DROPPED ? "企业放弃" : "");
            }
            return current;
        });
    }

    /** An enterprise outside Shandong (imported once). */
    private long fixtureEnterprise() {
        String name = "漏斗转化测试光刻胶材料股份有限公司";
        String uscc = Uscc.withCheckDigit("91" + "320000" + "MA7F0001" + Uscc.organizationCodeCheckChar("MA7F0001"));
        String csv = String.join(",", GenerateEnterprisesCommand.HEADER) + "\n"
                + uscc + "," + name + ",320000,C2664,50000,2012-01-01,光刻胶、光致抗蚀剂的研发与生产,KrF光刻胶,专精特新,80000,600,\n";
        as().call("admin", () -> enterprises.importFile(csv.getBytes(StandardCharsets.UTF_8), "funnel.csv"));
        return as().call("admin", () -> enterprises.byUscc(uscc)).orElseThrow().id();
    }

    @Test
    void theEditPageShowsAConflictOrAValidationErrorInChineseAndSavesNothing() throws Exception {
        Lead lead = as().call("city", () -> leads.create(LeadDrafts.on("编辑页测试新能源有限公司").industry("03")
                .investment("100").contact("王经理").build()));
        FormSession city = new FormSession("city", demoPasswords().get("city"));
        HttpResponse<String> form = city.get("/leads/" + lead.id() + "/edit");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("编辑页测试新能源有限公司").contains("name=\"expectedInvestment\"");

        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("enterpriseName", "编辑页测试新能源有限公司",
                "industryCode", "03", "segment", "", "expectedInvestment", "200", "contact", "王经理", "notes", "",
                "enterpriseId", "", "version", "0"));
        HttpResponse<String> saved = city.post("/leads/" + lead.id() + "/edit", fields);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(as().call("city", () -> leads.require(lead.id())).expectedInvestment()).isEqualByComparingTo("200");

        fields.put("expectedInvestment", "300");   // still version 0: someone saved in between
        HttpResponse<String> conflict = city.post("/leads/" + lead.id() + "/edit", fields);
        assertThat(conflict.statusCode()).isEqualTo(409); // the form comes back with what was typed
        assertThat(conflict.body()).contains("线索已被他人修改，请刷新后重试").contains("value=\"300\"");
        fields.put("version", "1");
        fields.put("expectedInvestment", "三百万");
        assertThat(city.post("/leads/" + lead.id() + "/edit", fields).body()).contains("“三百万”不是有效的数值").contains("value=\"三百万\"");
        fields.put("expectedInvestment", "300");
        fields.put("industryCode", "");
        assertThat(city.post("/leads/" + lead.id() + "/edit", fields).body()).contains("请选择所属产业");
        assertThat(as().call("city", () -> leads.require(lead.id())).expectedInvestment()).isEqualByComparingTo("200");

        // 新建线索 from the list
        assertThat(city.get("/leads").body()).contains("href=\"/leads/new\"");
        HttpResponse<String> created = city.post("/leads/new", Map.of("enterpriseName", "新建页测试机器人有限公司",
                "industryCode", "02", "expectedInvestment", "", "version", "0"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElse("")).matches(".*/leads/\\d+$");
        assertThat(city.post("/leads/new", Map.of("enterpriseName", "", "industryCode", "02", "version", "0")).body())
                .contains("请填写意向企业名称");
        // the park may not open the city's edit page
        FormSession park = new FormSession("park", demoPasswords().get("park"));
        assertThat(park.get("/leads/" + lead.id() + "/edit").statusCode()).isEqualTo(403);
        assertThat(park.post("/leads/" + lead.id() + "/activities", Map.of("kind", "CALL", "content", "越权"))
                .statusCode()).isEqualTo(403);
    }

    /** A logged-in browser session that also submits forms (with the page's CSRF token). */
    private final class FormSession {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"");
        private static final Pattern META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        FormSession(String user, String password) throws Exception {
            Matcher m = CSRF.matcher(get("/login").body());
            assertThat(m.find()).isTrue();
            send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user, "password", password,
                            "_csrf", m.group(1))))).build());
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            Matcher m = META.matcher(get("/leads").body());
            assertThat(m.find()).isTrue();
            Map<String, String> all = new java.util.LinkedHashMap<>(fields);
            all.put("_csrf", m.group(1));
            return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(all))).build());
        }

        private HttpResponse<String> send(HttpRequest request) throws Exception {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private static String form(Map<String, String> fields) {
            return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        }
    }
}
