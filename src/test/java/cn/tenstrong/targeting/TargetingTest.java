package cn.tenstrong.targeting;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.GenerateEnterprisesCommand;
import cn.tenstrong.enterprise.Uscc;
import cn.tenstrong.ledger.Ledger;
import cn.tenstrong.ledger.LedgerRow;
import cn.tenstrong.plan.PlanCatalog;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.project.BindingFilter;
import cn.tenstrong.project.BindingKind;
import cn.tenstrong.project.Project;
import cn.tenstrong.project.ProjectCategory;
import cn.tenstrong.project.ProjectLibrary;
import cn.tenstrong.project.ProjectStage;
import cn.tenstrong.project.TargetBindings;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.support.AfterCommit;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.BrowserSession;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Leads through their stages into a project and a bound target; ranked, explained recommendations. */
class TargetingTest extends IntegrationTest {

    @Autowired
    LeadBook leads;
    @Autowired
    TargetRecommender recommender;
    @Autowired
    ProjectLibrary projects;
    @Autowired
    EnterpriseLibrary enterprises;
    @Autowired
    TargetBindings bindings;
    @Autowired
    PlanCatalog plans;
    @Autowired
    Ledger ledger;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    @Test
    void aLeadMovesForwardAndSigningCreatesAProjectAndCountsForABoundTarget() {
        long planId = plans.activePlans().stream().filter(p -> "01".equals(p.industryCode())).findFirst().orElseThrow().id();
        PlanItemView item = plans.plan(planId).orElseThrow().items().stream()
                .filter(i -> !i.targets().isEmpty() && i.targets().stream().noneMatch(t -> t.text().contains("250亿")))
                .reduce((a, b) -> b).orElseThrow();
        PlanItemView.TargetView target = item.targets().get(0);
        as().call("zhuanban", () -> bindings.bind(target.id(), BindingKind.COUNT_SIGNED_LEADS,
                new BindingFilter("01", null, null, null, null, null), 0));
        BigDecimal before = reached(item.id(), target.id());

        Lead lead = as().call("city", () -> leads.create(LeadDrafts.on("深圳线索测试半导体有限公司")
                .segment("integrated-circuit/silicon-wafer").investment("2000000000").contact("张经理").notes("上海展会结识")
                .build()));
        assertThat(lead.stage()).isEqualTo(LeadStage.LEAD);
        assertThat(lead.cityCode()).isEqualTo("370100");
        Lead contacted = as().call("city", () -> leads.move(lead.id(), lead.version(), LeadStage.CONTACTED,
                LocalDate.of(2025, 3, 1), "首次拜访"));
        assertThatThrownBy(() -> as().call("city", () -> leads.move(lead.id(), contacted.version(), LeadStage.LEAD,
                null, ""))).isInstanceOf(DomainException.class).hasMessageContaining("只能向前");
        assertThatThrownBy(() -> as().call("city", () -> leads.move(lead.id(), contacted.version(), LeadStage.DROPPED,
                null, ""))).isInstanceOf(DomainException.class).hasMessageContaining("原因");
        assertThatThrownBy(() -> as().call("city", () -> leads.move(lead.id(), 0, LeadStage.VISITED, null, "")))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.CONFLICT);
        // others' scope
        assertThatThrownBy(() -> as().call("park", () -> leads.require(lead.id())))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.FORBIDDEN);
        assertThat(as().call("zhuanban", () -> leads.leads(null))).extracting(Lead::id).contains(lead.id());
        assertThatThrownBy(() -> as().call("zhuanban", () -> leads.move(lead.id(), contacted.version(),
                LeadStage.VISITED, null, ""))).isInstanceOf(DomainException.class);

        Lead signed = as().call("city", () -> leads.move(lead.id(), contacted.version(), LeadStage.SIGNED,
                LocalDate.of(2025, 6, 18), "签约仪式"));
        assertThat(signed.stage()).isEqualTo(LeadStage.SIGNED);
        assertThat(signed.projectId()).isNotNull();
        assertThat(signed.history()).extracting(Lead.Step::to)
                .containsExactly(LeadStage.LEAD, LeadStage.CONTACTED, LeadStage.SIGNED);
        Project project = as().call("city", () -> projects.require(signed.projectId()));
        assertThat(project.categories()).containsExactly(ProjectCategory.ATTRACTION);
        assertThat(project.stage()).isEqualTo(ProjectStage.SIGNED);
        assertThat(project.signedOn()).isEqualTo(LocalDate.of(2025, 6, 18));
        assertThat(project.cityCode()).isEqualTo("370100");
        assertThat(project.segmentCode()).isEqualTo("silicon-wafer");
        assertThatThrownBy(() -> as().call("city", () -> leads.move(lead.id(), signed.version(), LeadStage.DROPPED,
                null, "x"))).isInstanceOf(DomainException.class).hasMessageContaining("不能再变更");

        assertThat(reached(item.id(), target.id())).isEqualByComparingTo(before.add(BigDecimal.ONE));
    }

    private BigDecimal reached(long itemId, long targetId) {
        LedgerRow row = ledger.rows("01", null).stream().filter(r -> r.item().id() == itemId).findFirst().orElseThrow();
        LedgerRow.TargetProgress t = row.targets().stream().filter(x -> x.target().id() == targetId).findFirst()
                .orElseThrow();
        assertThat(t.bound()).isTrue();
        return t.reached();
    }

    private static String uscc(String region, String body8) {
        return Uscc.withCheckDigit("91" + region + body8 + Uscc.organizationCodeCheckChar(body8));
    }

    @Test
    void recommendationsAreRankedExplainedAndOutsideShandongByDefault() {
        String header = String.join(",", GenerateEnterprisesCommand.HEADER);
        String csv = header + "\n"
                + uscc("110000", "MA7R0001") + ",北京推荐测试硅片科技股份有限公司,110000,C3985,100000,2010-01-01,"
                + "半导体硅片、单晶硅片、外延片的研发与生产,12英寸硅片,单项冠军、上市,500000,3000,\n"
                + uscc("310000", "MA7R0002") + ",上海推荐测试电子有限公司,310000,C3985,500,2020-01-01,"
                + "硅片销售,,,,10,\n"
                + uscc("370102", "MA7R0003") + ",济南推荐测试硅片有限公司,370102,C3985,100000,2010-01-01,"
                + "半导体硅片、单晶硅片、外延片的研发与生产,12英寸硅片,单项冠军、上市,500000,3000,\n";
        as().call("admin", () -> enterprises.importFile(csv.getBytes(StandardCharsets.UTF_8), "recommend.csv"));
        AfterCommit.await(jdbc); // recommendations read the search index, which follows the import after commit

        List<Recommendation> outside = as().call("city", () -> recommender.recommend("integrated-circuit",
                "silicon-wafer", false, 200));
        assertThat(outside).extracting(Recommendation::name)
                .contains("北京推荐测试硅片科技股份有限公司", "上海推荐测试电子有限公司")
                .doesNotContain("济南推荐测试硅片有限公司");
        assertThat(outside).allSatisfy(r -> {
            assertThat(r.local()).isFalse();
            assertThat(r.factors()).extracting(Recommendation.Factor::name)
                    .containsExactly("产品匹配", "主营描述", "行业代码", "荣誉标签", "规模", "供应链关系");
            assertThat(r.factors().stream().map(Recommendation.Factor::points).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(r.score());
        });
        for (int i = 1; i < outside.size(); i++) {
            assertThat(outside.get(i - 1).score()).isGreaterThanOrEqualTo(outside.get(i).score());
        }
        Recommendation beijing = outside.stream().filter(r -> r.name().startsWith("北京推荐测试")).findFirst().orElseThrow();
        Recommendation shanghai = outside.stream().filter(r -> r.name().startsWith("上海推荐测试")).findFirst().orElseThrow();
        assertThat(beijing.score()).isGreaterThan(shanghai.score());
        assertThat(beijing.factors().get(1).evidence()).contains("硅片");
        // default weights (application.yml): product 25, description 15, code 15, tags 15, scale 20, relations 10
        assertThat(beijing.factors()).extracting(Recommendation.Factor::max).containsExactly(25, 15, 15, 15, 20, 10);
        assertThat(beijing.factors().get(0).points()).isEqualByComparingTo("0.0");    // no 主营产品构成 (hand-imported)
        assertThat(beijing.factors().get(0).evidence()).isEqualTo("无主营产品构成数据");
        assertThat(beijing.factors().get(1).points()).isEqualByComparingTo("15.0");   // 3 of the segment's words or more
        assertThat(beijing.factors().get(2).points()).isEqualByComparingTo("15.0");
        assertThat(beijing.factors().get(3).points()).isEqualByComparingTo("14.0");   // 单项冠军 8 + 上市 6
        // 50亿元 revenue: log10(500000/1000)/3 = 0.8997; 3,000 staff: log10(3000/10)/3 = 0.8257;
        // 20 × (0.7 × 0.8997 + 0.3 × 0.8257) = 17.55
        assertThat(beijing.factors().get(4).points()).isEqualByComparingTo("17.5");
        assertThat(beijing.factors().get(4).evidence()).isEqualTo("营业收入 50亿元、员工 3,000 人");
        assertThat(beijing.factors().get(5).points()).isEqualByComparingTo("0.0");    // no relations imported
        assertThat(beijing.score()).isEqualByComparingTo("61.5");
        assertThat(beijing.reason()).startsWith("主营业务写明「")
                .containsAnyOf("与专班认定短板「大尺寸硅片」相关", "与环节「硅片」相关").contains("营收50亿元")
                .contains("制造业单项冠军").contains("上市公司");

        assertThat(as().call("city", () -> recommender.recommend("integrated-circuit", "silicon-wafer", true, 200)))
                .extracting(Recommendation::name).contains("济南推荐测试硅片有限公司");

        // pages render; adding a recommendation to the chain's target list marks it
        BrowserSession city = new BrowserSession(baseUrl());
        city.login("city", demoPasswords().get("city"));
        assertThat(city.get("/targeting/recommend?chain=integrated-circuit&segment=silicon-wafer").body())
                .contains("北京推荐测试硅片科技股份有限公司").contains("主营描述").contains("主营业务写明");
        assertThat(city.get("/leads").statusCode()).isEqualTo(200);
        cn.tenstrong.support.Http http = new cn.tenstrong.support.Http(baseUrl());
        String target = "{\"chainCode\":\"integrated-circuit\",\"segmentCode\":\"silicon-wafer\",\"enterpriseId\":"
                + beijing.enterpriseId() + ",\"reason\":\"推荐得分84\"}";
        // the chain's target list is edited like its other lists: by its industry's task force and administrators
        var byCity = http.send("POST", "/api/targeting/targets", "city", demoPasswords().get("city"), target);
        assertThat(byCity.statusCode()).isEqualTo(403);
        var added = http.send("POST", "/api/targeting/targets", "zhuanban", demoPasswords().get("zhuanban"), target);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(http.send("POST", "/api/targeting/targets", "zhuanban", demoPasswords().get("zhuanban"),
                "{\"chainCode\":\"automobile\",\"enterpriseId\":" + beijing.enterpriseId() + "}").statusCode())
                .as("another industry's chain").isEqualTo(403);
        assertThat(as().call("city", () -> recommender.recommend("integrated-circuit", "silicon-wafer", false, 200)))
                .filteredOn(r -> r.enterpriseId() == beijing.enterpriseId()).singleElement()
                .satisfies(r -> assertThat(r.alreadyTarget()).isTrue());
        assertThat(http.send("POST", "/api/targeting/targets", "leader", demoPasswords().get("leader"),
                "{\"chainCode\":\"integrated-circuit\",\"enterpriseId\":1}").statusCode()).isEqualTo(403);

        // adding from the page keeps the region option of the list it came from; a city's page has no such button
        assertThat(city.get("/targeting/recommend?chain=integrated-circuit&segment=silicon-wafer").body())
                .doesNotContain("action=\"/targeting/targets\"");
        BrowserSession taskForce = new BrowserSession(baseUrl());
        taskForce.login("zhuanban", demoPasswords().get("zhuanban"));
        assertThat(taskForce.get("/targeting/recommend?chain=integrated-circuit&segment=silicon-wafer").body())
                .contains("action=\"/targeting/targets\"");
        Recommendation other = as().call("city", () -> recommender.recommend("integrated-circuit", "silicon-wafer", false, 200))
                .stream().filter(r -> !r.alreadyTarget()).findFirst().orElseThrow();
        var fromPage = taskForce.postForm("/targeting/recommend?chain=integrated-circuit&segment=silicon-wafer",
                "/targeting/targets", java.util.Map.of("chain", "integrated-circuit", "segment", "silicon-wafer",
                        "enterpriseId", Long.toString(other.enterpriseId()), "reason", "页面加入", "scope", "OUTSIDE_CITY",
                        "city", "370100"));
        assertThat(fromPage.statusCode()).isEqualTo(302);
        assertThat(fromPage.headers().firstValue("Location").orElseThrow()).contains("/targeting/recommend?")
                .contains("chain=integrated-circuit").contains("segment=silicon-wafer").contains("scope=OUTSIDE_CITY")
                .contains("city=370100");
    }
}
