package cn.tenstrong.targeting;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.EnterpriseRelations;
import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.enterprise.GenerateEnterprisesCommand;
import cn.tenstrong.enterprise.PlacementRole;
import cn.tenstrong.enterprise.Uscc;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.support.AfterCommit;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.BrowserSession;
import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ranking on a fixture whose right order is known, with the supply-chain factor (relations with a local 链主),
 * the region options, and weights set per chain by its task force. Explanations add up to the score.
 */
class RecommendationRankingTest extends IntegrationTest {

    static final String CHAIN = "integrated-circuit";
    static final String SEGMENT = "silicon-wafer";
    static final String TEXT = "半导体硅片、单晶硅片、外延片、抛光片的研发与生产,12英寸硅片";

    @Autowired
    TargetRecommender recommender;
    @Autowired
    RecommendationWeights weights;
    @Autowired
    EnterpriseLibrary enterprises;
    @Autowired
    EnterpriseRelations relations;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    cn.tenstrong.enterprise.ChainMaps maps;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    private static String uscc(String region, String body8) {
        return Uscc.withCheckDigit("91" + region + body8 + Uscc.organizationCodeCheckChar(body8));
    }

    private static String row(String region, String body, String name, String tags, String revenue) {
        return uscc(region, body) + "," + name + "," + region + ",C3985,100000,2010-01-01," + TEXT + "," + tags + ","
                + revenue + ",10000,\n";
    }

    /** The fixture (names and codes are unique to this class). */
    private Map<String, Long> fixture() {
        Map<String, Long> ids = new java.util.HashMap<>();
        String header = String.join(",", GenerateEnterprisesCommand.HEADER);
        String csv = header + "\n"
                // outside Shandong, identical but for honours and relations
                + row("110000", "MA7K0001", "北京排序测试甲硅片股份有限公司", "单项冠军、上市", "1000000")
                + row("310000", "MA7K0002", "上海排序测试乙硅片股份有限公司", "单项冠军、上市", "1000000")
                + row("320500", "MA7K0003", "苏州排序测试丙硅片有限公司", "", "1000000")
                + row("330100", "MA7K0004", "杭州排序测试丁硅片股份有限公司", "单项冠军、上市", "1000000")
                // Qingdao and Jinan: for the region options
                + row("370202", "MA7K0005", "青岛排序测试青硅片股份有限公司", "单项冠军、上市", "1000000")
                + row("370102", "MA7K0006", "济南排序测试济硅片股份有限公司", "单项冠军、上市", "1000000")
                // the local chain leader in Jinan, and a small local enterprise that is no anchor
                + uscc("370102", "MA7K0007") + ",济南排序测试链主集成电路集团有限公司,370102,C3973,500000,2000-01-01,"
                + "集成电路制造,晶圆代工,链主,9000000,20000,\n"
                + uscc("370112", "MA7K0008") + ",济南排序测试配套物流有限公司,370112,G5810,50,2020-01-01,普通货运,,,,5,\n";
        as().call("admin", () -> enterprises.importFile(csv.getBytes(StandardCharsets.UTF_8), "ranking.csv"));
        for (String body : List.of("MA7K0001", "MA7K0002", "MA7K0003", "MA7K0004", "MA7K0005", "MA7K0006", "MA7K0007",
                "MA7K0008")) {
            String region = switch (body) {
                case "MA7K0001" -> "110000";
                case "MA7K0002" -> "310000";
                case "MA7K0003" -> "320500";
                case "MA7K0004" -> "330100";
                case "MA7K0005" -> "370202";
                case "MA7K0006", "MA7K0007" -> "370102";
                default -> "370112";
            };
            Enterprise e = enterprises.byUscc(uscc(region, body)).orElseThrow();
            ids.put(body, e.id());
        }
        // the leader is placed on the chain as 链主 by its task force (another leaf than the candidates')
        as().call("zhuanban", () -> enterprises.place(ids.get("MA7K0007"), CHAIN, "photoresist", PlacementRole.LEADER));
        String relationsCsv = "供方统一社会信用代码,供方企业名称,需方统一社会信用代码,需方企业名称,关系类型,金额（万元）,来源\n"
                // 甲 supplies the leader; 丙 buys from it; 丁 only cooperates with it; 乙 supplies a non-anchor
                + uscc("110000", "MA7K0001") + ",,,济南排序测试链主集成电路集团有限公司,供应,12000,测试夹具\n"
                + ",济南排序测试链主集成电路集团有限公司," + uscc("320500", "MA7K0003") + ",,采购,,测试夹具\n"
                + uscc("330100", "MA7K0004") + ",,,济南排序测试链主集成电路集团有限公司,合作,,测试夹具\n"
                + uscc("310000", "MA7K0002") + ",,,济南排序测试配套物流有限公司,供应,80,测试夹具\n"
                + uscc("370202", "MA7K0005") + ",,,济南排序测试链主集成电路集团有限公司,供应,,测试夹具\n";
        as().call("admin", () -> relations.importFile(relationsCsv.getBytes(StandardCharsets.UTF_8), "r.csv"));
        AfterCommit.await(jdbc); // recommendations read the search index, which follows the import after commit
        return ids;
    }

    @Test
    void theRightOrderWithTheSupplyChainFactorRegionOptionsAndWeightsPerChain() {
        Map<String, Long> ids = fixture();
        long jia = ids.get("MA7K0001");
        long yi = ids.get("MA7K0002");
        long bing = ids.get("MA7K0003");
        long ding = ids.get("MA7K0004");
        long qing = ids.get("MA7K0005");
        long ji = ids.get("MA7K0006");

        List<Recommendation> outside = as().call("city", () -> recommender.recommend(
                new RecommendationQuery(CHAIN, SEGMENT, RegionScope.OUTSIDE_SHANDONG, null, 200)));
        assertExplained(outside);
        List<Long> order = outside.stream().map(Recommendation::enterpriseId)
                .filter(id -> List.of(jia, yi, bing, ding).contains(id)).toList();
        // no 主营产品构成 (hand-imported): 主营描述 15 + 行业代码 15 + 荣誉标签 14 + 规模 20 (100亿元, 10,000 staff) = 64;
        // 甲 64 + supply 10 = 74; 丁 64 + cooperation 5 = 69; 乙 64 (its partner is no 链主/骨干); 丙 50 + purchase 10 = 60
        assertThat(order).as("fixture order").containsExactly(jia, ding, yi, bing);
        Recommendation a = find(outside, jia);
        assertThat(a.score()).isEqualByComparingTo("74.0");
        assertThat(a.factors().get(5).name()).isEqualTo("供应链关系");
        assertThat(a.factors().get(5).points()).isEqualByComparingTo("10.0");
        assertThat(a.factors().get(5).evidence()).contains("向本省链主企业济南排序测试链主集成电路集团有限公司供货");
        // the seed declares 大尺寸硅片 on this segment (another test may have withdrawn it in this JVM)
        assertThat(a.reason()).contains("主营业务写明").containsAnyOf("专班认定短板「大尺寸硅片」", "环节「硅片」")
                .contains("向本省链主企业");
        assertThat(find(outside, ding).score()).isEqualByComparingTo("69.0");
        assertThat(find(outside, ding).factors().get(5).evidence()).contains("合作");
        assertThat(find(outside, yi).score()).isEqualByComparingTo("64.0");
        assertThat(find(outside, yi).factors().get(5).evidence()).contains("未发现");
        assertThat(find(outside, bing).score()).isEqualByComparingTo("60.0");
        assertThat(find(outside, bing).factors().get(5).evidence()).contains("从本省链主企业济南排序测试链主集成电路集团有限公司采购");
        assertThat(outside).extracting(Recommendation::enterpriseId).doesNotContain(qing, ji);

        // outside Jinan: Qingdao comes in (and its supply to Jinan's leader counts), Jinan stays out
        List<Recommendation> outsideJinan = as().call("city", () -> recommender.recommend(
                new RecommendationQuery(CHAIN, SEGMENT, RegionScope.OUTSIDE_CITY, "370100", 200)));
        assertExplained(outsideJinan);
        assertThat(outsideJinan).extracting(Recommendation::enterpriseId).contains(jia, qing).doesNotContain(ji);
        assertThat(find(outsideJinan, qing).score()).isEqualByComparingTo("74.0");
        assertThat(find(outsideJinan, qing).factors().get(5).evidence()).contains("济南市链主企业");
        assertThat(outsideJinan).allSatisfy(r -> assertThat(r.regionName()).doesNotStartWith("山东省济南市"));
        // outside Qingdao: the leader in Jinan is not Qingdao's, so no relation points; Jinan comes in
        List<Recommendation> outsideQingdao = as().call("city", () -> recommender.recommend(
                new RecommendationQuery(CHAIN, SEGMENT, RegionScope.OUTSIDE_CITY, "370200", 200)));
        assertThat(outsideQingdao).extracting(Recommendation::enterpriseId).contains(ji).doesNotContain(qing);
        assertThat(find(outsideQingdao, jia).factors().get(5).points()).isEqualByComparingTo("0.0");
        assertThatThrownBy(() -> as().call("city", () -> recommender.recommend(
                new RecommendationQuery(CHAIN, SEGMENT, RegionScope.OUTSIDE_CITY, "110000", 10))))
                .isInstanceOf(DomainException.class).hasMessageContaining("山东省");
        // all regions; the old signature still works
        assertThat(as().call("city", () -> recommender.recommend(CHAIN, SEGMENT, true, 200)))
                .extracting(Recommendation::enterpriseId).contains(jia, qing, ji);
        assertThat(as().call("city", () -> recommender.recommend(CHAIN, SEGMENT, false, 200)))
                .extracting(Recommendation::enterpriseId).contains(jia).doesNotContain(qing, ji);

        // the chain's task force sets its weights: relations count double, scale and the words less
        ChainWeights before = weights.weights(CHAIN);
        assertThat(before.source()).isEqualTo(ChainWeights.Source.DEFAULT);
        assertThat(before.version()).isZero();
        Map<EnterpriseTag, Integer> tagPoints = new EnumMap<>(before.tagPoints());
        tagPoints.put(EnterpriseTag.LISTED, 2);
        try {
            assertThatThrownBy(() -> as().call("zhuanban", () -> weights.save(CHAIN,
                    new WeightsChange(30, 10, 20, 20, 10, 20, tagPoints, 0))))
                    .isInstanceOf(DomainException.class).hasMessageContaining("之和应为100");
            assertThatThrownBy(() -> as().call("city", () -> weights.save(CHAIN,
                    new WeightsChange(20, 10, 20, 20, 10, 20, tagPoints, 0))))
                    .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).kind())
                    .isEqualTo(DomainException.Kind.FORBIDDEN);
            assertThatThrownBy(() -> as().call("zhuanban", () -> weights.save("automobile",
                    new WeightsChange(20, 10, 20, 20, 10, 20, tagPoints, 0))))
                    .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).kind())
                    .isEqualTo(DomainException.Kind.FORBIDDEN);
            ChainWeights saved = as().call("zhuanban", () -> weights.save(CHAIN,
                    new WeightsChange(20, 10, 20, 20, 10, 20, tagPoints, 0)));
            assertThat(saved.source()).isEqualTo(ChainWeights.Source.TASK_FORCE);
            assertThat(saved.version()).isEqualTo(1);
            assertThat(weights.weights("automobile").source()).isEqualTo(ChainWeights.Source.DEFAULT);
            assertThatThrownBy(() -> as().call("zhuanban", () -> weights.save(CHAIN,
                    new WeightsChange(20, 10, 20, 20, 10, 20, tagPoints, 0))))
                    .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).kind())
                    .isEqualTo(DomainException.Kind.CONFLICT);
            List<Recommendation> reweighted = as().call("city", () -> recommender.recommend(
                    new RecommendationQuery(CHAIN, SEGMENT, RegionScope.OUTSIDE_SHANDONG, null, 200)));
            assertExplained(reweighted);
            Recommendation a2 = find(reweighted, jia);
            assertThat(a2.factors()).extracting(Recommendation.Factor::max).containsExactly(20, 10, 20, 20, 10, 20);
            // no products 0 + 10 + 20 + (单项冠军 8 + 上市 2) + 10 + 20
            assertThat(a2.score()).isEqualByComparingTo("70.0");
            assertThat(find(reweighted, bing).score()).isEqualByComparingTo("60.0"); // 0 + 10 + 20 + 0 + 10 + 20
            assertThat(find(reweighted, yi).score()).isEqualByComparingTo("50.0");   // 0 + 10 + 20 + 10 + 10 + 0
            assertThat(reweighted.stream().map(Recommendation::enterpriseId)
                    .filter(id -> List.of(jia, yi, bing, ding).contains(id)).toList()).containsExactly(jia, ding, bing, yi);
            assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'targeting.weights' and entity_id = :c")
                    .param("c", CHAIN).query(Long.class).single()).isGreaterThanOrEqualTo(1);

            // pages and API
            BrowserSession page = new BrowserSession(baseUrl());
            page.login("zhuanban", demoPasswords().get("zhuanban"));
            assertThat(page.get("/targeting/weights?chain=" + CHAIN).body()).contains("weights-save").contains("产业专班设置");
            String html = page.get("/targeting/recommend?chain=" + CHAIN + "&segment=" + SEGMENT
                    + "&scope=OUTSIDE_CITY&city=370100").body();
            assertThat(html).contains("青岛排序测试青硅片股份有限公司").doesNotContain("济南排序测试济硅片股份有限公司")
                    .contains("供应链关系");
            Http http = new Http(baseUrl());
            var api = http.get("/api/targeting/recommendations?chain=" + CHAIN + "&segment=" + SEGMENT
                    + "&scope=OUTSIDE_CITY&city=370100&limit=200", "leader", demoPasswords().get("leader"));
            assertThat(api.statusCode()).isEqualTo(200);
            assertThat(api.body()).contains("青岛排序测试青硅片股份有限公司");
            assertThat(http.get("/api/targeting/weights/" + CHAIN, "leader", demoPasswords().get("leader")).body())
                    .contains("TASK_FORCE");
            assertThat(http.send("PUT", "/api/targeting/weights/" + CHAIN, "leader", demoPasswords().get("leader"),
                    "{\"product\":20,\"description\":10,\"code\":20,\"tags\":20,\"scale\":10,\"relations\":20,"
                    + "\"version\":1}").statusCode())
                    .isEqualTo(403);
            var bad = http.send("PUT", "/api/targeting/weights/" + CHAIN, "zhuanban", demoPasswords().get("zhuanban"),
                    "{\"product\":20,\"description\":10,\"code\":20,\"tags\":20,\"scale\":10,\"relations\":30,"
                    + "\"version\":1}");
            assertThat(bad.statusCode()).isEqualTo(422);
            assertThat(bad.body()).contains("之和应为100");
        } finally {
            ChainWeights now = weights.weights(CHAIN);
            if (now.source() == ChainWeights.Source.TASK_FORCE) {
                as().call("zhuanban", () -> weights.reset(CHAIN, now.version()));
            }
        }
        assertThat(weights.weights(CHAIN).source()).isEqualTo(ChainWeights.Source.DEFAULT);
    }

    @Test
    void syntheticEnterprisesCountOnlyWhenTheUserAsksForThem() throws Exception {
        // no synthetic enterprise is loaded on start: the demo's relations and the enterprises they name are imported
        // here through the ordinary imports (数据标记 模拟数据), as an explicit demo would
        List<Map<String, String>> lines = cn.tenstrong.shared.CsvData.readClasspath("enterprise/demo-relations.csv");
        java.util.Set<String> named = new java.util.HashSet<>();
        lines.forEach(l -> {
            named.add(l.get("供方统一社会信用代码"));
            named.add(l.get("需方统一社会信用代码"));
        });
        java.io.StringWriter all = new java.io.StringWriter();
        GenerateEnterprisesCommand.writeCsv(cn.tenstrong.enterprise.SyntheticEnterpriseGenerator.withDefaults(2022), 2000, all);
        StringBuilder csv = new StringBuilder();
        for (String line : all.toString().split("\r?\n")) {
            if (csv.isEmpty() || named.contains(line.split(",", 2)[0])) {
                csv.append(line).append('\n');
            }
        }
        as().call("admin", () -> enterprises.importFile(csv.toString().getBytes(StandardCharsets.UTF_8), "synthetic.csv"));
        byte[] relationFile;
        try (var in = cn.tenstrong.shared.CsvData.class.getClassLoader().getResourceAsStream("enterprise/demo-relations.csv")) {
            relationFile = in.readAllBytes();
        }
        as().call("admin", () -> relations.importFile(relationFile, "demo-relations.csv"));
        // a supply from outside Shandong to a local 骨干 earns the candidate points on its own segment
        var supply = jdbc.sql("""
                select r.from_id, r.to_id from enterprise_relation r join enterprise f on f.id = r.from_id
                join enterprise t on t.id = r.to_id
                where r.source = '模拟数据（演示）' and r.kind = 'SUPPLY' and not f.local and t.local order by r.id limit 1""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        var placement = enterprises.placements(supply[0]).get(0);
        List<Recommendation> real = as().call("city", () -> recommender.recommend(new RecommendationQuery(
                placement.chainCode(), placement.segmentCode(), RegionScope.OUTSIDE_SHANDONG, null, 200)));
        assertThat(real).extracting(Recommendation::name).noneMatch(n -> n.endsWith("（模拟）"));
        List<Recommendation> list = as().call("city", () -> recommender.recommend(new RecommendationQuery(
                placement.chainCode(), placement.segmentCode(), RegionScope.OUTSIDE_SHANDONG, null, 200, true)));
        assertExplained(list);
        Recommendation candidate = find(list, supply[0]);
        assertThat(candidate.factors().get(5).points().signum()).isPositive();
        assertThat(candidate.factors().get(5).evidence()).contains(enterprises.require(supply[1]).name()).contains("（模拟）");
        // the map counts them only with 含模拟数据
        int realTotal = maps.strengths(placement.chainCode()).stream()
                .filter(x -> x.segmentCode().equals(placement.segmentCode())).findFirst().orElseThrow().total();
        int withSynthetic = maps.strengths(placement.chainCode(), true).stream()
                .filter(x -> x.segmentCode().equals(placement.segmentCode())).findFirst().orElseThrow().total();
        assertThat(withSynthetic).isGreaterThan(realTotal);
        assertThat(enterprises.dataBasis(false).synthetic()).isPositive();
        assertThat(enterprises.dataBasis(false).counted()).isEqualTo(enterprises.count() - enterprises.dataBasis(false).synthetic());
    }

    private static Recommendation find(List<Recommendation> list, long id) {
        return list.stream().filter(r -> r.enterpriseId() == id).findFirst()
                .orElseThrow(() -> new AssertionError("not recommended: " + id));
    }

    /** Every explanation adds up to its score exactly, each factor within its maximum, sorted by score. */
    static void assertExplained(List<Recommendation> list) {
        for (int i = 0; i < list.size(); i++) {
            Recommendation r = list.get(i);
            assertThat(r.factors()).extracting(Recommendation.Factor::name)
                    .containsExactly("产品匹配", "主营描述", "行业代码", "荣誉标签", "规模", "供应链关系");
            assertThat(r.factors().stream().map(Recommendation.Factor::points).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as(r.name()).isEqualByComparingTo(r.score());
            assertThat(r.factors()).allSatisfy(f -> {
                assertThat(f.points().signum()).isGreaterThanOrEqualTo(0);
                assertThat(f.points()).isLessThanOrEqualTo(BigDecimal.valueOf(f.max()));
            });
            assertThat(r.factors().stream().mapToInt(Recommendation.Factor::max).sum()).isEqualTo(100);
            assertThat(r.reason()).as(r.name()).isNotBlank();
            if (i > 0) {
                assertThat(list.get(i - 1).score()).isGreaterThanOrEqualTo(r.score());
            }
        }
    }
}
