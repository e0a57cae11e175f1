package cn.tenstrong.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents of other jurisdictions end to end: a 四川省 document imports with its unknown agencies resolved through
 * the preview's decisions (new agency / alias of an existing one), none of them borrowing Shandong's departments; a
 * national document's declared convention is shown and can be switched before commit.
 */
class OtherJurisdictionImportTest extends IntegrationTest {

    private static final Path CORPUS = Path.of("src/test/resources/plan-corpus/docs");

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
    void aSichuanDocumentImportsWithItsUnknownAgenciesResolvedThroughThePreview() throws Exception {
        // an agency of the other province that the directory already has, for the alias decision
        jdbc.sql("insert into org_organization (name, kind, note) values ('四川省商务厅', 'OTHER', '测试') on conflict do nothing")
                .update();
        byte[] file = Files.readAllBytes(CORPUS.resolve("p1-sichuan-2022-xiandai-liutong.txt"));
        HttpResponse<String> upload = http.upload("/api/plans/imports", "admin", demo.get("admin"),
                "四川省现代流通体系建设实施方案.txt", file);
        assertThat(upload.statusCode()).isEqualTo(201);
        JsonNode preview = json.readTree(upload.body());
        List<String> unknown = strings(preview.get("unknownAgencies"));
        assertThat(unknown).contains("四川省发展改革委", "四川省市场监管局", "商务厅", "四川省大数据中心")
                .doesNotContain("省发展改革委");
        JsonNode first = preview.get("document").get("plans").get(0).get("items").get(0);
        assertThat(strings(first.get("lead"))).containsExactly("四川省发展改革委", "四川省市场监管局", "商务厅", "四川省大数据中心");
        assertThat(preview.get("document").get("convention").asString()).isEqualTo("ALL_LISTED_LEAD");

        long draft = preview.get("draftId").asLong();
        HttpResponse<String> refused = http.send("POST", "/api/plans/imports/" + draft + "/commit", "admin",
                demo.get("admin"), "{\"agencies\":[{\"name\":\"商务厅\",\"aliasOf\":\"不存在的厅测试\"}]}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("不在机构名录中");

        HttpResponse<String> commit = http.send("POST", "/api/plans/imports/" + draft + "/commit", "admin",
                demo.get("admin"), """
                        {"agencies":[{"name":"四川省发展改革委"},{"name":"四川省大数据中心"},
                                     {"name":"商务厅","aliasOf":"四川省商务厅"}]}""");
        assertThat(commit.statusCode()).isEqualTo(200);
        long documentId = json.readTree(commit.body()).get("documentId").asLong();

        assertThat(jdbc.sql("select needs_review from org_organization where name = '四川省发展改革委'")
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("""
                select o.name from org_organization_alias a join org_organization o on o.id = a.organization_id
                where a.alias = '商务厅'""").query(String.class).single()).isEqualTo("四川省商务厅");
        // no decision: registered as before, flagged for review
        assertThat(jdbc.sql("select needs_review from org_organization where name = '四川省市场监管局'")
                .query(Boolean.class).single()).isTrue();
        List<String> leads = jdbc.sql("""
                select o.name from plan_responsibility r join org_organization o on o.id = r.organization_id
                join plan_item i on i.id = r.item_id join plan_plan p on p.id = i.plan_id
                where p.document_id = :doc and r.role = 'LEAD' and i.section = '一' order by r.position""")
                .param("doc", documentId).query(String.class).list();
        assertThat(leads).containsExactly("四川省发展改革委", "四川省市场监管局", "四川省商务厅", "四川省大数据中心");
        assertThat(jdbc.sql("""
                select count(*) from plan_responsibility r join org_organization o on o.id = r.organization_id
                join plan_item i on i.id = r.item_id join plan_plan p on p.id = i.plan_id
                where p.document_id = :doc and o.name = '省发展改革委'""").param("doc", documentId)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select after_json from audit_log where action = 'IMPORT' and entity_type = 'plan.document' and entity_id = :id")
                .param("id", Long.toString(documentId)).query(String.class).single())
                .contains("商务厅 → 四川省商务厅", "四川省发展改革委（新增）");

        // a province's plan belongs to no 十强 industry: the dashboard's chart gives its items a bar of their own
        int year = jdbc.sql("select coalesce(min(p.year), 2022) from plan_plan p where p.document_id = :doc").param("doc", documentId)
                .query(Integer.class).single();
        cn.tenstrong.support.BrowserSession leader = new cn.tenstrong.support.BrowserSession(baseUrl());
        leader.login("leader", demo.get("leader"));
        JsonNode data = json.readTree(leader.get("/ledger/dashboard/data?asOf=" + year + "-12-31").body());
        JsonNode other = data.get("industries").valueStream().filter(i -> i.get("code").asString().isEmpty())
                .findFirst().orElseThrow();
        assertThat(other.get("name").asString()).isEqualTo("其他计划");
        assertThat(other.get("byStatus").properties().stream().mapToInt(e -> e.getValue().asInt()).sum())
                .isGreaterThanOrEqualTo(jdbc.sql("select count(*) from plan_item i join plan_plan p on p.id = i.plan_id "
                        + "where p.document_id = :doc and p.status = 'ACTIVE'").param("doc", documentId)
                        .query(Integer.class).single());
    }

    @Test
    void theDeclaredConventionIsShownAndCanBeSwitchedBeforeCommit() throws Exception {
        byte[] file = Files.readAllBytes(CORPUS.resolve("n6-guofa-2018-39-cujin-jiuye.html"));
        HttpResponse<String> upload = http.upload("/api/plans/imports", "admin", demo.get("admin"), "国发2018-39.html", file);
        assertThat(upload.statusCode()).isEqualTo(201);
        JsonNode preview = json.readTree(upload.body());
        assertThat(preview.get("document").get("convention").asString()).isEqualTo("FIRST_LISTED_LEADS");
        assertThat(preview.get("document").get("conventionChosen").asBoolean()).isFalse();
        JsonNode first = preview.get("document").get("plans").get(0).get("items").get(0);
        assertThat(strings(first.get("lead"))).containsExactly("人力资源社会保障部");
        assertThat(strings(first.get("support"))).containsExactly("财政部");

        long draft = preview.get("draftId").asLong();
        int version = preview.get("draftVersion").asInt();
        HttpResponse<String> switched = http.send("POST", "/api/plans/imports/" + draft + "/convention", "admin",
                demo.get("admin"), "{\"draftVersion\":" + version + ",\"convention\":\"ALL_LISTED_LEAD\"}");
        assertThat(switched.statusCode()).isEqualTo(200);
        JsonNode after = json.readTree(switched.body());
        assertThat(after.get("document").get("convention").asString()).isEqualTo("ALL_LISTED_LEAD");
        assertThat(after.get("document").get("conventionChosen").asBoolean()).isTrue();
        JsonNode firstAfter = after.get("document").get("plans").get(0).get("items").get(0);
        assertThat(strings(firstAfter.get("lead"))).containsExactly("人力资源社会保障部", "财政部");
        assertThat(strings(firstAfter.get("support"))).isEmpty();

        HttpResponse<String> stale = http.send("POST", "/api/plans/imports/" + draft + "/convention", "admin",
                demo.get("admin"), "{\"draftVersion\":" + version + ",\"convention\":\"FIRST_LISTED_LEADS\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
