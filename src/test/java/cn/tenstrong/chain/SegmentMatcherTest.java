package cn.tenstrong.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SegmentMatcherTest {

    static SegmentMatcher matcher;

    @BeforeAll
    static void compile() {
        matcher = SegmentMatcher.of(ChainCatalog.loadDefault());
    }

    static SegmentMatch top(String scope, String products, String code) {
        List<SegmentMatch> matches = matcher.match(scope, products, code);
        assertThat(matches).as("应有匹配").isNotEmpty();
        return matches.get(0);
    }

    @Test
    void aPhotoresistMakerGoesToPhotoresistWithHighConfidence() {
        SegmentMatch m = top("电子专用材料研发、制造、销售；光刻胶及配套试剂的研发、生产；化工产品销售（不含许可类化工产品）；技术进出口",
                "KrF光刻胶、ArF光刻胶、光刻胶配套试剂", "C3985");
        assertThat(m.segment().qualifiedCode()).isEqualTo("integrated-circuit/photoresist");
        assertThat(m.chain().name()).isEqualTo("集成电路");
        assertThat(m.confidence()).isGreaterThan(0.8);
        assertThat(m.matchedTerms()).contains("KrF光刻胶", "光刻胶配套试剂");
        assertThat(m.gbtMatch()).isEqualTo(SegmentMatch.GbtMatch.EXACT);
    }

    @Test
    void aWordFollowedByAnInputQualifierIsNotTheProduct() {
        // 农药中间体 is what pesticide makers buy, 聚氨酯泡沫稳定剂 an additive for foam: neither names the product
        assertThat(matcher.match("", "主营业务为农药中间体的研发、生产和销售", ""))
                .noneMatch(m -> m.segment().qualifiedCode().equals("fine-electronic-chemicals/pesticides"));
        assertThat(matcher.match("", "主要产品为聚氨酯泡沫稳定剂", ""))
                .noneMatch(m -> m.segment().qualifiedCode().equals("polyurethane/pu-foam"));
        // the same word elsewhere in the text still counts
        assertThat(matcher.match("", "农药原药、农药中间体", ""))
                .anyMatch(m -> m.segment().qualifiedCode().equals("fine-electronic-chemicals/pesticides"));
        // without the qualifier list the word counts
        assertThat(SegmentMatcher.of(ChainCatalog.loadDefault(), List.of()).match("", "主要产品为聚氨酯泡沫稳定剂", ""))
                .anyMatch(m -> m.segment().qualifiedCode().equals("polyurethane/pu-foam"));
    }

    static boolean places(String products, String leaf) {
        return matcher.match("", products, "").stream().anyMatch(m -> m.segment().qualifiedCode().equals(leaf));
    }

    @Test
    void aProductNameIsWhatItsLastNounSays() {
        // 用/专用 + more of the name, or a head such as 引发剂, 换向器, 配套, 设备 at its end: the word is a qualifier
        assertThat(places("主要产品为各类微特电机用换向器", "smart-home-appliance/compressor-motor")).isFalse();
        assertThat(places("小功率电机和微特电机换向器", "smart-home-appliance/compressor-motor")).isFalse();
        assertThat(places("LCD光刻胶光引发剂、光刻胶去除剂", "integrated-circuit/photoresist")).isFalse();
        assertThat(places("光刻胶专用化学品,分为光刻胶用光引发剂和光刻胶树脂两大系列", "integrated-circuit/photoresist")).isFalse();
        assertThat(places("动车组车辆配套、城轨地铁车辆配套", "rail-transit/high-speed-train")).isFalse();
        assertThat(places("子午线轮胎检测设备", "tire-rubber/tire")).isFalse();
        // the word as the product still counts
        assertThat(places("KrF光刻胶、ArF光刻胶", "integrated-circuit/photoresist")).isTrue();
        assertThat(places("子午线轮胎、工程轮胎", "tire-rubber/tire")).isTrue();
        // a part stays with the leaf of what it is part of (the catalog's component leaves hold their parts makers)
        assertThat(places("汽车变速器用同步器总成、驱动桥", "automobile/transmission-axle")).isTrue();
        // a machine leaf keeps its equipment: 数控机床设备 is a 数控机床
        assertThat(places("精密数控机床设备、加工中心", "cnc-machine-tool/metal-cutting")).isTrue();
    }

    @Test
    void wordsInAMarketClauseNameTheCustomersNotTheProduct() {
        // 应用于/用于/服务于/面向/为…提供/下游 … 领域/行业/客户: the fields served are no product
        assertThat(places("电解铜箔,产品广泛应用于新能源汽车动力电池,储能系统及电子产品等多个领域", "new-energy-vehicle/power-battery"))
                .isFalse();
        assertThat(places("主要为半导体封装测试企业,芯片设计公司等提供测试分选机", "integrated-circuit/packaging-testing")).isFalse();
        assertThat(places("主要产品为动力锂离子电池与动力电池系统", "new-energy-vehicle/power-battery")).isTrue();
        // 主营业务为… is no 为…提供 clause: the products before 提供 still count
        assertThat(places("主营业务为动力锂离子电池,动力电池系统的研发,并为客户提供服务", "new-energy-vehicle/power-battery")).isTrue();
        // a leaf named for a field of application takes the fields a text serves as its evidence
        List<SegmentMatch> chip = matcher.match("", "模拟芯片设计,集成电路设计,产品主要应用于汽车电子和工业控制领域", "");
        assertThat(chip).anyMatch(m -> m.segment().qualifiedCode().equals("integrated-circuit/automotive-chip"));
        assertThat(chip).noneMatch(m -> m.segment().qualifiedCode().equals("automobile/auto-chip"));
    }

    @Test
    void anAbbreviationInBracketsIsOneMentionNotTwo() {
        SegmentMatch restated = matcher.match("", "企业资源计划(ERP)系统", "").stream()
                .filter(m -> m.segment().qualifiedCode().equals("high-end-software/mes-erp")).findFirst().orElseThrow();
        assertThat(restated.matchedTerms()).containsExactly("企业资源计划");
        SegmentMatch two = matcher.match("", "企业资源计划与ERP实施", "").stream()
                .filter(m -> m.segment().qualifiedCode().equals("high-end-software/mes-erp")).findFirst().orElseThrow();
        assertThat(two.matchedTerms()).containsExactlyInAnyOrder("企业资源计划", "ERP");
    }

    @Test
    void aBakeryGoesNowhere() {
        assertThat(matcher.match("糕点、面包制造（不含现场制售）；食品销售；餐饮服务；烘焙原料销售", "面包、蛋糕、月饼", "1411"))
                .isEmpty();
    }

    @Test
    void photoresistInsideALongerWordDoesNotCountAsLithography() {
        List<SegmentMatch> matches = matcher.match("", "光刻胶", "");
        assertThat(matches).extracting(x -> x.segment().code()).doesNotContain("lithography");
    }

    @Test
    void excludedActivitiesDoNotPlaceAnEnterprise() {
        assertThat(matcher.match("化工产品销售（不含危险化学品及光刻胶）；五金交电销售", "", "5169"))
                .extracting(x -> x.segment().code()).doesNotContain("photoresist");
    }

    @Test
    void aHydraulicsMakerGoesToConstructionMachineryHydraulics() {
        SegmentMatch m = top("液压动力机械及元件制造；液压件、液压油缸、多路阀的研发、生产、销售；货物进出口",
                "液压油缸、多路阀、液压泵", "3444");
        assertThat(m.segment().qualifiedCode()).isEqualTo("construction-machinery/hydraulics");
        assertThat(m.confidence()).isGreaterThan(0.8);
    }

    @Test
    void tiresBaijiuAndSoftwareLandOnTheirChains() {
        assertThat(top("轮胎制造；轮胎销售；橡胶制品制造", "全钢子午线轮胎、半钢子午线轮胎", "2911").segment().qualifiedCode())
                .isEqualTo("tire-rubber/tire");
        assertThat(top("白酒生产；酒类经营；食品销售", "浓香型白酒", "1512").segment().qualifiedCode())
                .isEqualTo("liquor/baijiu");
        assertThat(top("软件开发；信息系统集成服务；工业互联网数据服务", "MES制造执行系统、ERP", "6513").segment()
                .qualifiedCode()).isEqualTo("high-end-software/mes-erp");
        assertThat(top("燃料电池及系统研发、生产；新能源汽车零部件制造", "氢燃料电池发动机、燃料电池电堆", "3849").chain().code())
                .isEqualTo("hydrogen-fuel-cell");
    }

    @Test
    void scopeOnlyEvidenceIsWeakerThanProductEvidence() {
        double scopeOnly = top("挖掘机销售及维修", "", "").confidence();
        double products = top("", "液压挖掘机", "").confidence();
        assertThat(scopeOnly).isLessThan(products);
    }

    @Test
    void anIndustryCodeAloneGivesLowConfidence() {
        List<SegmentMatch> matches = matcher.match("", "", "2911");
        assertThat(matches).isNotEmpty();
        assertThat(matches.get(0).confidence()).isLessThan(0.5);
        assertThat(matches.get(0).matchedTerms()).isEmpty();
    }

    @Test
    void boilerplateScopeAloneStaysBelowHalfConfidence() {
        List<SegmentMatch> matches = matcher.match("一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；广告设计、代理；"
                + "广告制作；广告发布；会议及展览服务；组织文化艺术交流活动；五金产品批发；电子产品销售；机械设备销售；"
                + "日用百货销售；化工产品销售（不含许可类化工产品）；货物进出口", "", "5199");
        assertThat(matches).allSatisfy(m -> assertThat(m.confidence()).isLessThan(0.5));
    }

    @Test
    void latinTermsMustStandAlone() {
        assertThat(matcher.match("", "PA66切片", "")).extracting(m -> m.segment().code()).contains("nylon66")
                .doesNotContain("nylon6");
        assertThat(matcher.match("OCTOBER贸易", "", "")).isEmpty();
    }

    @Test
    void fullWidthAndLowerCaseLatinStillMatch() {
        assertThat(top("", "ｉｇｂｔ模块", "").segment().code()).isEqualTo("power-device");
    }

    @Test
    void matchesAHundredThousandEnterprisesQuickly() {
        String[] scopes = {
                "电子专用材料研发、制造；光刻胶及配套试剂的研发、生产；化工产品销售（不含许可类化工产品）",
                "一般项目：软件开发；信息系统集成服务；人工智能应用软件开发；计算机系统服务；数据处理服务",
                "汽车零部件及配件制造；液压动力机械及元件制造；机械零件、零部件加工；货物进出口；技术进出口",
                "糕点、面包制造（不含现场制售）；食品销售；餐饮服务",
                "许可项目：白酒生产；酒类经营。一般项目：包装材料及制品销售；技术服务、技术开发、技术咨询"};
        SegmentMatcher m = matcher;
        m.match(scopes[0], "", "3985");
        long start = System.nanoTime();
        long found = 0;
        for (int i = 0; i < 100_000; i++) {
            found += m.match(new EnterpriseDescription(scopes[i % scopes.length], "", "3670"), 3).size();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(found).isPositive();
        assertThat(millis).as("10万次匹配耗时（毫秒）").isLessThan(10_000);
        System.out.println("SegmentMatcher: 100000 matches in " + millis + " ms, terms=" + m.termCount());
    }
}
