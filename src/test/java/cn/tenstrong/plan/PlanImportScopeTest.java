package cn.tenstrong.plan;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

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
 * A task force (zhuanban, 新一代信息技术) imports and revises only its own industry's plans and sees only its own
 * drafts; administrators' drafts are theirs; every refused attempt is audited. Uses the year 2033 so that no other
 * test's plans are touched.
 */
class PlanImportScopeTest extends IntegrationTest {

    private static final String IT_PLAN = """
            新一代信息技术产业2033年行动计划
            一、工作目标
            (一)规模目标。2033年,全省信息技术产业营业收入达到3万亿元。(牵头单位:省工业和信息化厅)
            二、主要任务
            1. 建设算力设施。6月底前建成9个以上算力中心。(牵头单位:省发展改革委)
            """;
    private static final String EQUIPMENT_PLAN = """
            高端装备产业2033年行动计划
            一、工作目标
            (一)规模目标。2033年,全省高端装备产业营业收入达到2万亿元。(牵头单位:省工业和信息化厅)
            二、主要任务
            1. 培育整机企业。年底前培育10家以上整机企业。(牵头单位:省工业和信息化厅)
            """;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    private Http http;
    private Map<String, String> demo;

    @BeforeEach
    void setUp() {
        http = new Http(baseUrl());
        demo = demoPasswords();
        if (count("select count(*) from plan_plan where year = 2033 and industry_code = '02'") == 0) {
            JsonNode preview = upload("admin", "equipment-2033.txt", EQUIPMENT_PLAN, 201);
            assertThat(commit("admin", preview.get("draftId").asLong()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aTaskForceCannotReviseAnotherIndustrysPlanAndTheAttemptIsAudited() {
        long plans = count("select count(*) from plan_plan");
        long drafts = count("select count(*) from plan_import_draft");
        long denied = deniedBy("zhuanban");
        String revised = EQUIPMENT_PLAN.replace("2万亿元", "2.5万亿元");
        HttpResponse<String> r = http.upload("/api/plans/imports", "zhuanban", demo.get("zhuanban"), "equipment.txt",
                revised.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(r.body());
        assertThat(problem.get("detail").asString()).contains("本产业（新一代信息技术）")
                .contains("高端装备产业2033年行动计划（高端装备）").contains("整个文件未予导入");
        assertThat(count("select count(*) from plan_plan")).isEqualTo(plans);
        assertThat(count("select count(*) from plan_import_draft")).as("the draft is not kept").isEqualTo(drafts);
        assertThat(deniedBy("zhuanban")).isEqualTo(denied + 1);
        String entry = jdbc.sql("""
                select after_json from audit_log where actor = 'zhuanban' and action = 'DENIED' order by id desc limit 1
                """).query(String.class).single();
        assertThat(entry).contains("plan.import.upload").contains("equipment.txt").contains("高端装备产业2033年行动计划");
    }

    @Test
    void aDocumentMixingItsOwnAndAnotherIndustrysChangedPlanIsRefusedAsAWhole() {
        long plans = count("select count(*) from plan_plan");
        String mixed = IT_PLAN.replace("2033", "2035") + EQUIPMENT_PLAN.replace("2033", "2035");
        HttpResponse<String> r = http.upload("/api/plans/imports", "zhuanban", demo.get("zhuanban"), "mixed.txt",
                mixed.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(403);
        String detail = json.readTree(r.body()).get("detail").asString();
        assertThat(detail).contains("高端装备产业2035年行动计划（高端装备）").doesNotContain("新一代信息技术产业2035年");
        assertThat(count("select count(*) from plan_plan")).isEqualTo(plans);
    }

    @Test
    void aTaskForceImportsItsOwnIndustryAndMayCarryAnotherIndustrysUnchangedPlan() {
        String document = IT_PLAN + EQUIPMENT_PLAN;
        JsonNode preview = upload("zhuanban", "own-2033.txt", document, 201);
        assertThat(preview.at("/plans/0/action").asString()).isIn("NEW", "UNCHANGED");
        assertThat(preview.at("/plans/1/action").asString()).isEqualTo("UNCHANGED");
        HttpResponse<String> commit = commit("zhuanban", preview.get("draftId").asLong());
        assertThat(commit.statusCode()).isEqualTo(200);
        assertThat(count("select count(*) from plan_plan where year = 2033 and industry_code = '01' and status = 'ACTIVE'"))
                .isEqualTo(1);
        assertThat(count("select revision from plan_plan where year = 2033 and industry_code = '02' and status = 'ACTIVE'"))
                .as("the other industry's plan is untouched").isEqualTo(1);
    }

    @Test
    void anAdministratorsDraftIsNeitherSeenNorCorrectedNorCommittedByATaskForce() {
        JsonNode preview = upload("admin", "it-2034.txt", IT_PLAN.replace("2033", "2034"), 201);
        long draft = preview.get("draftId").asLong();
        long denied = deniedBy("zhuanban");

        HttpResponse<String> open = http.get("/api/plans/imports/" + draft, "zhuanban", demo.get("zhuanban"));
        assertThat(open.statusCode()).isEqualTo(403);
        assertThat(json.readTree(open.body()).get("detail").asString()).contains("只有上传者和系统管理员");
        String correction = """
                {"planIndex":0,"itemIndex":1,"draftVersion":%d,"lead":["省大数据局"],"support":[],"targets":[]}"""
                .formatted(preview.get("draftVersion").asInt());
        assertThat(http.send("PUT", "/api/plans/imports/" + draft + "/corrections", "zhuanban", demo.get("zhuanban"),
                correction).statusCode()).isEqualTo(403);
        assertThat(commit("zhuanban", draft).statusCode()).isEqualTo(403);
        assertThat(deniedBy("zhuanban")).isEqualTo(denied + 3);
        assertThat(jdbc.sql("""
                select string_agg(after_json, ' ' order by id) from audit_log
                where actor = 'zhuanban' and action = 'DENIED' and entity_id = :draft
                """).param("draft", Long.toString(draft)).query(String.class).single())
                .contains("plan.import.preview").contains("plan.import.correct").contains("plan.import.commit");
        assertThat(count("select count(*) from plan_import_draft where committed and id = " + draft)).isZero();

        // the administrator still opens and commits it
        assertThat(http.get("/api/plans/imports/" + draft, "admin", demo.get("admin")).statusCode()).isEqualTo(200);
        assertThat(commit("admin", draft).statusCode()).isEqualTo(200);
    }

    @Test
    void anAdministratorOpensATaskForcesDraftAndTheImportPageRefusesOthers() {
        JsonNode preview = upload("zhuanban", "it-2036.txt", IT_PLAN.replace("2033", "2036"), 201);
        long draft = preview.get("draftId").asLong();
        assertThat(http.get("/api/plans/imports/" + draft, "admin", demo.get("admin")).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/plans/imports/" + draft, "leader", demo.get("leader")).statusCode()).isEqualTo(403);
    }

    @Test
    void aTaskForceCannotCorrectAnotherIndustrysPlanInItsOwnDraft() {
        JsonNode preview = upload("zhuanban", "carry-2033.txt", IT_PLAN + EQUIPMENT_PLAN, 201);
        String correction = """
                {"planIndex":1,"itemIndex":1,"draftVersion":%d,"lead":["省大数据局"],"support":[],"targets":[]}"""
                .formatted(preview.get("draftVersion").asInt());
        HttpResponse<String> r = http.send("PUT", "/api/plans/imports/" + preview.get("draftId").asLong()
                + "/corrections", "zhuanban", demo.get("zhuanban"), correction);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(json.readTree(r.body()).get("detail").asString()).contains("高端装备产业2033年行动计划（高端装备）");
    }

    private JsonNode upload(String user, String name, String text, int status) {
        HttpResponse<String> r = http.upload("/api/plans/imports", user, demo.get(user), name,
                text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return json.readTree(r.body());
    }

    private HttpResponse<String> commit(String user, long draft) {
        return http.send("POST", "/api/plans/imports/" + draft + "/commit", user, demo.get(user), null);
    }

    private long deniedBy(String actor) {
        return jdbc.sql("select count(*) from audit_log where actor = :a and action = 'DENIED'").param("a", actor)
                .query(Long.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
