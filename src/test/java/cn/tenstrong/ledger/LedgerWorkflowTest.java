package cn.tenstrong.ledger;

import java.net.http.HttpResponse;
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

/** A progress round through the API: who may do what, the workflow, and the status it produces. */
class LedgerWorkflowTest extends IntegrationTest {

    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    private Http http;
    private Map<String, String> demo;

    @BeforeEach
    void setUp() {
        http = new Http(baseUrl());
        demo = demoPasswords();
    }

    @Test
    void aRoundFromOpeningToAcceptedStatus() {
        JsonNode round = open("zhuanban", "01", "API测试2022年6月", "2022-06-01", "2022-06-30", "2099-12-31", 201);
        long roundId = round.get("id").asLong();
        open("zhuanban", "02", "越权调度", "2022-06-01", "2022-06-30", "2099-12-31", 403);
        open("agency", "01", "越权调度", "2022-06-01", "2022-06-30", "2099-12-31", 403);

        JsonNode goal = row("01", "GOAL", "一", "一");   // 一.一, led by 省工业和信息化厅, five targets
        long itemId = goal.at("/item/id").asLong();
        StringBuilder values = new StringBuilder();
        for (JsonNode t : goal.at("/item/targets")) {
            String v = t.hasNonNull("value") ? t.get("value").asString() : t.get("low").asString();
            values.append(values.isEmpty() ? "" : ",").append('"').append(t.get("id").asLong()).append("\":")
                    .append(new java.math.BigDecimal(v).multiply(new java.math.BigDecimal("1.02")).toPlainString());
        }
        String draft = """
                {"roundId":%d,"itemId":%d,"progressText":"全省信息技术产业营业收入稳步增长","values":{%s},
                 "percentDone":null,"selfStatus":"ON_TRACK","problems":"","version":%d}""";
        HttpResponse<String> saved = http.send("PUT", "/api/ledger/reports", "agency", demo.get("agency"),
                draft.formatted(roundId, itemId, values, 0));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode report = json.readTree(saved.body());
        assertThat(report.get("status").asString()).isEqualTo("DRAFT");

        HttpResponse<String> stale = http.send("PUT", "/api/ledger/reports", "agency", demo.get("agency"),
                draft.formatted(roundId, itemId, values, 7));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(http.send("PUT", "/api/ledger/reports", "city", demo.get("city"), draft.formatted(roundId, itemId, values, 0))
                .statusCode()).isEqualTo(403);

        long reportId = report.get("id").asLong();
        JsonNode submitted = decide("agency", reportId, "submit", report.get("version").asInt(), null, 200);
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(todos("zhuanban")).anySatisfy(t -> assertThat(t.get("kind").asString()).isEqualTo("TO_REVIEW"));
        decide("agency", reportId, "accept", submitted.get("version").asInt(), null, 403);
        JsonNode accepted = decide("zhuanban", reportId, "accept", submitted.get("version").asInt(), null, 200);
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("history").size()).isEqualTo(3);

        JsonNode after = rowById("01", itemId);
        assertThat(after.get("status").asString()).isEqualTo("DONE");
        assertThat(after.get("latestProgress").asString()).isEqualTo("全省信息技术产业营业收入稳步增长");
        assertThat(count("select count(*) from audit_log where entity_type = 'ledger.report' and entity_id = '" + reportId + "'"))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void onlyLeadAgenciesReportAndReturnedReportsComeBackAsToDos() {
        long roundId = open("zhuanban", "01", "API测试2022年7月", "2022-07-01", "2022-07-31", "2099-12-31", 201)
                .get("id").asLong();
        JsonNode notMine = rows("01").stream()
                .filter(r -> r.at("/item/lead").valueStream().noneMatch(l -> l.get("name").asString().equals("省工业和信息化厅")))
                .findFirst().orElseThrow();
        String body = """
                {"roundId":%d,"itemId":%d,"progressText":"进展","values":{},"percentDone":50,"selfStatus":null,
                 "problems":"","version":0}""";
        assertThat(http.send("PUT", "/api/ledger/reports", "agency", demo.get("agency"),
                body.formatted(roundId, notMine.at("/item/id").asLong())).statusCode()).isEqualTo(403);

        JsonNode mine = row("01", "TASK", "一", "2");
        HttpResponse<String> saved = http.send("PUT", "/api/ledger/reports", "agency", demo.get("agency"),
                body.formatted(roundId, mine.at("/item/id").asLong()));
        JsonNode report = json.readTree(saved.body());
        JsonNode submitted = decide("agency", report.get("id").asLong(), "submit", report.get("version").asInt(), null, 200);
        decide("zhuanban", report.get("id").asLong(), "return", submitted.get("version").asInt(), "", 422);
        decide("zhuanban", report.get("id").asLong(), "return", submitted.get("version").asInt(), "请补充对接活动场次", 200);
        assertThat(todos("agency")).anySatisfy(t -> {
            assertThat(t.get("kind").asString()).isEqualTo("RETURNED");
            assertThat(t.get("detail").asString()).isEqualTo("请补充对接活动场次");
        });

        JsonNode round = json.readTree(http.get("/api/ledger/rounds", "zhuanban", demo.get("zhuanban")).body())
                .valueStream().filter(r -> r.get("id").asLong() == roundId).findFirst().orElseThrow();
        HttpResponse<String> closed = http.send("POST", "/api/ledger/rounds/" + roundId + "/close", "zhuanban",
                demo.get("zhuanban"), "{\"version\":" + round.get("version").asInt() + "}");
        assertThat(closed.statusCode()).isEqualTo(200);
        HttpResponse<String> locked = http.send("PUT", "/api/ledger/reports", "agency", demo.get("agency"),
                body.formatted(roundId, mine.at("/item/id").asLong()).replace("\"version\":0", "\"version\":" + 3));
        assertThat(locked.statusCode()).isEqualTo(422);
        assertThat(locked.body()).contains("已关闭");
    }

    @Test
    void scorecardsRankAgencies() {
        HttpResponse<String> cards = http.get("/api/ledger/scorecards", "leader", demo.get("leader"));
        assertThat(cards.statusCode()).isEqualTo(200);
        JsonNode list = json.readTree(cards.body());
        assertThat(list.size()).isGreaterThan(20);
        JsonNode gxt = list.valueStream().filter(c -> c.get("name").asString().equals("省工业和信息化厅")).findFirst().orElseThrow();
        assertThat(gxt.get("itemsLed").asInt()).isGreaterThan(50);
        assertThat(gxt.get("reportsDue").asInt()).isPositive();
    }

    private JsonNode open(String user, String industry, String label, String start, String end, String due, int expect) {
        HttpResponse<String> r = http.send("POST", "/api/ledger/rounds", user, demo.get(user), """
                {"industryCode":"%s","periodKind":"MONTH","periodLabel":"%s","periodStart":"%s","periodEnd":"%s","dueDate":"%s"}
                """.formatted(industry, label, start, end, due));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(expect);
        return expect == 201 ? json.readTree(r.body()) : null;
    }

    private JsonNode decide(String user, long reportId, String action, int version, String comment, int expect) {
        String body = comment == null ? "{\"version\":" + version + "}" : "{\"version\":" + version + ",\"comment\":\"" + comment + "\"}";
        HttpResponse<String> r = http.send("POST", "/api/ledger/reports/" + reportId + "/" + action, user, demo.get(user), body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(expect);
        return expect == 200 ? json.readTree(r.body()) : null;
    }

    private List<JsonNode> rows(String industry) {
        HttpResponse<String> r = http.get("/api/ledger/rows?industry=" + industry, "leader", demo.get("leader"));
        assertThat(r.statusCode()).isEqualTo(200);
        return new ArrayList<>(json.readTree(r.body()).valueStream().toList());
    }

    private JsonNode row(String industry, String kind, String section, String number) {
        return rows(industry).stream().filter(r -> r.at("/item/kind").asString().equals(kind)
                        && r.at("/item/section").asString().equals(section) && r.at("/item/number").asString().equals(number))
                .findFirst().orElseThrow();
    }

    private JsonNode rowById(String industry, long itemId) {
        return rows(industry).stream().filter(r -> r.at("/item/id").asLong() == itemId).findFirst().orElseThrow();
    }

    private List<JsonNode> todos(String user) {
        return json.readTree(http.get("/api/ledger/todos", user, demo.get(user)).body()).valueStream().toList();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
