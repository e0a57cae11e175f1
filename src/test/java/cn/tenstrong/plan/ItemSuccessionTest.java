package cn.tenstrong.plan;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

/**
 * 条目衔接: a revision renumbers an item; the import proposes the pair, the importer accepts or drops it, and the
 * ledger keeps (or does not keep) the item's accepted progress under its new number.
 *
 * <p>Each test works on its own copy of the seed's 高端装备 plan (industry 02) for a year no other test uses, so that
 * the shared database's seed plans stay as other tests expect them.
 */
class ItemSuccessionTest extends IntegrationTest {

    static final String OLD_KEY = "TASK|二|二|7|";
    static final String NEW_KEY = "TASK|二|七|23|";
    static final String OTHER_NEW_KEY = "TASK|二|七|24|";

    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlanImports imports;

    private Http http;
    private Map<String, String> demo;

    @BeforeEach
    void setUp() {
        http = new Http(baseUrl());
        demo = demoPasswords();
    }

    @Test
    void anAcceptedPairCarriesTheItemsHistoryAndValueToItsNewNumber() throws Exception {
        commitNew(plan(2031), "高端装备2031.txt");
        long oldItem = row(2031, OLD_KEY).at("/item/id").asLong();
        String round = "条目衔接测试（2031年计划）";
        acceptedReport(oldItem, round, "已开展融链固链行动2次，征集需求60项", "2", "60");
        assertThat(row(2031, OLD_KEY).at("/targets/0/reached").decimalValue()).isEqualByComparingTo("2");

        JsonNode preview = upload(revised(plan(2031)), "高端装备2031（修订）.txt");
        JsonNode change = preview.at("/plans/0");
        assertThat(change.get("action").asString()).isEqualTo("REVISED");
        assertThat(change.get("changes").valueStream().map(c -> c.get("kind").asString() + " " + c.get("itemKey").asString()))
                .containsExactlyInAnyOrder("ADDED " + NEW_KEY, "ADDED " + OTHER_NEW_KEY, "REMOVED " + OLD_KEY);
        assertThat(change.get("successions")).singleElement().satisfies(s -> {
            assertThat(s.at("/from/itemKey").asString()).isEqualTo(OLD_KEY);
            assertThat(s.at("/from/label").asString()).isEqualTo("二.二.7");
            assertThat(s.at("/to/itemKey").asString()).isEqualTo(NEW_KEY);
            assertThat(s.at("/to/label").asString()).isEqualTo("二.七.23");
            assertThat(s.at("/to/heading").asString()).startsWith("常态化开展重点产业链");
            assertThat(s.get("similarity").asDouble()).isGreaterThan(0.9).isLessThan(1.0);
        });
        assertThat(change.get("addedItems").valueStream().map(a -> a.get("itemKey").asString()))
                .containsExactly(NEW_KEY, OTHER_NEW_KEY);

        long draft = preview.get("draftId").asLong();
        HttpResponse<String> commit = commit(draft, """
                {"successions":[{"planIndex":0,"fromKey":"%s","toKey":"%s"}]}""".formatted(OLD_KEY, NEW_KEY));
        assertThat(commit.statusCode()).as(commit.body()).isEqualTo(200);
        JsonNode result = json.readTree(commit.body());
        assertThat(result.get("successions")).singleElement().satisfies(s -> {
            assertThat(s.get("fromLabel").asString()).isEqualTo("二.二.7");
            assertThat(s.get("toLabel").asString()).isEqualTo("二.七.23");
            assertThat(s.get("proposed").asBoolean()).isTrue();
            assertThat(s.get("year").asInt()).isEqualTo(2031);
        });

        // the ledger shows the old item's accepted progress and value under the new number
        JsonNode moved = row(2031, NEW_KEY);
        assertThat(moved.at("/item/id").asLong()).isNotEqualTo(oldItem);
        assertThat(moved.get("latestProgress").asString()).isEqualTo("已开展融链固链行动2次，征集需求60项");
        assertThat(moved.get("latestRound").asString()).isEqualTo(round);
        assertThat(moved.at("/targets/0/reached").decimalValue()).isEqualByComparingTo("2");
        assertThat(moved.at("/targets/1/reached").decimalValue()).isEqualByComparingTo("60");
        assertThat(moved.get("status").asString()).isNotEqualTo("NOT_REPORTED");
        assertThat(absent(row(2031, OTHER_NEW_KEY), "latestProgress")).isTrue();
        assertThat(rows(2031)).noneMatch(r -> r.at("/item/itemKey").asString().equals(OLD_KEY));

        long documentId = result.get("documentId").asLong();
        assertThat(count("select count(*) from plan_item_succession where document_id = " + documentId)).isEqualTo(1);
        long successionId = result.at("/successions/0/id").asLong();
        assertThat(count("select count(*) from audit_log where entity_type = 'plan.item-succession' and entity_id = '"
                + successionId + "'")).isEqualTo(1);
        assertThat(http.get("/api/plans", "leader", demo.get("leader")).statusCode()).isEqualTo(200);
        assertThat(commit(draft, null).statusCode()).as("committed once only").isEqualTo(409);
    }

    @Test
    void aDroppedPairCarriesNothingAndABadMappingChangesNothing() throws Exception {
        commitNew(plan(2032), "高端装备2032.txt");
        long oldItem = row(2032, OLD_KEY).at("/item/id").asLong();
        acceptedReport(oldItem, "条目衔接测试（2032年计划）", "已开展融链固链行动1次", "1", "30");

        JsonNode preview = upload(revised(plan(2032)), "高端装备2032（修订）.txt");
        assertThat(preview.at("/plans/0/successions/0/to/itemKey").asString()).isEqualTo(NEW_KEY);
        long draft = preview.get("draftId").asLong();
        long plansBefore = count("select count(*) from plan_plan");

        // an item that exists in both versions cannot be a successor; a new item continues one old item only
        HttpResponse<String> notAdded = commit(draft, """
                {"successions":[{"planIndex":0,"fromKey":"%s","toKey":"TASK|二|七|22|"}]}""".formatted(OLD_KEY));
        assertThat(notAdded.statusCode()).isEqualTo(422);
        assertThat(notAdded.body()).contains("不是").contains("新增的条目");
        HttpResponse<String> notRemoved = commit(draft, """
                {"successions":[{"planIndex":0,"fromKey":"TASK|二|二|6|","toKey":"%s"}]}""".formatted(NEW_KEY));
        assertThat(notRemoved.statusCode()).isEqualTo(422);
        assertThat(notRemoved.body()).contains("删除的条目");
        assertThat(count("select count(*) from plan_plan")).as("all or nothing").isEqualTo(plansBefore);

        HttpResponse<String> commit = commit(draft, """
                {"successions":[{"planIndex":0,"fromKey":"%s","toKey":""}]}""".formatted(OLD_KEY));
        assertThat(commit.statusCode()).as(commit.body()).isEqualTo(200);
        JsonNode result = json.readTree(commit.body());
        assertThat(result.get("successions").size()).isZero();
        assertThat(result.get("supersededPlanIds").size()).isEqualTo(1);

        JsonNode moved = row(2032, NEW_KEY);
        assertThat(absent(moved, "latestProgress")).isTrue();
        assertThat(absent(moved, "latestRound")).isTrue();
        assertThat(absent(moved.at("/targets/0"), "reached")).isTrue();
        assertThat(moved.get("status").asString()).isEqualTo("NOT_REPORTED");
        long documentId = result.get("documentId").asLong();
        assertThat(count("select count(*) from plan_item_succession where document_id = " + documentId)).isZero();
        String audit = jdbc.sql("select after_json from audit_log where action = 'IMPORT' and entity_type = 'plan.document'"
                + " and entity_id = :id").param("id", Long.toString(documentId)).query(String.class).single();
        assertThat(audit).contains("droppedProposals").contains("二.二.7 → 二.七.23");
    }

    @Test
    void theImportCommandAcceptsTheProposedPairs() throws Exception {
        commitNew(plan(2033), "高端装备2033.txt");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("revised-2033-", ".txt");
        java.nio.file.Files.writeString(file, revised(plan(2033)));
        var out = new java.io.ByteArrayOutputStream();
        int code = new ImportCommand(imports).run(file, new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("条目衔接\t二.二.7 → 二.七.23\t相似度 ");
        assertThat(count("""
                select count(*) from plan_item_succession s join plan_plan p on p.id = s.to_plan_id
                where p.year = 2033 and s.from_item_key = 'TASK|二|二|7|' and s.to_item_key = 'TASK|二|七|23|'""")).isEqualTo(1);
    }

    // documents

    /** The seed's 高端装备 plan alone, for another year. */
    static String plan(int year) throws IOException {
        String seed;
        try (InputStream in = ItemSuccessionTest.class.getClassLoader()
                .getResourceAsStream("plan/seed/shandong-2022-ten-strong-industries.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = seed.indexOf("02高端装备产业2022年行动计划");
        int end = seed.indexOf("03新能源产业2022年行动计划");
        assertThat(start).isNotNegative();
        return seed.substring(start, end).replace("2022", Integer.toString(year));
    }

    /**
     * The revision: task 7 (融链固链, section 二) moves to the end of section 七 as task 23, one phrase reworded, and an
     * unrelated task 24 is added.
     */
    static String revised(String plan) {
        List<String> lines = new ArrayList<>(plan.lines().toList());
        int seven = indexOf(lines, "7.", "常态化开展重点产业链");
        String task = lines.remove(seven).replaceFirst("^7\\.[\\s\\u00a0]*", "")
                .replace("全力服务产业链发展", "全力服务产业链高质量发展");
        int twentyTwo = indexOf(lines, "22.", "打造装备制造用数赋智良好生态");
        lines.add(twentyTwo + 1, "");
        lines.add(twentyTwo + 2, "23. " + task);
        lines.add(twentyTwo + 3, "");
        lines.add(twentyTwo + 4, "24. 加强产业安全监测预警。建立重点产业链供应链安全监测预警机制,定期发布风险提示,"
                + "做好重点企业原材料保供稳价工作。(牵头单位:省发展改革委)");
        return String.join("\n", lines) + "\n";
    }

    private static int indexOf(List<String> lines, String number, String words) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(number) && lines.get(i).contains(words)) {
                return i;
            }
        }
        throw new AssertionError("line not found: " + number + " " + words);
    }

    // API helpers

    private JsonNode upload(String text, String fileName) {
        HttpResponse<String> upload = http.upload("/api/plans/imports", "admin", demo.get("admin"), fileName,
                text.getBytes(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        return json.readTree(upload.body());
    }

    private void commitNew(String text, String fileName) {
        JsonNode preview = upload(text, fileName);
        assertThat(preview.at("/plans/0/action").asString()).isEqualTo("NEW");
        assertThat(preview.at("/plans/0/industryCode").asString()).isEqualTo("02");
        HttpResponse<String> commit = commit(preview.get("draftId").asLong(), null);
        assertThat(commit.statusCode()).as(commit.body()).isEqualTo(200);
    }

    private HttpResponse<String> commit(long draft, String body) {
        return http.send("POST", "/api/plans/imports/" + draft + "/commit", "admin", demo.get("admin"), body);
    }

    /** A round of the 高端装备 industry with one report by 省工业和信息化厅 on the item, accepted by the administrator. */
    private void acceptedReport(long itemId, String roundLabel, String progress, String... values) {
        HttpResponse<String> opened = http.send("POST", "/api/ledger/rounds", "admin", demo.get("admin"), """
                {"industryCode":"02","periodKind":"MONTH","periodLabel":"%s","periodStart":"2022-06-01",
                 "periodEnd":"2022-06-30","dueDate":"2099-12-31"}""".formatted(roundLabel));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long roundId = json.readTree(opened.body()).get("id").asLong();
        JsonNode item = json.readTree(http.get("/api/ledger/rows?industry=02", "leader", demo.get("leader")).body())
                .valueStream().filter(r -> r.at("/item/id").asLong() == itemId).findFirst().orElseThrow().get("item");
        StringBuilder map = new StringBuilder();
        for (int t = 0; t < values.length; t++) {
            map.append(t == 0 ? "" : ",").append('"').append(item.at("/targets/" + t + "/id").asLong()).append("\":")
                    .append(values[t]);
        }
        HttpResponse<String> saved = http.send("PUT", "/api/ledger/reports", "agency", demo.get("agency"), """
                {"roundId":%d,"itemId":%d,"progressText":"%s","values":{%s},"percentDone":null,"selfStatus":"ON_TRACK",
                 "problems":"","version":0}""".formatted(roundId, itemId, progress, map));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode report = json.readTree(saved.body());
        JsonNode submitted = decide("agency", report.get("id").asLong(), "submit", report.get("version").asInt());
        JsonNode accepted = decide("admin", report.get("id").asLong(), "accept", submitted.get("version").asInt());
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
    }

    private JsonNode decide(String user, long reportId, String action, int version) {
        HttpResponse<String> r = http.send("POST", "/api/ledger/reports/" + reportId + "/" + action, user, demo.get(user),
                "{\"version\":" + version + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private List<JsonNode> rows(int year) {
        HttpResponse<String> r = http.get("/api/ledger/rows?industry=02", "leader", demo.get("leader"));
        assertThat(r.statusCode()).isEqualTo(200);
        return json.readTree(r.body()).valueStream().filter(row -> row.get("planYear").asInt() == year).toList();
    }

    private JsonNode row(int year, String itemKey) {
        return rows(year).stream().filter(r -> r.at("/item/itemKey").asString().equals(itemKey)).findFirst()
                .orElseThrow(() -> new AssertionError("no ledger row " + year + " " + itemKey));
    }

    private static boolean absent(JsonNode node, String field) {
        return node.path(field).isMissingNode() || node.path(field).isNull();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
