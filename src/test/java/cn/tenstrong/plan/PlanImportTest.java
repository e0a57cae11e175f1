package cn.tenstrong.plan;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

/** Importing plan documents end to end through the API, against the real database. */
class PlanImportTest extends IntegrationTest {

    private static final String SMALL_PLAN = """
            新一代信息技术产业2023年行动计划
            一、工作目标
            (一)规模目标。2023年,全省信息技术产业营业收入达到1.6万亿元,新增专精特新企业100家以上。(牵头单位:省工业和信息化厅)
            二、主要任务
            1. 建设算力设施。6月底前建成5个以上算力中心。(牵头单位:省发展改革委;配合单位:省大数据局)
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
    }

    @Test
    void theSeedIsStoredOnFirstStart() {
        assertThat(count("select count(*) from plan_document where file_name like '%2022年行动计划%'")).isEqualTo(1);
        long seedDoc = count("select min(id) from plan_document");
        // the seed's own plans, whatever became of them: other tests import 2022 plans too (another jurisdiction's) and
        // revise the seed's (the revision is another document's active plan, the seed's is then superseded)
        assertThat(count("select count(*) from plan_plan p where p.year = 2022 and p.document_id = " + seedDoc))
                .isEqualTo(12);
        String ofSeed = " join plan_item i on i.id = r.item_id join plan_plan p on p.id = i.plan_id where p.document_id = " + seedDoc;
        assertThat(count("select count(*) from plan_item i join plan_plan p on p.id = i.plan_id where p.document_id = " + seedDoc))
                .isEqualTo(329);
        assertThat(count("select count(*) from plan_responsibility r" + ofSeed + " and r.role = 'LEAD'")).isEqualTo(547);
        assertThat(count("select count(*) from plan_responsibility r" + ofSeed + " and r.role = 'SUPPORT'")).isEqualTo(273);
        assertThat(count("select count(distinct r.organization_id) from plan_responsibility r" + ofSeed)).isEqualTo(47);
        // the seed's typo is an alias of the real department, not a department of its own
        assertThat(count("select count(*) from org_organization where name = '省工信和信息化厅'")).isZero();
        assertThat(count("select count(*) from org_organization_alias where alias = '省工信和信息化厅'")).isEqualTo(1);
        assertThat(jdbc.sql("""
                select t.value, t.unit, t.qualifier from plan_target t join plan_item i on i.id = t.item_id
                join plan_plan p on p.id = i.plan_id
                where p.document_id = :doc and p.industry_code = '01' and i.kind = 'GOAL' and t.text = '1.4万亿元左右'
                """).param("doc", seedDoc).query((rs, n) -> rs.getBigDecimal(1).toPlainString() + " " + rs.getString(2) + " "
                + rs.getString(3)).single()).isEqualTo("1400000000000 元 APPROX");
    }

    @Test
    void reimportingTheSameFileChangesNothing() throws Exception {
        long plansBefore = count("select count(*) from plan_plan");
        HttpResponse<String> upload = http.upload("/api/plans/imports", "admin", demo.get("admin"), "seed-again.txt", seedBytes());
        assertThat(upload.statusCode()).isEqualTo(201);
        JsonNode preview = json.readTree(upload.body());
        assertThat(preview.get("alreadyImported").asBoolean()).isTrue();
        assertThat(preview.get("plans").size()).isEqualTo(12);
        preview.get("plans").forEach(p -> assertThat(p.get("action").asString()).isIn("UNCHANGED", "REVISED"));
        HttpResponse<String> commit = http.send("POST", "/api/plans/imports/" + preview.get("draftId").asLong() + "/commit",
                "admin", demo.get("admin"), null);
        assertThat(commit.statusCode()).isEqualTo(200);
        assertThat(json.readTree(commit.body()).get("createdPlanIds").size()).isZero();
        assertThat(count("select count(*) from plan_plan")).isEqualTo(plansBefore);
    }

    @Test
    void aCorrectedNewPlanIsStoredAsCorrected() throws Exception {
        HttpResponse<String> upload = http.upload("/api/plans/imports", "zhuanban", demo.get("zhuanban"), "2023.txt",
                SMALL_PLAN.getBytes(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).isEqualTo(201);
        JsonNode preview = json.readTree(upload.body());
        long draft = preview.get("draftId").asLong();
        assertThat(preview.at("/plans/0/action").asString()).isEqualTo("NEW");
        assertThat(preview.at("/plans/0/industryCode").asString()).isEqualTo("01");
        JsonNode task = preview.at("/document/plans/0/items/1");
        assertThat(task.get("lead").get(0).asString()).isEqualTo("省发展改革委");
        assertThat(task.get("deadline").asString()).isEqualTo("2023-06-30");

        String correction = """
                {"planIndex":0,"itemIndex":1,"draftVersion":%d,"lead":["省工业和信息化厅"],"support":["省大数据局","省通信管理局"],
                 "targets":[]}""";
        HttpResponse<String> stale = http.send("PUT", "/api/plans/imports/" + draft + "/corrections", "zhuanban",
                demo.get("zhuanban"), correction.formatted(preview.get("draftVersion").asInt() + 5));
        assertThat(stale.statusCode()).isEqualTo(409);
        HttpResponse<String> fixed = http.send("PUT", "/api/plans/imports/" + draft + "/corrections", "zhuanban",
                demo.get("zhuanban"), correction.formatted(preview.get("draftVersion").asInt()));
        assertThat(fixed.statusCode()).isEqualTo(200);

        HttpResponse<String> commit = http.send("POST", "/api/plans/imports/" + draft + "/commit", "zhuanban",
                demo.get("zhuanban"), null);
        assertThat(commit.statusCode()).isEqualTo(200);
        long planId = json.readTree(commit.body()).get("createdPlanIds").get(0).asLong();
        HttpResponse<String> stored = http.get("/api/plans/" + planId, "leader", demo.get("leader"));
        JsonNode item = json.readTree(stored.body()).at("/items/1");
        assertThat(item.at("/lead/0/name").asString()).isEqualTo("省工业和信息化厅");
        assertThat(item.get("support").size()).isEqualTo(2);
        assertThat(item.get("targets").size()).isZero();
        JsonNode goal = json.readTree(stored.body()).at("/items/0");
        assertThat(goal.at("/targets/0/value").decimalValue()).isEqualByComparingTo("1.6E12");

        HttpResponse<String> again = http.send("POST", "/api/plans/imports/" + draft + "/commit", "zhuanban",
                demo.get("zhuanban"), null);
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void aRevisedPlanShowsItsDiffAndReplacesTheActiveOne() throws Exception {
        String seed = new String(seedBytes(), StandardCharsets.UTF_8);
        String revised = seed.replace("营业收入1.4万亿元左右", "营业收入1.5万亿元左右");
        assertThat(revised).isNotEqualTo(seed);
        HttpResponse<String> upload = http.upload("/api/plans/imports", "admin", demo.get("admin"), "revised.txt",
                revised.getBytes(StandardCharsets.UTF_8));
        JsonNode preview = json.readTree(upload.body());
        List<JsonNode> revisedPlans = preview.get("plans").valueStream().filter(p -> p.get("action").asString().equals("REVISED")).toList();
        assertThat(revisedPlans).hasSize(1);
        JsonNode change = revisedPlans.get(0).get("changes").get(0);
        assertThat(change.get("kind").asString()).isEqualTo("CHANGED");
        assertThat(change.get("before").asString()).contains("1.4万亿元左右");
        assertThat(change.get("after").asString()).contains("1.5万亿元左右");
        long oldId = revisedPlans.get(0).get("existingPlanId").asLong();

        HttpResponse<String> commit = http.send("POST", "/api/plans/imports/" + preview.get("draftId").asLong() + "/commit",
                "admin", demo.get("admin"), null);
        JsonNode result = json.readTree(commit.body());
        assertThat(result.get("supersededPlanIds").get(0).asLong()).isEqualTo(oldId);
        assertThat(result.get("unchangedPlans").asInt()).isEqualTo(11);
        assertThat(jdbc.sql("select status from plan_plan where id = :id").param("id", oldId).query(String.class).single())
                .isEqualTo("SUPERSEDED");
        assertThat(count("select revision from plan_plan where status = 'ACTIVE' and industry_code = '01' and year = 2022")).isEqualTo(2);
        assertThat(count("select count(*) from audit_log where action = 'IMPORT'")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void badInputIsRefusedInChineseAndStoresNothing() {
        long drafts = count("select count(*) from plan_import_draft");
        long documents = count("select count(*) from plan_document");
        HttpResponse<String> empty = http.upload("/api/plans/imports", "admin", demo.get("admin"), "empty.txt", new byte[0]);
        assertThat(empty.statusCode()).isIn(400, 422);
        HttpResponse<String> notAPlan = http.upload("/api/plans/imports", "admin", demo.get("admin"), "novel.txt",
                "春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。".getBytes(StandardCharsets.UTF_8));
        assertThat(notAPlan.statusCode()).isEqualTo(422);
        assertThat(notAPlan.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(notAPlan.body()).contains("未");
        HttpResponse<String> corrupt = http.upload("/api/plans/imports", "admin", demo.get("admin"), "broken.docx",
                "PK\u0003\u0004 this is not really a zip".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(corrupt.statusCode()).isEqualTo(422);
        assertThat(corrupt.body()).doesNotContain("Exception");
        assertThat(count("select count(*) from plan_import_draft")).isEqualTo(drafts);
        assertThat(count("select count(*) from plan_document")).isEqualTo(documents);
    }

    @Test
    void gbkDocumentsAreReadToo() {
        byte[] gbk = SMALL_PLAN.replace("2023", "2024").getBytes(Charset.forName("GBK"));
        HttpResponse<String> upload = http.upload("/api/plans/imports", "admin", demo.get("admin"), "gbk.txt", gbk);
        assertThat(upload.statusCode()).isEqualTo(201);
        assertThat(upload.body()).contains("省发展改革委").contains("\"year\":2024");
    }

    @Test
    void onlyTaskForcesAndAdministratorsImport() {
        HttpResponse<String> agency = http.upload("/api/plans/imports", "agency", demo.get("agency"), "x.txt",
                SMALL_PLAN.getBytes(StandardCharsets.UTF_8));
        assertThat(agency.statusCode()).isEqualTo(403);
        HttpResponse<String> mine = http.get("/api/plans/items?mine=true&limit=1000", "agency", demo.get("agency"));
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("省工业和信息化厅");
    }

    @Test
    void theImportCommandStoresAFileAndExplainsRefusals(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("2026.txt");
        java.nio.file.Files.writeString(file, SMALL_PLAN.replace("2023", "2026"));
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        int code = new ImportCommand(imports).run(file, new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("新增\t新一代信息技术产业2026年行动计划").contains("导入完成：新增 1 个计划、2 个条目");
        assertThat(count("select count(*) from plan_plan where year = 2026 and status = 'ACTIVE'")).isEqualTo(1);

        java.nio.file.Path junk = dir.resolve("junk.txt");
        java.nio.file.Files.writeString(junk, "这不是行动计划。");
        err.reset();
        assertThat(new ImportCommand(imports).run(junk, System.out, new java.io.PrintStream(err, true, StandardCharsets.UTF_8)))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("错误：");
        assertThat(new ImportCommand(imports).run(dir.resolve("missing.txt"), System.out, System.err)).isEqualTo(2);
    }

    @Autowired
    PlanImports imports;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static byte[] seedBytes() throws IOException {
        try (InputStream in = PlanImportTest.class.getClassLoader()
                .getResourceAsStream("plan/seed/shandong-2022-ten-strong-industries.txt")) {
            return in.readAllBytes();
        }
    }
}
