package cn.tenstrong.ledger;

import java.math.BigDecimal;
import java.math.MathContext;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.tenstrong.plan.Qualifier;
import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 进度曲线 through the API on the seed plans and the demo round (values accepted for May 2022): a back-loaded curve
 * turns a target that is behind by the default rule into one on track as of 31 May, at once; who may set it; the
 * version check; the validation; the audit trail; reset.
 */
class TargetProfileTest extends IntegrationTest {

    private static final LocalDate END_OF_MAY = LocalDate.of(2022, 5, 31);
    private static final String BACK_LOADED = "[3,7,12,18,25,33,42,52,63,75,87,100]";

    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Ledger ledger;
    @Autowired
    TargetProfiles profiles;

    private Http http;
    private Map<String, String> demo;

    @BeforeEach
    void setUp() {
        http = new Http(baseUrl());
        demo = demoPasswords();
    }

    @Test
    void aBackLoadedCurveTurnsABehindTargetOnTrackAtOnceAndResetRestoresTheDefaultRule() {
        LedgerRow.TargetProgress target = behindButWithinABackLoadedCurve("01");
        long id = target.target().id();
        ProgressStatus byDefault = statusAsOfEndOfMay(id);
        assertThat(byDefault).isIn(ProgressStatus.BEHIND, ProgressStatus.SEVERELY_BEHIND);

        JsonNode before = ok(http.get(path(id) + "?asOf=2022-05-31", "zhuanban", demo.get("zhuanban")));
        assertThat(before.get("custom").asBoolean()).isFalse();
        assertThat(before.get("version").asInt()).isZero();
        assertThat(before.get("editable").asBoolean()).isTrue();
        assertThat(before.get("monthly")).hasSize(12);
        assertThat(before.at("/monthly/11").decimalValue()).isEqualByComparingTo("100");
        assertThat(before.at("/judgement/status").asString()).isEqualTo(byDefault.name());
        assertThat(before.get("presets").valueStream().map(p -> p.get("code").asString()))
                .contains("LINEAR", "BACK_LOADED", "QUARTER_END");
        assertThat(ok(http.get(path(id), "agency", demo.get("agency"))).get("editable").asBoolean()).isFalse();

        HttpResponse<String> saved = put("zhuanban", id, BACK_LOADED, 0);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode after = json.readTree(saved.body());
        assertThat(after.get("custom").asBoolean()).isTrue();
        assertThat(after.get("version").asInt()).isEqualTo(1);
        assertThat(after.get("setBy").asString()).isEqualTo("zhuanban");
        assertThat(after.at("/monthly/4").decimalValue()).isEqualByComparingTo("25");

        // the ledger judges by the curve at once: 25% expected by the end of May instead of 41%
        assertThat(statusAsOfEndOfMay(id)).isEqualTo(ProgressStatus.ON_TRACK);
        JsonNode judged = ok(http.get(path(id) + "?asOf=2022-05-31", "leader", demo.get("leader"))).get("judgement");
        assertThat(judged.get("status").asString()).isEqualTo("ON_TRACK");
        assertThat(judged.get("linearStatus").asString()).isEqualTo(byDefault.name());
        assertThat(judged.get("expectedPercent").decimalValue()).isEqualByComparingTo("25");
        assertThat(judged.get("linearExpectedPercent").decimalValue()).isEqualByComparingTo("41.37");

        // a second writer who read version 0 is refused
        HttpResponse<String> stale = put("zhuanban", id, "[10,20,30,40,50,60,70,80,90,95,98,100]", 0);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(json.readTree(stale.body()).get("detail").asString()).isEqualTo("进度曲线已被他人修改，请刷新后重试");

        Map<String, Object> audit = jdbc.sql("""
                select actor, before_json, after_json from audit_log
                where entity_type = 'ledger.target-profile' and entity_id = :id and action = 'CREATE'
                """).param("id", Long.toString(id)).query().singleRow();
        assertThat(audit.get("actor")).isEqualTo("zhuanban");
        assertThat((String) audit.get("before_json")).contains("\"rule\":\"DEFAULT\"");
        assertThat((String) audit.get("after_json")).contains("\"rule\":\"CUSTOM\"").contains("[3,7,12,18,25,33,42,52,63,75,87,100]");

        // reset: stale version refused, then back to the default rule, audited with before and after
        assertThat(http.send("DELETE", path(id) + "?version=7", "zhuanban", demo.get("zhuanban"), null).statusCode())
                .isEqualTo(409);
        JsonNode reset = ok(http.send("DELETE", path(id) + "?version=1", "zhuanban", demo.get("zhuanban"), null));
        assertThat(reset.get("custom").asBoolean()).isFalse();
        assertThat(reset.get("version").asInt()).isZero();
        assertThat(statusAsOfEndOfMay(id)).isEqualTo(byDefault);
        String resetAudit = jdbc.sql("""
                select before_json || ' → ' || after_json from audit_log
                where entity_type = 'ledger.target-profile' and entity_id = :id and action = 'RESET'
                """).param("id", Long.toString(id)).query(String.class).single();
        assertThat(resetAudit).contains("\"rule\":\"CUSTOM\"").contains("\"rule\":\"DEFAULT\"");
    }

    @Test
    void onlyTheTaskForceOfTheTargetsIndustryOrAnAdministratorSetsACurve() {
        long ours = behindButWithinABackLoadedCurve("01").target().id();
        long theirs = anyCurvableTarget("02");
        HttpResponse<String> agency = put("agency", ours, BACK_LOADED, 0);
        assertThat(agency.statusCode()).isEqualTo(403);
        assertThat(agency.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(http.send("DELETE", path(ours) + "?version=0", "leader", demo.get("leader"), null).statusCode())
                .isEqualTo(403);
        HttpResponse<String> otherIndustry = put("zhuanban", theirs, BACK_LOADED, 0);
        assertThat(otherIndustry.statusCode()).isEqualTo(403);
        assertThat(json.readTree(otherIndustry.body()).get("detail").asString()).contains("本产业");
        assertThat(ok(http.get(path(theirs), "zhuanban", demo.get("zhuanban"))).get("editable").asBoolean()).isFalse();

        // an administrator may set any industry's curve (and resets it again)
        HttpResponse<String> admin = put("admin", theirs, BACK_LOADED, 0);
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
        assertThat(http.send("DELETE", path(theirs) + "?version=1", "admin", demo.get("admin"), null).statusCode())
                .isEqualTo(200);
        assertThat(http.get(path(99_999_999L), "zhuanban", demo.get("zhuanban")).statusCode()).isEqualTo(404);
    }

    @Test
    void aCurveThatIsNotCumulativeOrDoesNotEndAt100IsRefusedWithTheReasons() {
        long id = behindButWithinABackLoadedCurve("01").target().id();
        HttpResponse<String> down = put("zhuanban", id, "[10,20,15,40,50,60,70,80,90,95,98,100]", 0);
        assertThat(down.statusCode()).isEqualTo(422);
        assertThat(json.readTree(down.body()).get("detail").asString()).contains("3月（15%）低于2月（20%）");
        HttpResponse<String> short11 = put("zhuanban", id, "[10,20,30,40,50,60,70,80,90,95,100]", 0);
        assertThat(short11.statusCode()).isEqualTo(422);
        assertThat(json.readTree(short11.body()).get("detail").asString()).contains("收到11个");
        HttpResponse<String> december = put("zhuanban", id, "[10,20,30,40,50,60,70,80,90,95,98,101]", 0);
        assertThat(december.statusCode()).isEqualTo(422);
        assertThat(json.readTree(december.body()).get("detail").asString())
                .contains("12月的累计百分比须在0到100之间").contains("12月须为100%");
        assertThat(ok(http.get(path(id), "zhuanban", demo.get("zhuanban"))).get("custom").asBoolean()).isFalse();
        assertThat(jdbc.sql("select count(*) from ledger_target_profile where target_id = :id").param("id", id)
                .query(Long.class).single()).isZero();

        // a cap (不超过) is never judged by progress: no curve for it
        ledger.rows(null, null).stream().flatMap(r -> r.targets().stream())
                .filter(t -> t.target().qualifier() == Qualifier.MAX && t.target().value().signum() > 0)
                .findFirst().ifPresent(cap -> {
                    JsonNode view = ok(http.get(path(cap.target().id()), "admin", demo.get("admin")));
                    assertThat(view.get("adjustable").asBoolean()).isFalse();
                    assertThat(view.get("notAdjustable").asString()).contains("上限");
                    assertThat(put("admin", cap.target().id(), BACK_LOADED, 0).statusCode()).isEqualTo(422);
                });
    }

    /**
     * A seed target of the industry, due at the end of 2022, not bound to live data, whose demo value for May is
     * 23–37% of it: behind by the default rule (41% of the year elapsed) and on track by the back-loaded curve (25%);
     * one without a curve yet.
     */
    private LedgerRow.TargetProgress behindButWithinABackLoadedCurve(String industry) {
        return ledger.rowsAsOf(industry, null, END_OF_MAY).stream()
                .filter(r -> r.deadline().equals(LocalDate.of(2022, 12, 31)))
                .flatMap(r -> r.targets().stream())
                .filter(t -> t.target().qualifier() != Qualifier.MAX && !t.bound() && t.reached() != null)
                .filter(t -> !profiles.profile(t.target().id(), null).custom()) // left alone by other tests
                .filter(t -> {
                    BigDecimal goal = t.target().qualifier() == Qualifier.RANGE ? t.target().low() : t.target().value();
                    if (goal == null || goal.signum() <= 0) {
                        return false;
                    }
                    BigDecimal share = t.reached().divide(goal, MathContext.DECIMAL64);
                    return share.compareTo(new BigDecimal("0.23")) >= 0 && share.compareTo(new BigDecimal("0.37")) <= 0;
                })
                .findFirst().orElseThrow(() -> new AssertionError("no seed target of industry " + industry
                        + " at 23–37% in May 2022"));
    }

    private long anyCurvableTarget(String industry) {
        return ledger.rows(industry, null).stream().filter(r -> r.deadline().getYear() == r.planYear())
                .flatMap(r -> r.targets().stream())
                .filter(t -> t.target().qualifier() != Qualifier.MAX && t.target().value() != null
                        && t.target().value().signum() > 0)
                .findFirst().orElseThrow().target().id();
    }

    private ProgressStatus statusAsOfEndOfMay(long targetId) {
        List<LedgerRow> rows = ledger.rowsAsOf(null, null, END_OF_MAY);
        return rows.stream().flatMap(r -> r.targets().stream()).filter(t -> t.target().id() == targetId)
                .findFirst().orElseThrow().status();
    }

    private HttpResponse<String> put(String user, long targetId, String monthly, int version) {
        return http.send("PUT", path(targetId), user, demo.get(user), "{\"monthly\":" + monthly + ",\"version\":" + version + "}");
    }

    private JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static String path(long targetId) {
        return "/api/ledger/targets/" + targetId + "/profile";
    }
}
