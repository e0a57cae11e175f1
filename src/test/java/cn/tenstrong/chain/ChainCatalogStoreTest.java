package cn.tenstrong.chain;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The YAML catalog stored in the database, edited by the task force, and kept across reloads. */
class ChainCatalogStoreTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    ChainDirectory chains;
    @Autowired
    ApplicationContext context;

    @Test
    void theCatalogIsStoredOnStartup() {
        ChainCatalog yaml = ChainCatalog.loadDefault();
        assertThat(jdbc.sql("select count(*) from chain_chain where code not like 'test-%'").query(Long.class).single())
                .isEqualTo(yaml.chains().size());
        assertThat(jdbc.sql("select count(*) from chain_segment where chain_code not like 'test-%'").query(Long.class).single())
                .isEqualTo(yaml.chains().stream().mapToLong(c -> c.segments().size()).sum());
        Chain stored = chains.requireChain("integrated-circuit");
        Chain original = yaml.chain("integrated-circuit").orElseThrow();
        assertThat(stored.leaves().stream().map(ChainSegment::code).toList())
                .isEqualTo(original.leaves().stream().map(ChainSegment::code).toList());
        assertThat(stored.segment("silicon-wafer").orElseThrow().gbtCodes()).containsExactly("3985");
    }

    @Test
    void theTaskForceEditsItsOwnChainsWithVersionChecksAndTheEditSurvivesAReload() throws Exception {
        Http http = new Http(baseUrl());
        Map<String, String> demo = demoPasswords();
        JsonNode segment = segment(http, demo, "sputtering-target");
        int version = segment.get("version").asInt();
        String body = "{\"version\":" + version + ",\"name\":\"溅射靶材（高纯）\",\"keywords\":[\"靶材\",\"溅射靶材\",\"超高纯铝靶测试词\"],"
                + "\"products\":[\"铝靶\"],\"gbtCodes\":[\"3985\",\"3254\"]}";
        HttpResponse<String> ok = http.send("PUT", "/api/chains/integrated-circuit/segments/sputtering-target", "zhuanban",
                demo.get("zhuanban"), body);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(json.readTree(ok.body()).get("version").asInt()).isEqualTo(version + 1);
        assertThat(json.readTree(ok.body()).get("edited").asBoolean()).isTrue();

        HttpResponse<String> stale = http.send("PUT", "/api/chains/integrated-circuit/segments/sputtering-target", "zhuanban",
                demo.get("zhuanban"), body);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json.readTree(stale.body()).get("detail").asString()).contains("已被他人修改");

        String badCode = body.replace("\"version\":" + version, "\"version\":" + (version + 1)).replace("\"3254\"", "\"9999\"");
        HttpResponse<String> invalid = http.send("PUT", "/api/chains/integrated-circuit/segments/sputtering-target",
                "zhuanban", demo.get("zhuanban"), badCode);
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(json.readTree(invalid.body()).get("detail").asString()).contains("9999");

        // another industry's chain, and a role without the permission
        int truckVersion = chains.segment("automobile", "heavy-truck").orElseThrow().version();
        assertThat(http.send("PUT", "/api/chains/automobile/segments/heavy-truck", "zhuanban", demo.get("zhuanban"),
                "{\"version\":" + truckVersion + ",\"name\":\"重卡\",\"keywords\":[\"重卡\"]}").statusCode()).isEqualTo(403);
        assertThat(http.send("PUT", "/api/chains/integrated-circuit/segments/sputtering-target", "agency",
                demo.get("agency"), body).statusCode()).isEqualTo(403);

        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'chain.segment' and entity_id = "
                + "'integrated-circuit/sputtering-target' and action = 'UPDATE'").query(Long.class).single()).isEqualTo(1);

        // the loader runs again (as on every start): the edit stays
        for (ApplicationRunner runner : context.getBeansOfType(ApplicationRunner.class).values()) {
            if (runner.getClass().getSimpleName().startsWith("ChainCatalogLoader")) {
                runner.run(new DefaultApplicationArguments());
            }
        }
        SegmentRecord after = chains.segment("integrated-circuit", "sputtering-target").orElseThrow();
        assertThat(after.name()).isEqualTo("溅射靶材（高纯）");
        assertThat(after.keywords()).containsExactly("靶材", "溅射靶材", "超高纯铝靶测试词");
        assertThat(after.gbtCodes()).containsExactly("3985", "3254");
        // and the matcher uses the edited terms
        List<SegmentMatch> matches = chains.matcher().match("", "超高纯铝靶测试词", "3985");
        assertThat(matches.get(0).segment().code()).isEqualTo("sputtering-target");
        assertThat(matches.get(0).matchedTerms()).contains("超高纯铝靶测试词");
    }

    @Test
    void chokePointAndTalentListsAreEditable() {
        Http http = new Http(baseUrl());
        Map<String, String> demo = demoPasswords();
        HttpResponse<String> added = http.send("POST", "/api/chains/integrated-circuit/items/choke-points", "zhuanban",
                demo.get("zhuanban"), "{\"title\":\"ArF浸没式光刻胶\",\"detail\":\"依赖进口\",\"segmentCode\":\"photoresist\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode item = json.readTree(added.body());
        assertThat(http.get("/api/chains/integrated-circuit/items/choke-points", "leader", demo.get("leader")).body())
                .contains("ArF浸没式光刻胶");
        assertThat(http.send("POST", "/api/chains/integrated-circuit/items/talent", "zhuanban", demo.get("zhuanban"),
                "{\"title\":\"\"}").statusCode()).isEqualTo(422);
        assertThat(http.send("DELETE", "/api/chains/items/" + item.get("id").asLong() + "?version=" + (item.get("version")
                .asInt() + 1), "zhuanban", demo.get("zhuanban"), null).statusCode()).isEqualTo(409);
        assertThat(http.send("DELETE", "/api/chains/items/" + item.get("id").asLong() + "?version=" + item.get("version")
                .asInt(), "zhuanban", demo.get("zhuanban"), null).statusCode()).isEqualTo(204);
    }

    private JsonNode segment(Http http, Map<String, String> demo, String code) {
        JsonNode list = json.readTree(http.get("/api/chains/integrated-circuit/segments", "zhuanban", demo.get("zhuanban")).body());
        for (JsonNode s : list) {
            if (s.get("code").asString().equals(code)) {
                return s;
            }
        }
        throw new AssertionError(code);
    }
}
