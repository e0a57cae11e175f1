package cn.tenstrong.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.evaluation.EvaluationTodos.EvaluationTodo;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.BrowserSession;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Deadlines and the to-dos they raise, judged on a 评估日期: the park's subject is 待申报 before the 申报 deadline and
 * 已逾期 after it, and leaves the list once declared; an assigned reviewer's subject is 待评分 until scored (or a
 * conflict declared), 已逾期 after the 专家评审 deadline; the home page and the round page show the same on the
 * day asked for; deadlines must follow the stages' order.
 */
class EvaluationTodosTest extends IntegrationTest {

    private static final LocalDate DECLARE_BY = LocalDate.of(2030, 3, 31);
    private static final LocalDate SCORE_BY = LocalDate.of(2030, 5, 31);

    @Autowired
    EvaluationRounds rounds;
    @Autowired
    EvaluationTodos todos;
    @Autowired
    OrgDirectory orgs;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    cn.tenstrong.access.CurrentUsers users;

    private List<EvaluationTodo> of(String user, long roundId, LocalDate day) {
        return new AsUser(userDetails).call(user, () -> todos.myTodos(day)).stream()
                .filter(t -> t.roundId() == roundId).toList();
    }

    @Test
    void deadlinesRaiseToDosAsOfADay() {
        AsUser as = new AsUser(userDetails);
        long ownOrg = as.call("park", () -> users.require().organizationId());
        Organization other = orgs.findByName("待办测试经济开发区管理委员会").orElseGet(() -> as.call("admin", () ->
                orgs.registerUnknown("待办测试经济开发区管理委员会", OrganizationKind.PARK)));
        Map<RoundStage, LocalDate> deadlines = new EnumMap<>(RoundStage.class);
        deadlines.put(RoundStage.DECLARING, DECLARE_BY);
        deadlines.put(RoundStage.EXPERT_REVIEW, SCORE_BY);
        RoundView round = as.call("zhuanban", () -> rounds.create(new NewRound("sd-ii-park", null, "待办测试轮次", 2030,
                false, List.of(new NewRound.Subject(String.valueOf(ownOrg), "待办测试济南园区", null, ownOrg),
                new NewRound.Subject(String.valueOf(other.id()), "待办测试其他园区", null, other.id())), deadlines)));
        long id = round.id();
        assertThat(round.deadlines()).containsEntry(RoundStage.DECLARING, DECLARE_BY)
                .containsEntry(RoundStage.EXPERT_REVIEW, SCORE_BY).doesNotContainKey(RoundStage.CITY_REVIEW);

        // 申报: before the deadline 待申报, after it 已逾期; only the park's own subject
        assertThat(of("park", id, LocalDate.of(2030, 3, 31))).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(EvaluationTodo.Kind.DECLARE);
            assertThat(t.subjectName()).isEqualTo("待办测试济南园区");
            assertThat(t.due()).isEqualTo(DECLARE_BY);
            assertThat(t.overdue()).isFalse();
            assertThat(t.link()).isEqualTo("/evaluations/rounds/" + id);
        });
        assertThat(of("park", id, LocalDate.of(2030, 4, 1))).singleElement()
                .satisfies(t -> assertThat(t.overdue()).isTrue());
        assertThat(of("zhuanban", id, LocalDate.of(2030, 4, 1))).isEmpty();
        assertThat(as.call("zhuanban", () -> rounds.round(id)).overdueOn(LocalDate.of(2030, 4, 1))).isTrue();

        // the home page and the round page on that day
        BrowserSession park = new BrowserSession(baseUrl());
        park.login("park", demoPasswords().get("park"));
        String home = park.get("/?asOf=2030-04-01").body();
        assertThat(home).contains("评价申报：待办测试济南园区（待办测试轮次）").contains("已逾期");
        assertThat(park.get("/?asOf=2030-03-01").body()).contains("评价申报：待办测试济南园区（待办测试轮次）")
                .contains("待申报");
        String page = park.get("/evaluations/rounds/" + id + "?asOf=2030-04-01").body();
        assertThat(page).contains("id=\"round-overdue\"").contains("截止日期为2030-03-31");
        assertThat(park.get("/evaluations/rounds/" + id + "?asOf=2030-03-15").body()).doesNotContain("round-overdue");

        // declared: off the list
        RoundSubject own = as.call("park", () -> rounds.subjects(id)).get(0);
        as.call("park", () -> rounds.declare(id, own.id(), new Declaration(Map.of("DECL1", BigDecimal.TEN), List.of(),
                own.version())));
        assertThat(of("park", id, LocalDate.of(2030, 4, 1))).isEmpty();

        // 专家评审: the assigned reviewer has both subjects to score until scored or in conflict
        as.call("zhuanban", () -> rounds.advance(id, rounds.round(id).version()));
        as.call("zhuanban", () -> rounds.advance(id, rounds.round(id).version()));
        List<RoundSubject> subjects = as.call("zhuanban", () -> rounds.subjects(id));
        subjects.forEach(s -> as.call("zhuanban", () -> {
            rounds.assign(id, s.id(), "agency");
            return null;
        }));
        assertThat(of("agency", id, LocalDate.of(2030, 5, 31))).hasSize(2)
                .allSatisfy(t -> {
                    assertThat(t.kind()).isEqualTo(EvaluationTodo.Kind.SCORE);
                    assertThat(t.overdue()).isFalse();
                });
        assertThat(of("agency", id, LocalDate.of(2030, 6, 1))).hasSize(2).allSatisfy(t ->
                assertThat(t.overdue()).isTrue());
        as.call("agency", () -> {
            rounds.declareConflict(id, subjects.get(0).id(), false, null);
            rounds.score(id, subjects.get(0).id(), Map.of("EXPERT1", new BigDecimal("80")));
            rounds.declareConflict(id, subjects.get(1).id(), true, "曾为其提供咨询");
            return null;
        });
        assertThat(of("agency", id, LocalDate.of(2030, 6, 1))).isEmpty();
    }

    @Test
    void deadlinesFollowTheStagesAndAreVersionChecked() {
        AsUser as = new AsUser(userDetails);
        long ownOrg = as.call("park", () -> users.require().organizationId());
        Map<RoundStage, LocalDate> backwards = new EnumMap<>(RoundStage.class);
        backwards.put(RoundStage.DECLARING, LocalDate.of(2030, 4, 30));
        backwards.put(RoundStage.CITY_REVIEW, LocalDate.of(2030, 4, 1));
        List<NewRound.Subject> one = List.of(new NewRound.Subject(String.valueOf(ownOrg), "截止日期测试园区", null, ownOrg));
        assertThatThrownBy(() -> as.call("zhuanban", () -> rounds.create(new NewRound("sd-ii-park", null,
                "截止日期顺序测试轮次", 2030, false, one, backwards))))
                .hasMessage("“市级初审”的截止日期不能早于“申报”的截止日期2030-04-30");
        assertThatThrownBy(() -> as.call("zhuanban", () -> rounds.create(new NewRound("sd-ii-park", null,
                "截止日期发布测试轮次", 2030, false, one, Map.of(RoundStage.PUBLISHED, LocalDate.of(2030, 9, 1))))))
                .hasMessage("“发布”阶段没有截止日期");

        RoundView round = as.call("zhuanban", () -> rounds.create(new NewRound("sd-ii-park", null, "截止日期修改测试轮次",
                2030, false, one)));
        assertThat(round.deadlines()).isEmpty();
        RoundView changed = as.call("zhuanban", () -> rounds.deadlines(round.id(),
                Map.of(RoundStage.PUBLICITY, LocalDate.of(2030, 8, 31)), round.version()));
        assertThat(changed.deadlines()).containsExactly(Map.entry(RoundStage.PUBLICITY, LocalDate.of(2030, 8, 31)));
        assertThat(changed.version()).isEqualTo(round.version() + 1);
        assertThatThrownBy(() -> as.call("zhuanban", () -> rounds.deadlines(round.id(), Map.of(), round.version())))
                .hasMessageContaining("已被他人修改");
        assertThatThrownBy(() -> as.call("park", () -> rounds.deadlines(round.id(), Map.of(), changed.version())))
                .hasMessageContaining("专班");
    }
}
