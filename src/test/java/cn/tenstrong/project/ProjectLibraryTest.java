package cn.tenstrong.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.tenstrong.enterprise.SegmentProjects;
import cn.tenstrong.enterprise.ChainMaps;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The project library below the web layer: validation, stages, monthly reports, duplicates, scope, chain lists. */
class ProjectLibraryTest extends IntegrationTest {

    @Autowired
    ProjectLibrary library;
    @Autowired
    SegmentProjects segmentProjects;
    @Autowired
    ChainMaps maps;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcClient jdbc;

    static ProjectDraft draft(String name, String industry, String region, Set<ProjectCategory> cats, String total) {
        return ProjectDrafts.named(name).industry(industry).region(region).categories(cats).total(total).build();
    }

    private AsUser as() {
        return new AsUser(userDetails);
    }

    @Test
    void stagesMoveInOrderWithDatesNotBeforeThePreviousOne() {
        Project p = as().call("city", () -> library.create(draft("阶段测试智能终端项目", "01", "370102",
                Set.of(), "500000000")));
        assertThat(p.stage()).isEqualTo(ProjectStage.SIGNED);
        assertThat(p.ref()).matches("XM\\d{4}-\\d{6}");
        assertThatThrownBy(() -> as().call("city", () -> library.moveStage(p.id(), p.version(), ProjectStage.BUILDING,
                LocalDate.of(2024, 3, 1))))
                .isInstanceOf(DomainException.class).hasMessageContaining("依次推进");
        assertThatThrownBy(() -> as().call("city", () -> library.moveStage(p.id(), p.version(), ProjectStage.STARTED,
                LocalDate.of(2023, 12, 31))))
                .isInstanceOf(DomainException.class).hasMessageContaining("不能早于上一阶段");
        Project started = as().call("city", () -> library.moveStage(p.id(), p.version(), ProjectStage.STARTED,
                LocalDate.of(2024, 3, 1)));
        assertThat(started.stage()).isEqualTo(ProjectStage.STARTED);
        assertThat(started.startedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThatThrownBy(() -> as().call("city", () -> library.moveStage(p.id(), p.version(), ProjectStage.BUILDING,
                LocalDate.of(2024, 4, 1))))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'project.project' and entity_id = :id")
                .param("id", Long.toString(p.id())).query(Long.class).single()).isEqualTo(2);
        // on creation, stage dates must be in order too
        assertThatThrownBy(() -> as().call("city", () -> library.create(ProjectDrafts.named("日期倒序项目").enterprise(null)
                .total("1").started(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 1)).build())))
                .isInstanceOf(DomainException.class).hasMessageContaining("顺序");
    }

    @Test
    void cumulativeInvestmentNeverDecreasesAndOneReportPerMonth() {
        Project p = as().call("city", () -> library.create(draft("月报测试数据中心项目", "01", "370102", Set.of(),
                "900000000")));
        MonthlyReport jan = as().call("city", () -> library.report(p.id(), new MonthlyReportDraft("2025-01",
                new BigDecimal("1000000"), new BigDecimal("1000000"), new BigDecimal("800000"), "", "", 0)));
        as().call("city", () -> library.report(p.id(), new MonthlyReportDraft("2025-02", new BigDecimal("2000000"),
                new BigDecimal("3000000"), BigDecimal.ZERO, "用地指标未落实", "济南市自然资源和规划局", 0)));
        assertThatThrownBy(() -> as().call("city", () -> library.report(p.id(), new MonthlyReportDraft("2025-03",
                new BigDecimal("0"), new BigDecimal("2500000"), null, "", "", 0))))
                .isInstanceOf(DomainException.class).hasMessageContaining("累计完成投资不能减少");
        // editing January above February's cumulative is refused as well
        assertThatThrownBy(() -> as().call("city", () -> library.report(p.id(), new MonthlyReportDraft("2025-01",
                new BigDecimal("1000000"), new BigDecimal("3500000"), null, "", "", jan.version()))))
                .isInstanceOf(DomainException.class).hasMessageContaining("不能超过以后月份");
        // the same month again changes that month's report (version-checked), never adds a second one
        MonthlyReport janAgain = as().call("city", () -> library.report(p.id(), new MonthlyReportDraft("2025-01",
                new BigDecimal("1000000"), new BigDecimal("1000000"), new BigDecimal("900000"), "", "", jan.version())));
        assertThat(janAgain.version()).isEqualTo(jan.version() + 1);
        assertThat(janAgain.fundsInPlace()).isEqualByComparingTo("900000");
        assertThatThrownBy(() -> as().call("city", () -> library.report(p.id(), new MonthlyReportDraft("2025-01",
                new BigDecimal("1000000"), new BigDecimal("1000000"), null, "", "", 0))))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.CONFLICT);
        assertThatThrownBy(() -> as().call("city", () -> library.report(p.id(), new MonthlyReportDraft("2025-13",
                BigDecimal.ONE, BigDecimal.ONE, null, "", "", 0))))
                .isInstanceOf(DomainException.class).hasMessageContaining("YYYY-MM");
        assertThatThrownBy(() -> as().call("city", () -> library.report(p.id(), new MonthlyReportDraft("2025-04",
                BigDecimal.ONE, new BigDecimal("3000001"), null, "有问题", "", 0))))
                .isInstanceOf(DomainException.class).hasMessageContaining("由谁");
        List<MonthlyReport> reports = as().call("city", () -> library.reports(p.id()));
        assertThat(reports).extracting(MonthlyReport::period).containsExactly("2025-01", "2025-02");
        assertThat(as().call("city", () -> library.require(p.id())).cumulativeCompleted())
                .isEqualByComparingTo("3000000");
    }

    @Test
    void aCityAndACountyReportingTheSameProjectAreFlaggedNotMerged() {
        Project county = as().call("admin", () -> library.create(draft("济南重复检测 12英寸晶圆项目", "01", "370112",
                Set.of(), "3000000000")));
        Project city = as().call("city", () -> library.create(draft("济南重复检测12英寸晶圆 项目", "01", "370100",
                Set.of(), "3000000000")));
        assertThat(city.possibleDuplicate()).isTrue();
        assertThat(as().call("admin", () -> library.require(county.id())).possibleDuplicate()).isTrue();
        assertThat(as().call("city", () -> library.duplicates(city.id())))
                .singleElement().satisfies(d -> {
                    assertThat(d.projectId()).isEqualTo(county.id());
                    assertThat(d.reason()).contains("同一城市存在同名项目");
                });
        // same enterprise, similar name, another city: flagged too
        Project other = as().call("admin", () -> library.create(draft("济南重复检测12英寸晶圆项目二期", "01", "370200",
                Set.of(), "1000")));
        assertThat(other.possibleDuplicate()).isTrue();
        // an unrelated project of another enterprise is not
        Project unrelated = as().call("city", () -> library.create(ProjectDrafts.named("完全不同的文旅综合体")
                .enterprise("另一家文旅公司").industry("0902").total("1000").withoutStage().build()));
        assertThat(unrelated.possibleDuplicate()).isFalse();
        assertThat(jdbc.sql("select count(*) from project where id in (:a, :b)").param("a", county.id())
                .param("b", city.id()).query(Long.class).single()).isEqualTo(2);
        assertThat(as().call("city", () -> library.search(new ProjectQuery(null, null, null, null, null, true))))
                .extracting(Project::id).contains(city.id(), county.id()).doesNotContain(unrelated.id());
    }

    @Test
    void eachUserSeesAndChangesOnlyItsScope() {
        Project qingdao = as().call("admin", () -> library.create(draft("青岛范围测试项目", "02", "370202", Set.of(),
                "1000")));
        Project jinan = as().call("city", () -> library.create(draft("济南范围测试项目", "02", "370102", Set.of(),
                "1000")));
        assertThat(as().call("city", () -> library.search(ProjectQuery.all()))).extracting(Project::id)
                .contains(jinan.id()).doesNotContain(qingdao.id());
        assertThatThrownBy(() -> as().call("city", () -> library.require(qingdao.id())))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.FORBIDDEN);
        assertThatThrownBy(() -> as().call("city", () -> library.create(draft("越权青岛项目", "02", "370202", Set.of(),
                "1"))))
                .isInstanceOf(DomainException.class).hasMessageContaining("本市");
        // the park sees only its park's projects; its new projects are its park's
        Project park = as().call("park", () -> library.create(draft("园区范围测试项目", "02", "370102", Set.of(), "1000")));
        assertThat(park.parkName()).contains("济南高新");
        assertThat(as().call("park", () -> library.search(ProjectQuery.all()))).extracting(Project::id)
                .contains(park.id()).doesNotContain(jinan.id(), qingdao.id());
        assertThatThrownBy(() -> as().call("park", () -> library.report(jinan.id(), new MonthlyReportDraft("2025-01",
                BigDecimal.ONE, BigDecimal.ONE, null, "", "", 0))))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.FORBIDDEN);
        // the city sees the park's project (it is in Jinan); the task force of industry 01 sees none of these (02)
        assertThat(as().call("city", () -> library.search(ProjectQuery.all()))).extracting(Project::id).contains(park.id());
        assertThat(as().call("zhuanban", () -> library.search(ProjectQuery.all()))).extracting(Project::id)
                .doesNotContain(park.id(), jinan.id(), qingdao.id());
        assertThatThrownBy(() -> as().call("zhuanban", () -> library.create(draft("专班越权项目", "02", "370102",
                Set.of(), "1"))))
                .isInstanceOf(DomainException.class).hasMessageContaining("本产业");
        // leader and agency read all, change nothing
        assertThat(as().call("leader", () -> library.search(ProjectQuery.all()))).extracting(Project::id)
                .contains(park.id(), jinan.id(), qingdao.id());
        assertThatThrownBy(() -> as().call("leader", () -> library.create(draft("领导项目", "02", "370102", Set.of(),
                "1"))))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> as().call("agency", () -> library.update(jinan.id(), draft("改名", "02", "370102",
                Set.of(), "1"))))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.FORBIDDEN);
    }

    @Test
    void majorProjectsOnASegmentFillTheChainListsAndTheSegmentPanel() {
        var chain = jdbc.sql("select chain_code from chain_segment where chain_code in "
                        + "(select code from chain_chain where industry_code = '01') order by chain_code limit 1")
                .query(String.class).optional();
        org.junit.jupiter.api.Assumptions.assumeTrue(chain.isPresent());
        String chainCode = chain.get();
        String leaf = jdbc.sql("""
                select s.code from chain_segment s where s.chain_code = :c
                and not exists (select 1 from chain_segment k where k.chain_code = s.chain_code and k.parent_code = s.code)
                order by s.code limit 1""").param("c", chainCode).query(String.class).single();
        Project p = as().call("city", () -> library.create(ProjectDrafts.named("链上重大项目测试").enterprise("链上企业")
                .segment(chainCode + "/" + leaf).major().total("2000000000").withoutStage().build()));
        // the key project list follows the project scope: the city sees its project, a park and nobody do not
        assertThat(as().call("park", () -> maps.keyProjects(chainCode)))
                .noneSatisfy(k -> assertThat(k.projectRef()).isEqualTo(p.ref()));
        assertThat(maps.keyProjects(chainCode)).as("without a user").isEmpty();
        assertThat(as().call("city", () -> maps.keyProjects(chainCode))).anySatisfy(k -> {
            assertThat(k.projectRef()).isEqualTo(p.ref());
            assertThat(k.investment()).isEqualByComparingTo("200000");
            assertThat(k.stage()).isEqualTo("签约");
        });
        assertThat(as().call("city", () -> segmentProjects.projects(chainCode, leaf)))
                .anySatisfy(l -> assertThat(l.reference()).isEqualTo(p.ref()));
        assertThat(as().call("park", () -> segmentProjects.projects(chainCode, leaf)))
                .noneSatisfy(l -> assertThat(l.reference()).isEqualTo(p.ref()));
    }
}
