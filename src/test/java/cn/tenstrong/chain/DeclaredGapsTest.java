package cn.tenstrong.chain;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** 专班认定短板 from the seed: loaded on start, shown on the gap list, edited and withdrawn by the chain's task force. */
class DeclaredGapsTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    DeclaredGaps gaps;
    @Autowired
    ChainDirectory chains;
    @Autowired
    ApplicationContext context;

    @Test
    void theSeedsWeakLinksAreLoadedWithTheirSentenceAndShownOnTheGapList() {
        assertThat(jdbc.sql("select count(*) from chain_declared_gap where origin = 'SEED'").query(Long.class).single())
                .isEqualTo(29);
        DeclaredGap chip = gaps.active("automobile").stream().filter(g -> g.segmentCode().equals("auto-chip"))
                .findFirst().orElseThrow();
        assertThat(chip.term()).isEqualTo("汽车芯片");
        assertThat(chip.seedLine()).isEqualTo(111);
        assertThat(chip.seedQuote()).contains("补齐突破产业链薄弱环节。").contains("汽车芯片、液压件、机床功能部件、船用发动机");
        assertThat(chip.origin()).isEqualTo(DeclaredGap.Origin.SEED);

        Http http = new Http(baseUrl());
        Map<String, String> demo = demoPasswords();
        HttpResponse<String> list = http.get("/api/chain-maps/automobile/gaps", "leader", demo.get("leader"));
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode gap = find(json.readTree(list.body()), "auto-chip");
        assertThat(gap.get("reason").asString()).contains("专班认定短板：汽车芯片（行动计划第111行）");
        assertThat(gap.get("declared").get(0).get("seedLine").asInt()).isEqualTo(111);
        // the computed rules of the same segment come with their rule name and figures
        for (JsonNode f : gap.get("findings")) {
            assertThat(f.get("rule").asString()).isIn("NO_LOCAL", "LOW_LOCATION_QUOTIENT", "NO_LOCAL_ANCHOR");
            assertThat(f.get("text").asString()).containsAnyOf("省外企业", "省内企业", "无挂链企业");
        }
        // a stage the seed names as a whole (高端海工装备) is listed too
        assertThat(find(json.readTree(http.get("/api/chain-maps/offshore-engineering-equipment/gaps", "leader",
                demo.get("leader")).body()), "midstream").get("reason").asString()).contains("高端海工装备");
        // the 卡脖子技术 and 人才需求 lists carry their source line
        ChainListItem bottleneck = chains.listItems("integrated-circuit", ChainListKind.CHOKE_POINT).stream()
                .filter(i -> i.title().equals("制约行业发展的关键技术瓶颈")).findFirst().orElseThrow();
        assertThat(bottleneck.seedLine()).isEqualTo(21);
        assertThat(bottleneck.sourceLabel()).isEqualTo("行动计划第21行");
        assertThat(chains.listItems("shipbuilding", ChainListKind.TALENT)).extracting(ChainListItem::title,
                ChainListItem::seedLine).contains(org.assertj.core.groups.Tuple.tuple("领军人才团队", 355));
        assertThat(http.get("/api/chains/marine-fishery/items/talent", "leader", demo.get("leader")).body())
                .contains("\"seedLine\":355").contains("领军人才团队");
    }

    @Test
    void theTaskForceEditsAndWithdrawsItsOwnChainsDeclaredGapsOnly() throws Exception {
        Http http = new Http(baseUrl());
        Map<String, String> demo = demoPasswords();
        DeclaredGap photoresist = gaps.active("integrated-circuit").stream()
                .filter(g -> g.segmentCode().equals("photoresist")).findFirst().orElseThrow();

        HttpResponse<String> edited = http.send("PUT", "/api/chains/declared-gaps/" + photoresist.id(), "zhuanban",
                demo.get("zhuanban"), "{\"version\":" + photoresist.version() + ",\"reason\":\"ArF光刻胶全部依赖进口\"}");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        JsonNode after = json.readTree(edited.body());
        assertThat(after.get("reason").asString()).isEqualTo("ArF光刻胶全部依赖进口");
        assertThat(after.get("seedQuote").asString()).contains("光刻胶");
        assertThat(after.get("version").asInt()).isEqualTo(photoresist.version() + 1);
        HttpResponse<String> stale = http.send("PUT", "/api/chains/declared-gaps/" + photoresist.id(), "zhuanban",
                demo.get("zhuanban"), "{\"version\":" + photoresist.version() + ",\"reason\":\"再改\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(http.send("PUT", "/api/chains/declared-gaps/" + photoresist.id(), "zhuanban", demo.get("zhuanban"),
                "{\"version\":" + (photoresist.version() + 1) + ",\"reason\":\" \"}").statusCode()).isEqualTo(422);

        // another industry's task force (新一代信息技术 on 汽车), and a role without the permission
        DeclaredGap chip = gaps.active("automobile").stream().filter(g -> g.segmentCode().equals("auto-chip"))
                .findFirst().orElseThrow();
        assertThat(http.send("PUT", "/api/chains/declared-gaps/" + chip.id(), "zhuanban", demo.get("zhuanban"),
                "{\"version\":" + chip.version() + ",\"reason\":\"越权\"}").statusCode()).isEqualTo(403);
        assertThat(http.send("POST", "/api/chains/declared-gaps/" + chip.id() + "/withdrawal", "zhuanban",
                demo.get("zhuanban"), "{\"version\":" + chip.version() + "}").statusCode()).isEqualTo(403);
        assertThat(http.send("POST", "/api/chains/automobile/declared-gaps", "zhuanban", demo.get("zhuanban"),
                "{\"segmentCode\":\"engine\",\"term\":\"越权\",\"reason\":\"越权\"}").statusCode()).isEqualTo(403);
        assertThat(http.send("PUT", "/api/chains/declared-gaps/" + photoresist.id(), "agency", demo.get("agency"),
                "{\"version\":" + (photoresist.version() + 1) + ",\"reason\":\"x\"}").statusCode()).isEqualTo(403);

        HttpResponse<String> withdrawn = http.send("POST", "/api/chains/declared-gaps/" + photoresist.id() + "/withdrawal",
                "zhuanban", demo.get("zhuanban"), "{\"version\":" + (photoresist.version() + 1)
                        + ",\"note\":\"已有省内企业量产（测试）\"}");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(json.readTree(withdrawn.body()).get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(gaps.active("integrated-circuit")).extracting(DeclaredGap::segmentCode).doesNotContain("photoresist");
        assertThat(http.get("/api/chains/integrated-circuit/declared-gaps?all=true", "leader", demo.get("leader")).body())
                .contains("已有省内企业量产（测试）");

        HttpResponse<String> added = http.send("POST", "/api/chains/integrated-circuit/declared-gaps", "zhuanban",
                demo.get("zhuanban"), "{\"segmentCode\":\"lithography\",\"term\":\"光刻机整机\",\"reason\":\"省内无整机企业（测试）\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(json.readTree(added.body()).get("origin").asString()).isEqualTo("TASK_FORCE");
        assertThat(http.send("POST", "/api/chains/integrated-circuit/declared-gaps", "zhuanban", demo.get("zhuanban"),
                "{\"segmentCode\":\"no-such\",\"term\":\"x\",\"reason\":\"x\"}").statusCode()).isEqualTo(422);
        JsonNode lithography = find(json.readTree(http.get("/api/chain-maps/integrated-circuit/gaps", "leader",
                demo.get("leader")).body()), "lithography");
        assertThat(lithography.get("reason").asString()).contains("专班认定短板：光刻机整机（专班新增）");

        assertThat(jdbc.sql("select action from audit_log where entity_type = 'chain.declared-gap' and entity_id = :id"
                        + " order by id").param("id", Long.toString(photoresist.id())).query(String.class).list())
                .containsExactly("UPDATE", "WITHDRAW");

        // the seed loader runs again (as on every start): the withdrawn seed row is not stored again
        for (ApplicationRunner runner : context.getBeansOfType(ApplicationRunner.class).values()) {
            if (runner.getClass().getSimpleName().startsWith("SeedListLoader")) {
                runner.run(new DefaultApplicationArguments());
            }
        }
        assertThat(gaps.active("integrated-circuit")).extracting(DeclaredGap::segmentCode).doesNotContain("photoresist");
        assertThat(jdbc.sql("select count(*) from chain_declared_gap where origin = 'SEED'").query(Long.class).single())
                .isEqualTo(29);
        List<DeclaredGap> all = gaps.all("integrated-circuit");
        assertThat(all).filteredOn(g -> g.segmentCode().equals("photoresist")).extracting(DeclaredGap::status)
                .containsExactly(DeclaredGap.Status.WITHDRAWN);
    }

    private static JsonNode find(JsonNode list, String segment) {
        for (JsonNode g : list) {
            if (g.get("segmentCode").asString().equals(segment)) {
                return g;
            }
        }
        throw new AssertionError(segment + " not in " + list);
    }
}
