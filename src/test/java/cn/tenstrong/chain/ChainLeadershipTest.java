package cn.tenstrong.chain;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.plan.PlanCatalog;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.plan.PlanSummary;
import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 链长制 through the API: the 链长 only an administrator enters, 包挂单位 and alliances the chain's own task force keeps,
 * and plan items tagged as the chain's tasks with their ledger status — validated (422), version-checked (409),
 * audited, and refused (403) outside the editor's industry.
 */
class ChainLeadershipTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    OrgDirectory orgs;
    @Autowired
    PlanCatalog plans;

    private Map<String, String> demo;

    @org.junit.jupiter.api.BeforeEach
    void passwords() {
        demo = demoPasswords();
    }

    private Http http() {
        return new Http(baseUrl());
    }

    @Test
    void onlyAnAdministratorEntersTheChainChiefAndStaleOrEmptyEntriesAreRefused() throws Exception {
        String chain = "smart-sensor";
        JsonNode before = json.readTree(http().get("/api/chains/" + chain + "/leadership", "leader", demo.get("leader")).body());
        assertThat(before.get("chief").isNull()).as("no 链长 until one is entered").isTrue();

        assertThat(send("PUT", "/api/chains/" + chain + "/chief", "zhuanban",
                "{\"name\":\"张三\",\"post\":\"副省长\",\"version\":0}").statusCode()).isEqualTo(403);
        assertThat(send("PUT", "/api/chains/" + chain + "/chief", "leader",
                "{\"name\":\"张三\",\"post\":\"副省长\",\"version\":0}").statusCode()).isEqualTo(403);
        HttpResponse<String> empty = send("PUT", "/api/chains/" + chain + "/chief", "admin",
                "{\"name\":\" \",\"post\":\"副省长\",\"version\":0}");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("链长姓名不能为空");
        assertThat(send("PUT", "/api/chains/" + chain + "/chief", "admin", "{\"name\":\"张三\",\"post\":\"副省长\"}")
                .statusCode()).isEqualTo(422);

        HttpResponse<String> created = send("PUT", "/api/chains/" + chain + "/chief", "admin",
                "{\"name\":\"张测试\",\"post\":\"副省长（测试）\",\"version\":0}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(json.readTree(created.body()).get("version").asInt()).isEqualTo(1);
        assertThat(send("PUT", "/api/chains/" + chain + "/chief", "admin",
                "{\"name\":\"李测试\",\"post\":\"副省长\",\"version\":0}").statusCode()).isEqualTo(409);
        HttpResponse<String> changed = send("PUT", "/api/chains/" + chain + "/chief", "admin",
                "{\"name\":\"李测试\",\"post\":\"省政府副省长\",\"version\":1}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode after = json.readTree(http().get("/api/chains/" + chain + "/leadership", "zhuanban",
                demo.get("zhuanban")).body());
        assertThat(after.at("/chief/name").asString()).isEqualTo("李测试");
        assertThat(after.at("/chief/post").asString()).isEqualTo("省政府副省长");
        assertThat(after.get("canEditChief").asBoolean()).isFalse();
        assertThat(after.get("canEdit").asBoolean()).isTrue();

        assertThat(send("DELETE", "/api/chains/" + chain + "/chief?version=1", "admin", null).statusCode()).isEqualTo(409);
        assertThat(send("DELETE", "/api/chains/" + chain + "/chief?version=2", "admin", null).statusCode()).isEqualTo(204);
        assertThat(audit("chain.chief", chain)).containsExactly("CREATE", "UPDATE", "DELETE");
        assertThat(send("PUT", "/api/chains/no-such-chain/chief", "admin",
                "{\"name\":\"张三\",\"post\":\"副省长\",\"version\":0}").statusCode()).isEqualTo(404);
    }

    @Test
    void theChainsTaskForceKeepsItsSupportAgenciesAndAlliances() throws Exception {
        String chain = "high-end-software";
        Organization miit = orgs.findByName("省工业和信息化厅").orElseThrow();
        HttpResponse<String> added = send("POST", "/api/chains/" + chain + "/support-agencies", "zhuanban",
                "{\"organizationId\":" + miit.id() + ",\"duty\":\"牵头推进软件名城建设（测试）\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode agency = json.readTree(added.body());
        assertThat(agency.get("organizationName").asString()).isEqualTo("省工业和信息化厅");
        long agencyId = agency.get("id").asLong();
        assertThat(send("POST", "/api/chains/" + chain + "/support-agencies", "zhuanban",
                "{\"organizationId\":" + miit.id() + "}").statusCode()).isEqualTo(409);
        assertThat(send("POST", "/api/chains/" + chain + "/support-agencies", "zhuanban",
                "{\"organizationId\":999999999}").statusCode()).isEqualTo(422);
        Organization placeholder = orgs.organizations(OrganizationKind.PLACEHOLDER).get(0);
        HttpResponse<String> collective = send("POST", "/api/chains/" + chain + "/support-agencies", "zhuanban",
                "{\"organizationId\":" + placeholder.id() + "}");
        assertThat(collective.statusCode()).isEqualTo(422);
        assertThat(collective.body()).contains("集合称谓");
        // another industry's chain (汽车 is 高端装备's), and a role without the right
        assertThat(send("POST", "/api/chains/automobile/support-agencies", "zhuanban",
                "{\"organizationId\":" + miit.id() + "}").statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/chains/" + chain + "/support-agencies", "agency",
                "{\"organizationId\":" + miit.id() + "}").statusCode()).isEqualTo(403);
        assertThat(send("PUT", "/api/chains/support-agencies/" + agencyId, "zhuanban",
                "{\"duty\":\"改\",\"version\":5}").statusCode()).isEqualTo(409);
        assertThat(send("PUT", "/api/chains/support-agencies/" + agencyId, "zhuanban",
                "{\"duty\":\"统筹软件产业链（测试）\",\"version\":0}").statusCode()).isEqualTo(200);
        assertThat(send("DELETE", "/api/chains/support-agencies/" + agencyId + "?version=0", "zhuanban", null)
                .statusCode()).isEqualTo(409);
        assertThat(send("DELETE", "/api/chains/support-agencies/" + agencyId + "?version=1", "zhuanban", null)
                .statusCode()).isEqualTo(204);
        assertThat(audit("chain.support-agency", Long.toString(agencyId))).containsExactly("CREATE", "UPDATE", "DELETE");

        HttpResponse<String> alliance = send("POST", "/api/chains/" + chain + "/alliances", "zhuanban",
                "{\"name\":\"山东省软件产业链联盟（测试）\",\"kind\":\"联盟\",\"note\":\"链主牵头\"}");
        assertThat(alliance.statusCode()).as(alliance.body()).isEqualTo(201);
        long allianceId = json.readTree(alliance.body()).get("id").asLong();
        assertThat(json.readTree(alliance.body()).get("kind").asString()).isEqualTo("ALLIANCE");
        assertThat(send("POST", "/api/chains/" + chain + "/alliances", "zhuanban",
                "{\"name\":\"某协会\",\"kind\":\"商会\"}").statusCode()).isEqualTo(422);
        assertThat(send("POST", "/api/chains/" + chain + "/alliances", "zhuanban",
                "{\"name\":\"\",\"kind\":\"协会\"}").statusCode()).isEqualTo(422);
        assertThat(send("POST", "/api/chains/" + chain + "/alliances", "zhuanban",
                "{\"name\":\"山东省软件产业链联盟（测试）\",\"kind\":\"协会\"}").statusCode()).isEqualTo(409);
        assertThat(send("PUT", "/api/chains/alliances/" + allianceId, "zhuanban",
                "{\"name\":\"山东省软件行业协会（测试）\",\"kind\":\"ASSOCIATION\",\"version\":0}").statusCode()).isEqualTo(200);
        assertThat(send("PUT", "/api/chains/alliances/" + allianceId, "zhuanban",
                "{\"name\":\"再改\",\"kind\":\"ASSOCIATION\",\"version\":0}").statusCode()).isEqualTo(409);
        assertThat(send("PUT", "/api/chains/alliances/" + allianceId, "city",
                "{\"name\":\"越权\",\"kind\":\"ASSOCIATION\",\"version\":1}").statusCode()).isEqualTo(403);
        JsonNode leadership = json.readTree(http().get("/api/chains/" + chain + "/leadership", "leader",
                demo.get("leader")).body());
        assertThat(leadership.at("/alliances/0/name").asString()).isEqualTo("山东省软件行业协会（测试）");
        assertThat(leadership.at("/alliances/0/kind").asString()).isEqualTo("ASSOCIATION");
        assertThat(audit("chain.alliance", Long.toString(allianceId))).containsExactly("CREATE", "UPDATE");
    }

    @Test
    void theTaskForceTagsItsIndustrysPlanItemsAndTheChainShowsTheirLedgerStatus() throws Exception {
        String chain = "integrated-circuit";
        JsonNode suggestions = json.readTree(http().get("/api/chains/" + chain + "/task-suggestions", "zhuanban",
                demo.get("zhuanban")).body());
        assertThat(suggestions.size()).isGreaterThan(0);
        // the items naming the chain come first, with the words found
        JsonNode first = suggestions.get(0);
        assertThat(first.get("words").get(0).asString()).isEqualTo("集成电路");
        assertThat(first.at("/item/text").asString() + first.at("/item/heading").asString()).contains("集成电路");
        long itemId = first.at("/item/id").asLong();

        HttpResponse<String> tagged = send("POST", "/api/chains/" + chain + "/task-tags", "zhuanban",
                "{\"itemId\":" + itemId + ",\"suggested\":true}");
        assertThat(tagged.statusCode()).as(tagged.body()).isEqualTo(201);
        JsonNode tag = json.readTree(tagged.body());
        long tagId = tag.get("id").asLong();
        assertThat(tag.get("inForce").asBoolean()).isTrue();
        assertThat(send("POST", "/api/chains/" + chain + "/task-tags", "zhuanban", "{\"itemId\":" + itemId + "}")
                .statusCode()).isEqualTo(409);
        assertThat(json.readTree(http().get("/api/chains/" + chain + "/task-suggestions", "zhuanban",
                demo.get("zhuanban")).body()).valueStream().map(s -> s.at("/item/id").asLong()).toList())
                .as("a tagged item is no longer suggested").doesNotContain(itemId);

        // an item of another industry's plan, an unknown item, another industry's task force, a reader
        PlanItemView equipment = itemOf("02");
        HttpResponse<String> foreign = send("POST", "/api/chains/" + chain + "/task-tags", "zhuanban",
                "{\"itemId\":" + equipment.id() + "}");
        assertThat(foreign.statusCode()).isEqualTo(422);
        assertThat(foreign.body()).contains("不是产业链“集成电路”所在的新一代信息技术产业的计划");
        assertThat(send("POST", "/api/chains/" + chain + "/task-tags", "zhuanban", "{\"itemId\":999999999}")
                .statusCode()).isEqualTo(422);
        assertThat(send("POST", "/api/chains/automobile/task-tags", "zhuanban", "{\"itemId\":" + equipment.id() + "}")
                .statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/chains/" + chain + "/task-tags", "leader", "{\"itemId\":" + itemId + "}")
                .statusCode()).isEqualTo(403);

        // the chain's tasks with the ledger's status on the day (the seed's 2022 plan, judged at its year's end)
        HttpResponse<String> tasks = http().get("/api/chains/" + chain + "/tasks?asOf=2022-12-31", "leader",
                demo.get("leader"));
        assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
        JsonNode list = json.readTree(tasks.body());
        assertThat(list.get("asOf").asString()).isEqualTo("2022-12-31");
        JsonNode task = list.get("tasks").get(0);
        assertThat(task.get("itemId").asLong()).isEqualTo(itemId);
        assertThat(task.get("status").asString()).isIn("DONE", "ON_TRACK", "NOT_REPORTED", "BEHIND", "SEVERELY_BEHIND",
                "OVERDUE");
        assertThat(http().get("/api/chains/" + chain + "/task-tags", "city", demo.get("city")).body())
                .contains("\"taggedItemId\":" + itemId);

        assertThat(send("DELETE", "/api/chains/task-tags/" + tagId + "?version=3", "zhuanban", null).statusCode())
                .isEqualTo(409);
        assertThat(send("DELETE", "/api/chains/task-tags/" + tagId + "?version=0", "admin", null).statusCode())
                .isEqualTo(204);
        assertThat(json.readTree(http().get("/api/chains/" + chain + "/tasks?asOf=2022-12-31", "leader",
                demo.get("leader")).body()).get("tasks").size()).isZero();
        assertThat(audit("chain.task-tag", Long.toString(tagId))).containsExactly("CREATE", "DELETE");
    }

    private PlanItemView itemOf(String industryCode) {
        PlanSummary plan = plans.activePlans().stream().filter(p -> industryCode.equals(p.industryCode())).findFirst()
                .orElseThrow();
        List<PlanItemView> items = plans.plan(plan.id()).orElseThrow().items();
        return items.get(items.size() - 1);
    }

    private List<String> audit(String entity, String id) {
        return jdbc.sql("select action from audit_log where entity_type = :e and entity_id = :id order by id")
                .param("e", entity).param("id", id).query(String.class).list();
    }

    private HttpResponse<String> send(String method, String path, String user, String body) {
        return http().send(method, path, user, demo.get(user), body);
    }
}
