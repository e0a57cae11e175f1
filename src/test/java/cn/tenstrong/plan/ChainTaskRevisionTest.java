package cn.tenstrong.plan;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 链上任务 across a plan revision: a tag names the revised plan's item with the same key, and an item the revision
 * renumbered through its accepted 条目衔接 (uses {@link ItemSuccessionTest}'s copy of the 高端装备 plan, for a year of
 * its own).
 */
class ChainTaskRevisionTest extends IntegrationTest {

    private static final int YEAR = 2041;
    private static final String CHAIN = "automobile";

    @Autowired
    JsonMapper json;
    @Autowired
    PlanCatalog plans;

    private Http http;
    private Map<String, String> demo;

    @BeforeEach
    void setUp() {
        http = new Http(baseUrl());
        demo = demoPasswords();
    }

    @Test
    void aTagFollowsItsItemToTheRevisedPlan() throws Exception {
        commit(upload(ItemSuccessionTest.plan(YEAR), "高端装备" + YEAR + "（链上任务）.txt"));
        PlanItemView moved = item(ItemSuccessionTest.OLD_KEY);
        PlanItemView kept = item(plans.plan(activePlan().id()).orElseThrow().items().stream()
                .filter(i -> i.kind() == ItemKind.TASK).findFirst().orElseThrow().itemKey());
        for (PlanItemView i : List.of(moved, kept)) {
            HttpResponse<String> tag = http.send("POST", "/api/chains/" + CHAIN + "/task-tags", "admin",
                    demo.get("admin"), "{\"itemId\":" + i.id() + "}");
            assertThat(tag.statusCode()).as(tag.body()).isEqualTo(201);
        }

        // the revision moves task 二.二.7 to 二.七.23; the proposed succession is accepted on commit
        commit(upload(ItemSuccessionTest.revised(ItemSuccessionTest.plan(YEAR)), "高端装备" + YEAR + "（链上任务修订）.txt"));
        PlanItemView successor = item(ItemSuccessionTest.NEW_KEY);
        PlanItemView keptNow = item(kept.itemKey());
        assertThat(successor.id()).isNotEqualTo(moved.id());
        assertThat(keptNow.id()).isNotEqualTo(kept.id());

        JsonNode tags = json.readTree(http.get("/api/chains/" + CHAIN + "/task-tags", "leader", demo.get("leader")).body());
        JsonNode movedTag = byTagged(tags, moved.id());
        assertThat(movedTag.at("/item/id").asLong()).isEqualTo(successor.id());
        assertThat(movedTag.at("/item/itemKey").asString()).isEqualTo(ItemSuccessionTest.NEW_KEY);
        assertThat(movedTag.get("inForce").asBoolean()).isTrue();
        assertThat(byTagged(tags, kept.id()).at("/item/id").asLong()).isEqualTo(keptNow.id());

        // and the chain's tasks carry the revised items' ledger rows
        JsonNode tasks = json.readTree(http.get("/api/chains/" + CHAIN + "/tasks?asOf=" + YEAR + "-06-30", "leader",
                demo.get("leader")).body()).get("tasks");
        assertThat(tasks.valueStream().map(t -> t.get("itemId").asLong()).toList())
                .contains(successor.id(), keptNow.id());
        assertThat(tasks.valueStream().filter(t -> t.get("itemId").asLong() == successor.id())
                .map(t -> t.get("status").asString()).findFirst().orElseThrow()).isEqualTo("NOT_REPORTED");
    }

    private static JsonNode byTagged(JsonNode tags, long itemId) {
        return tags.valueStream().filter(t -> t.get("taggedItemId").asLong() == itemId).findFirst()
                .orElseThrow(() -> new AssertionError("no tag on item " + itemId + " in " + tags));
    }

    private PlanSummary activePlan() {
        return plans.activePlans().stream().filter(p -> "02".equals(p.industryCode()) && Integer.valueOf(YEAR).equals(p.year()))
                .findFirst().orElseThrow();
    }

    private PlanItemView item(String key) {
        return plans.plan(activePlan().id()).orElseThrow().items().stream().filter(i -> i.itemKey().equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + key));
    }

    private JsonNode upload(String text, String fileName) {
        HttpResponse<String> upload = http.upload("/api/plans/imports", "admin", demo.get("admin"), fileName,
                text.getBytes(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        return json.readTree(upload.body());
    }

    private void commit(JsonNode preview) {
        HttpResponse<String> commit = http.send("POST", "/api/plans/imports/" + preview.get("draftId").asLong()
                + "/commit", "admin", demo.get("admin"), null);
        assertThat(commit.statusCode()).as(commit.body()).isEqualTo(200);
    }
}
