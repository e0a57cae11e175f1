package cn.tenstrong.enterprise;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.tenstrong.enterprise.Workbooks.row;
import static cn.tenstrong.enterprise.Workbooks.uscc;
import static cn.tenstrong.enterprise.Workbooks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

/** 链主 assignments with their basis: stored on start, applied to the enterprises present, then to those imported. */
class ChainLeadersTest extends IntegrationTest {

    @Autowired
    ChainLeaders leaders;
    @Autowired
    EnterpriseLibrary library;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void fiftyChainsHaveALeaderWithItsBasis() {
        List<ChainLeader> all = leaders.all();
        Map<String, Set<ChainLeader.Basis>> kinds = all.stream().collect(Collectors.groupingBy(ChainLeader::chainCode,
                Collectors.mapping(ChainLeader::basisKind, Collectors.toSet())));
        assertThat(kinds).hasSize(50);
        assertThat(kinds.values().stream().filter(k -> k.contains(ChainLeader.Basis.SEED))).hasSize(23);
        assertThat(kinds.values().stream().filter(k -> k.equals(Set.of(ChainLeader.Basis.LISTED)))).hasSize(27);
        ChainLeader beer = leaders.leaders("liquor").get(0);
        assertThat(beer).extracting(ChainLeader::stockCode, ChainLeader::segmentCode, ChainLeader::basisKind)
                .containsExactly("600600.SH", "beer", ChainLeader.Basis.LISTED);
        assertThat(beer.basis()).contains("321.38亿元").contains("次高为张裕Ａ");
        ChainLeader weichai = leaders.leaders("automobile").stream().filter(l -> l.segmentCode().equals("engine"))
                .findFirst().orElseThrow();
        assertThat(weichai.seedLine()).isEqualTo(109);
        assertThat(weichai.basis()).contains("12个链主企业");
    }

    @Test
    void assignmentsApplyToThePlanNamedEnterprisesAtStartAndToImportedOnesAtOnce() throws Exception {
        // at start: 潍柴 (named by the plan) is the engine segment's 链主; 海看 (named as 骨干, same company as the
        // listed 海看网络科技（山东）, brackets aside) becomes the IPTV segment's 链主 by the listed-company figure
        ChainLeader weichai = leaders.leaders("automobile").stream().filter(l -> l.segmentCode().equals("engine"))
                .findFirst().orElseThrow();
        assertThat(weichai.enterpriseIds()).hasSize(1);
        ChainLeader iptv = leaders.leaders("online-audiovisual").get(0);
        assertThat(iptv.enterpriseIds()).hasSize(1);
        Placement hikan = library.placements(iptv.enterpriseIds().get(0)).stream()
                .filter(p -> p.segmentCode().equals("iptv")).findFirst().orElseThrow();
        assertThat(hikan.role()).isEqualTo(PlacementRole.LEADER);
        assertThat(hikan.status()).isEqualTo(PlacementStatus.CONFIRMED);

        // 青岛啤酒 comes with the listed companies loaded on first start: its assignment (listed-company figure) applied
        ChainLeader beer = leaders.leaders("liquor").get(0);
        assertThat(beer.enterpriseIds()).hasSize(1);
        long id = beer.enterpriseIds().get(0);
        Http http = new Http(baseUrl());
        Map<String, String> demo = demoPasswords();
        assertThat(http.get("/api/chain-maps/liquor/leaders", "leader", demo.get("leader")).body())
                .contains("\"enterpriseIds\":[" + id + "]").contains("600600.SH");
        Placement placed = library.placements(id).stream().filter(p -> p.segmentCode().equals("beer")).findFirst()
                .orElseThrow();
        assertThat(placed).extracting(Placement::role, Placement::status, Placement::method)
                .containsExactly(PlacementRole.LEADER, PlacementStatus.CONFIRMED, PlacementMethod.REFERENCE);
        assertThat(library.require(id).tags()).contains(EnterpriseTag.CHAIN_LEADER);

        // the task force rejects it; the next start does not put it back
        library.rejectPlacement(id, "liquor", "beer", placed.version());
        for (ApplicationRunner runner : context.getBeansOfType(ApplicationRunner.class).values()) {
            if (runner.getClass().getSimpleName().startsWith("ChainLeaderLoader")) {
                runner.run(new DefaultApplicationArguments());
            }
        }
        assertThat(library.placements(id).stream().filter(p -> p.segmentCode().equals("beer")).findFirst()
                .orElseThrow().status()).isEqualTo(PlacementStatus.REJECTED);
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'enterprise.chain-leader'")
                .query(Long.class).single()).isPositive();
    }
}
