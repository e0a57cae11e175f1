package cn.tenstrong.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.project.ProjectDrafts;
import cn.tenstrong.project.ProjectLibrary;
import cn.tenstrong.project.ProjectStage;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A round of the seed's 工业互联网园区 rule (top 5 → 最高500万元) from 申报 to 发布 over seven parks: the park user
 * declares its own park, the city passes it, one park is returned, two reviewers score (one declares a conflict),
 * the frozen result awards the best five and does not change when project data changes afterwards.
 */
class EvaluationRoundTest extends IntegrationTest {

    @Autowired
    EvaluationRounds rounds;
    @Autowired
    EvaluationSchemes schemes;
    @Autowired
    EvaluationResults published;
    @Autowired
    OrgDirectory orgs;
    @Autowired
    ProjectLibrary projects;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    cn.tenstrong.access.CurrentUsers users;

    private static final List<String> OTHER_PARKS = List.of("青岛经济技术开发区管理委员会", "烟台经济技术开发区管理委员会",
            "潍坊高新技术产业开发区管理委员会", "淄博高新技术产业开发区管理委员会", "威海经济技术开发区管理委员会",
            "临沂经济技术开发区管理委员会");

    private AsUser as() {
        return new AsUser(userDetails);
    }

    private Organization park(String name) {
        return orgs.findByName(name).orElseGet(() -> as().call("admin", () ->
                orgs.registerUnknown(name, OrganizationKind.PARK)));
    }

    private void project(long parkId, String name, ProjectStage stage) {
        // in the park's city (the park directory gives each national zone its city; a park registered here has none)
        String region = orgs.organization(parkId).map(Organization::regionCode).orElse(null);
        as().call("admin", () -> {
            var p = projects.create(ProjectDrafts.named(name).region(region == null ? "370102" : region).park(parkId)
                    .total("300000000").build());
            return stage == ProjectStage.STARTED ? projects.moveStage(p.id(), p.version(), ProjectStage.STARTED,
                    LocalDate.of(2024, 3, 1)) : p;
        });
    }

    @Test
    void theSchemesAreLoadedOncePerVersion() {
        List<SchemeView> all = as().call("leader", schemes::schemes);
        assertThat(all).extracting(SchemeView::code).contains("mofcom-etdz", "miit-srdi", "sd-ii-park", "sd-cluster",
                "sd-leader", "sd-de-park");
        SchemeView park = all.stream().filter(s -> s.code().equals("sd-ii-park")).findFirst().orElseThrow();
        assertThat(park.usable()).isTrue();
        assertThat(park.award().quote()).contains("前5位").contains("500万元");
        assertThat(jdbc.sql("select count(*) from evaluation_scheme where code = 'sd-ii-park'").query(Long.class)
                .single()).isEqualTo(1);
        assertThatThrownBy(() -> as().call("admin", () -> rounds.create(new NewRound("mofcom-etdz", null, "经开区",
                2025, false, List.of(new NewRound.Subject("1", "x", null, null))))))
                .hasMessageContaining("待专班补充");
    }

    @Test
    void aRoundFromDeclarationToPublication() {
        long parkOrg = as().call("park", () -> users.require().organizationId());
        Organization jinan = orgs.organization(parkOrg).orElseThrow();
        List<Organization> others = OTHER_PARKS.stream().map(this::park).toList();
        // platform data: started projects per park (济南 2, 青岛 1, the others none)
        project(jinan.id(), "评价测试工业互联网平台项目甲", ProjectStage.STARTED);
        project(jinan.id(), "评价测试工业互联网平台项目乙", ProjectStage.STARTED);
        project(others.get(0).id(), "评价测试工业互联网平台项目丙", ProjectStage.STARTED);

        List<NewRound.Subject> subjects = new ArrayList<>();
        subjects.add(new NewRound.Subject(String.valueOf(jinan.id()), "济南高新区", null, jinan.id()));
        others.forEach(o -> subjects.add(new NewRound.Subject(String.valueOf(o.id()), o.name(), null, o.id())));
        RoundView round = as().call("zhuanban", () -> rounds.create(new NewRound("sd-ii-park", null,
                "2025年省级工业互联网园区综合评价", 2025, false, subjects)));
        assertThat(round.stage()).isEqualTo(RoundStage.DECLARING);
        long id = round.id();

        // 申报: the park user sees and declares only its own park
        List<RoundSubject> seenByPark = as().call("park", () -> rounds.subjects(id));
        assertThat(seenByPark).extracting(RoundSubject::name).containsExactly("济南高新区");
        RoundSubject own = seenByPark.get(0);
        as().call("park", () -> rounds.declare(id, own.id(), new Declaration(Map.of("DECL1", new BigDecimal("12")),
                List.of(), own.version())));
        assertThatThrownBy(() -> as().call("park", () -> rounds.declare(id, own.id(),
                new Declaration(Map.of("DECL1", BigDecimal.ONE), List.of(), own.version()))))
                .isInstanceOf(DomainException.class).hasMessageContaining("已被他人修改");
        List<RoundSubject> all = as().call("zhuanban", () -> rounds.subjects(id));
        RoundSubject qingdao = all.get(1);
        assertThatThrownBy(() -> as().call("park", () -> rounds.declare(id, qingdao.id(),
                new Declaration(Map.of("DECL1", BigDecimal.ONE), List.of(), qingdao.version()))))
                .isInstanceOf(DomainException.class).hasMessageContaining("所属单位");
        String[] growth = {"8", "5", "10", "3", "6", "9"};
        for (int i = 1; i < all.size(); i++) {
            RoundSubject s = all.get(i);
            String g = growth[i - 1];
            as().call("zhuanban", () -> rounds.declare(id, s.id(), new Declaration(Map.of("DECL1", new BigDecimal(g)),
                    List.of(), s.version())));
        }
        round = as().call("zhuanban", () -> rounds.advance(id, rounds.round(id).version()));
        assertThat(round.stage()).isEqualTo(RoundStage.CITY_REVIEW);

        // 市级初审: 济南 passes its park; the task force returns 临沂 (not scored)
        RoundSubject ownNow = as().call("city", () -> rounds.subjects(id)).get(0);
        assertThat(as().call("city", () -> rounds.cityReview(id, ownNow.id(), true, ownNow.version())).cityStatus())
                .isEqualTo("PASSED");
        RoundSubject linyi = as().call("zhuanban", () -> rounds.subjects(id)).get(6);
        as().call("zhuanban", () -> rounds.cityReview(id, linyi.id(), false, linyi.version()));
        assertThatThrownBy(() -> as().call("city", () -> rounds.cityReview(id, qingdao.id(), true, 2)))
                .isInstanceOf(DomainException.class);
        as().call("zhuanban", () -> rounds.advance(id, rounds.round(id).version()));

        // 专家评审: two reviewers; agency declares a conflict with 济南
        List<RoundSubject> scored = as().call("zhuanban", () -> rounds.subjects(id)).subList(0, 6);
        for (RoundSubject s : scored) {
            as().call("zhuanban", () -> {
                rounds.assign(id, s.id(), "agency");
                rounds.assign(id, s.id(), "leader");
                return null;
            });
        }
        assertThat(as().call("agency", () -> rounds.subjects(id))).hasSize(6);
        assertThatThrownBy(() -> as().call("agency", () -> {
            rounds.score(id, scored.get(0).id(), Map.of("EXPERT1", BigDecimal.TEN));
            return null;
        })).hasMessageContaining("利益冲突");
        as().call("agency", () -> {
            rounds.declareConflict(id, scored.get(0).id(), true, "曾为该园区提供咨询服务");
            return null;
        });
        assertThatThrownBy(() -> as().call("agency", () -> {
            rounds.score(id, scored.get(0).id(), Map.of("EXPERT1", BigDecimal.TEN));
            return null;
        })).hasMessageContaining("存在利益冲突");
        assertThatThrownBy(() -> as().call("leader", () -> {
            rounds.score(id, linyi.id(), Map.of("EXPERT1", BigDecimal.TEN));
            return null;
        })).hasMessageContaining("未被分配");
        String[] agencyScores = {null, "80", "70", "90", "60", "75"};
        String[] leaderScores = {"88", "84", "72", "86", "64", "75"};
        for (int i = 0; i < 6; i++) {
            long sid = scored.get(i).id();
            String a = agencyScores[i];
            String l = leaderScores[i];
            if (a != null) {
                as().call("agency", () -> {
                    rounds.declareConflict(id, sid, false, null);
                    rounds.score(id, sid, Map.of("EXPERT1", new BigDecimal(a)));
                    return null;
                });
            }
            as().call("leader", () -> {
                rounds.declareConflict(id, sid, false, null);
                rounds.score(id, sid, Map.of("EXPERT1", new BigDecimal(l)));
                return null;
            });
        }
        assertThatThrownBy(() -> as().call("zhuanban", () -> rounds.advance(id, 1)))
                .hasMessageContaining("已被他人修改");
        as().call("zhuanban", () -> rounds.advance(id, rounds.round(id).version()));

        // 公示: frozen
        RoundResults frozen = as().call("leader", () -> rounds.results(id));
        assertThat(frozen.frozen()).isTrue();
        assertThat(frozen.results()).hasSize(6);
        for (RoundResults.SubjectResult r : frozen.results()) {
            BigDecimal sum = r.contributions().stream().map(RoundResults.Contribution::weighted)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(r.name()).isEqualByComparingTo(r.total());
        }
        assertThat(frozen.results()).extracting(RoundResults.SubjectResult::rank).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(frozen.results().subList(0, 5)).allSatisfy(r ->
                assertThat(r.awardUpTo()).isEqualByComparingTo("500"));
        assertThat(frozen.results().get(5).awardUpTo()).isNull();
        assertThat(frozen.results()).extracting(RoundResults.SubjectResult::name).doesNotContain(linyi.name());
        RoundResults.SubjectResult jinanResult = frozen.results().stream()
                .filter(r -> r.key().equals(String.valueOf(jinan.id()))).findFirst().orElseThrow();
        // 济南: 2 started projects (the most: min–max 1 → 20), no completed investment reported (0),
        // 12 % growth against 10 % capped at 1.2 → 24, expert 88 alone (agency in conflict) → 17.6: 61.60
        assertThat(jinanResult.contributions()).extracting(RoundResults.Contribution::weighted)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0"), new BigDecimal("20"), new BigDecimal("24"),
                        new BigDecimal("17.6"));
        assertThat(jinanResult.total()).isEqualByComparingTo("61.60");
        assertThat(frozen.references().get("SCALE2").max()).isEqualByComparingTo("2");

        // locked: no declaration after 公示; objections are recorded
        assertThatThrownBy(() -> as().call("park", () -> rounds.declare(id, own.id(),
                new Declaration(Map.of("DECL1", BigDecimal.ONE), List.of(), 99))))
                .hasMessageContaining("公示");
        as().call("city", () -> {
            rounds.object(id, String.valueOf(jinan.id()), "开工项目数统计口径有误");
            return null;
        });

        // platform data changes afterwards: the frozen result does not
        project(others.get(2).id(), "评价测试工业互联网平台项目丁", ProjectStage.STARTED);
        project(others.get(2).id(), "评价测试工业互联网平台项目戊", ProjectStage.STARTED);
        project(others.get(2).id(), "评价测试工业互联网平台项目己", ProjectStage.STARTED);
        RoundResults after = as().call("leader", () -> rounds.results(id));
        assertThat(after.results()).isEqualTo(frozen.results());
        assertThat(after.references()).isEqualTo(frozen.references());
        assertThat(after.objections()).extracting(RoundResults.Objection::text).containsExactly("开工项目数统计口径有误");

        RoundView done = as().call("zhuanban", () -> rounds.advance(id, rounds.round(id).version()));
        assertThat(done.stage()).isEqualTo(RoundStage.PUBLISHED);
        assertThat(done.publishedAt()).isNotNull();
        assertThatThrownBy(() -> as().call("zhuanban", () -> rounds.advance(id, done.version())))
                .hasMessageContaining("已发布");
        // the newest published park round (by year, then id): this one, unless another test in this JVM published one
        // of a later year (the browser test's is 2031)
        RoundResults latest = as().call("leader", () -> published.latestPublished("PARK")).orElseThrow();
        assertThat(latest.round().stage()).isEqualTo(RoundStage.PUBLISHED);
        if (latest.round().id() != id) {
            assertThat(latest.round().year()).isGreaterThan(done.year());
        }
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type like 'evaluation.%'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(20);
    }
}
