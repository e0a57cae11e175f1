package cn.tenstrong.listing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.GenerateEnterprisesCommand;
import cn.tenstrong.enterprise.Uscc;
import cn.tenstrong.plan.PlanCatalog;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.project.BindingFilter;
import cn.tenstrong.project.BindingKind;
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
 * 上市后备资源库 end to end: a Jinan enterprise enters the reserve at 培育 and moves to 审核通过; the enterprise data then
 * brings its stock code and 上市日期, which closes it at 上市 on that day; the seed's "确保全省新增上市公司30家以上"
 * (line 799) bound to COUNT_NEW_LISTINGS counts it from that day on, not before; a listing the data does not carry
 * (港股) recorded by hand counts too. Counts per stage, city and industry as of a day, scope, validation, stale
 * versions, audit.
 */
class ListingReserveTest extends IntegrationTest {

    private static final String HEADER = String.join(",", GenerateEnterprisesCommand.HEADER);

    @Autowired
    ListingCandidates reserve;
    @Autowired
    EnterpriseLibrary library;
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
    void aCandidateMovingToListedCountsInTheListingBindingAsOfADate() throws Exception {
        AsUser as = new AsUser(userDetails);
        String usccA = uscc("370102", "LR000001");
        String usccB = uscc("370112", "LR000002");
        importEnterprises(as, usccA + ",上市后备测试甲股份有限公司,370102,C3973,5000,2012-04-01,芯片,,,,,\n"
                + usccB + ",上市后备测试乙股份有限公司,370112,C3973,5000,2013-04-01,封装,,,,,\n"
                + uscc("370202", "LR000003") + ",上市后备测试青岛股份有限公司,370202,C3973,5000,2013-04-01,封装,,,,,\n");
        long a = enterpriseId(usccA);
        long b = enterpriseId(usccB);
        long qingdao = enterpriseId(uscc("370202", "LR000003"));

        // the seed's 新增上市公司30家以上, bound to the city's new listings of 2022
        PlanItemView.TargetView target = seedTarget();
        int version = bindings.binding(target.id()).map(TargetBinding::version).orElse(0);
        TargetBinding bound = as.call("admin", () -> bindings.bind(target.id(), BindingKind.COUNT_NEW_LISTINGS,
                new BindingFilter(null, null, "370100", 2022, null, null), version));
        assertThat(bound.description()).contains("新增上市公司").contains("济南市").contains("2022年");
        BigDecimal midJuly = value(target.id(), "2022-07-14");
        BigDecimal yearEnd = value(target.id(), "2022-12-31");

        ListingCandidate enrolled = as.call("city", () -> reserve.enrol(new CandidateDraft(a, "01", null,
                LocalDate.of(2021, 3, 1), "北交所", "专精特新“小巨人”", 0)));
        assertThat(enrolled.stage()).isEqualTo(ListingStage.CULTIVATING);
        assertThat(enrolled.cityCode()).isEqualTo("370100");
        ListingCandidate tutored = as.call("city", () -> reserve.advance(enrolled.id(), enrolled.version(),
                ListingStage.TUTORING, LocalDate.of(2021, 9, 1), "山东证监局辅导备案"));
        // a stale version is refused
        assertThatThrownBy(() -> as.call("city", () -> reserve.advance(enrolled.id(), enrolled.version(),
                ListingStage.FILED, LocalDate.of(2022, 2, 1), "")))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.CONFLICT);
        // stages forward only, dates in order
        assertThatThrownBy(() -> as.call("city", () -> reserve.advance(enrolled.id(), tutored.version(),
                ListingStage.CULTIVATING, LocalDate.of(2022, 2, 1), "")))
                .isInstanceOf(DomainException.class).hasMessageContaining("向前推进");
        assertThatThrownBy(() -> as.call("city", () -> reserve.advance(enrolled.id(), tutored.version(),
                ListingStage.FILED, LocalDate.of(2021, 8, 1), "")))
                .isInstanceOf(DomainException.class).hasMessageContaining("不能早于上一阶段");
        ListingCandidate approved = as.call("city", () -> reserve.advance(enrolled.id(), tutored.version(),
                ListingStage.APPROVED, LocalDate.of(2022, 5, 1), "北交所上市委审议通过"));
        assertThat(approved.dateOf(ListingStage.FILED)).isNull();   // skipped

        // the data changes: the enterprise gets its stock code and 上市日期 → 上市 on that day, by the data
        importEnterprises(as, usccA + ",上市后备测试甲股份有限公司,370102,C3973,5000,2012-04-01,芯片,,,,,,920998.BJ,北交所,北交所,2022-07-15\n");
        ListingCandidate listed = as.call("city", () -> reserve.require(enrolled.id()));
        assertThat(listed.stage()).isEqualTo(ListingStage.LISTED);
        assertThat(listed.dateOf(ListingStage.LISTED)).isEqualTo(LocalDate.of(2022, 7, 15));
        assertThat(listed.steps().get(listed.steps().size() - 1).byData()).isTrue();
        assertThat(listed.stockCode()).isEqualTo("920998.BJ");
        assertThat(listed.stageOn(LocalDate.of(2022, 7, 14))).contains(ListingStage.APPROVED);

        // counted from the 上市日期 on, not before
        assertThat(value(target.id(), "2022-07-14")).isEqualByComparingTo(midJuly);
        assertThat(value(target.id(), "2022-07-15")).isEqualByComparingTo(midJuly.add(BigDecimal.ONE));
        assertThat(value(target.id(), "2022-12-31")).isEqualByComparingTo(yearEnd.add(BigDecimal.ONE));

        // a listing the data does not carry (港股), recorded by hand with where it listed, counts too
        ListingCandidate second = as.call("city", () -> reserve.enrol(new CandidateDraft(b, "01",
                ListingStage.APPROVED, LocalDate.of(2022, 6, 1), "港股", "", 0)));
        assertThatThrownBy(() -> as.call("city", () -> reserve.advance(second.id(), second.version(),
                ListingStage.LISTED, LocalDate.of(2022, 9, 1), "")))
                .isInstanceOf(DomainException.class).hasMessageContaining("上市地点");
        as.call("city", () -> reserve.advance(second.id(), second.version(), ListingStage.LISTED,
                LocalDate.of(2022, 9, 1), "港交所主板 09998.HK"));
        assertThat(value(target.id(), "2022-12-31")).isEqualByComparingTo(yearEnd.add(BigDecimal.valueOf(2)));
        // with an industry: the reserve's candidates of that industry that reached 上市
        TargetBinding byIndustry = as.call("admin", () -> bindings.bind(target.id(), BindingKind.COUNT_NEW_LISTINGS,
                new BindingFilter("01", null, "370100", 2022, null, null), bindings.binding(target.id()).orElseThrow()
                        .version()));
        assertThat(byIndustry.description()).contains("上市后备资源库").contains("新一代信息技术");
        BigDecimal industryJuly = value(target.id(), "2022-07-14");
        assertThat(value(target.id(), "2022-12-31")).isEqualByComparingTo(industryJuly.add(BigDecimal.valueOf(2)));

        // the API as of a date
        Http http = new Http(baseUrl());
        JsonNode api = json.readTree(http.get("/api/projects/bindings/" + target.id() + "/value?asOf=2022-07-15",
                "leader", demoPasswords().get("leader")).body());
        assertThat(api.get("value").decimalValue()).isEqualByComparingTo(industryJuly.add(BigDecimal.ONE));

        // counts per stage, city and industry as of a day
        ListingCounts june = as.call("city", () -> reserve.counts(LocalDate.of(2022, 6, 30)));
        ListingCounts december = as.call("city", () -> reserve.counts(LocalDate.of(2022, 12, 31)));
        ListingCounts.Group juneJinan = group(june, "370100");
        ListingCounts.Group decemberJinan = group(december, "370100");
        assertThat(decemberJinan.count(ListingStage.LISTED) - juneJinan.count(ListingStage.LISTED)).isEqualTo(2);
        assertThat(juneJinan.count(ListingStage.APPROVED) - decemberJinan.count(ListingStage.APPROVED)).isEqualTo(2);
        assertThat(decemberJinan.listedThisYear() - juneJinan.listedThisYear()).isEqualTo(2);
        assertThat(december.byCity()).extracting(ListingCounts.Group::key).containsOnly("370100");
        JsonNode countsApi = json.readTree(http.get("/api/listing/counts?asOf=2022-12-31", "admin",
                demoPasswords().get("admin")).body());
        assertThat(countsApi.get("byIndustry").findValues("key").stream().map(JsonNode::asText)).contains("01");

        // scope and validation
        assertThatThrownBy(() -> as.call("city", () -> reserve.enrol(new CandidateDraft(qingdao, "01", null, null, "",
                "", 0)))).isInstanceOf(DomainException.class).hasMessageContaining("本市");
        assertThatThrownBy(() -> as.call("park", () -> reserve.update(listed.id(), new CandidateDraft(null, "01", null,
                null, "", "", listed.version())))).isInstanceOf(DomainException.class);
        assertThat(as.call("zhuanban", () -> reserve.require(listed.id())).id()).isEqualTo(listed.id());
        assertThatThrownBy(() -> as.call("city", () -> reserve.enrol(new CandidateDraft(a, "01", null, null, "", "",
                0)))).isInstanceOf(DomainException.class).hasMessageContaining("已上市");
        long maotai = jdbc.sql("select id from enterprise where stock_code = '600519.SH'").query(Long.class).single();
        assertThatThrownBy(() -> as.call("admin", () -> reserve.enrol(new CandidateDraft(maotai, "01", null, null, "",
                "", 0)))).isInstanceOf(DomainException.class).hasMessageContaining("山东");
        assertThat(http.send("POST", "/api/listing/candidates", "city", demoPasswords().get("city"), "{\"version\":0}").statusCode())
                .isEqualTo(422);
        assertThat(http.get("/api/listing/candidates/" + listed.id(), "park", demoPasswords().get("park")).statusCode())
                .isEqualTo(200);

        // audited: 入库, the stage moves, and the data's 上市
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'listing.candidate' and entity_id = :id order by id")
                .param("id", Long.toString(enrolled.id())).query(String.class).list())
                .containsExactly("CREATE", "STAGE", "STAGE", "LISTED_BY_DATA");
    }

    private static ListingCounts.Group group(ListingCounts counts, String city) {
        return counts.byCity().stream().filter(g -> g.key().equals(city)).findFirst().orElseThrow();
    }

    private BigDecimal value(long targetId, String day) {
        return bindings.valueOn(targetId, LocalDate.parse(day)).value();
    }

    /** The 现代金融服务 plan's "确保全省新增上市公司30家以上" (seed line 799). */
    private PlanItemView.TargetView seedTarget() {
        long planId = plans.activePlans().stream().filter(p -> "10".equals(p.industryCode())).findFirst().orElseThrow().id();
        return plans.plan(planId).orElseThrow().items().stream().filter(i -> i.text().contains("确保全省新增上市公司"))
                .flatMap(i -> i.targets().stream()).filter(t -> t.text().contains("30家")).findFirst().orElseThrow();
    }

    private void importEnterprises(AsUser as, String rows) {
        String header = HEADER + ",股票代码,交易所,上市板块,上市日期";
        String body = rows.lines().map(l -> l.split(",", -1).length < 16 ? l + ",,,," : l)
                .reduce("", (x, y) -> x + y + "\n");
        as.call("admin", () -> library.importFile((header + "\n" + body).getBytes(StandardCharsets.UTF_8), "lr.csv"));
    }

    private long enterpriseId(String uscc) {
        return jdbc.sql("select id from enterprise where uscc = :u").param("u", uscc).query(Long.class).single();
    }

    private static String uscc(String region, String body8) {
        return Uscc.withCheckDigit("91" + region + body8 + Uscc.organizationCodeCheckChar(body8));
    }
}
