package cn.tenstrong.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed document (Shandong's 2022 十强产业 action plans), parsed for real.
 *
 * <p>How the issue's counts are met (329 items, 547 lead and 273 supporting assignments, 47 agencies):
 * <ul>
 *   <li>an item is one separately annotated clause: the seed has 328 "(牵头单位:…)" annotations,
 *       plus one paragraph without any (现代轻工纺织, 推进措施 (五)) = 329;</li>
 *   <li>section paragraphs that carry their own text and annotation (all 工作目标 sections, most
 *       推进措施 sections) are section-level items, number = the section numeral; section titles
 *       without text ("(一)实施产业链延链补链强链行动。") are not items;</li>
 *   <li>one numbered item holding n annotated sentences is n items, clause 1..n (4 such items: 新能源 18,
 *       现代海洋 4, 5 and 13, with 3+4+3+2 clauses);</li>
 *   <li>assignments are counted per item and per agency as listed, so 547 + 273;</li>
 *   <li>distinct agencies are counted after alias resolution ("省工信和信息化厅" = "省工业和信息化厅") and
 *       include the collective placeholders 省有关部门, 有关市政府, 省委海洋委各成员单位: 48 raw names → 47.</li>
 * </ul>
 */
class SeedDocumentTest {

    static final String SEED_NAME = "000_050d520d50a88b50.txt";
    static ParsedDocument doc;

    /** The shared folder lies beside the project folder, here and in CI. */
    static Path seedFile() {
        return Path.of(System.getProperty("user.dir")).toAbsolutePath().resolveSibling("shared")
                .resolve("seed").resolve(SEED_NAME);
    }

    @BeforeAll
    static void parseSeed() {
        assertThat(seedFile()).exists();
        doc = new PlanParser().parse(seedFile());
    }

    static List<PlanItem> items() {
        return doc.plans().stream().flatMap(p -> p.items().stream()).toList();
    }

    static Plan plan(String industry) {
        return doc.plans().stream().filter(p -> p.industry().equals(industry)).findFirst().orElseThrow();
    }

    static List<PlanItem> items(String industry, ItemKind kind, String number) {
        return plan(industry).items().stream().filter(i -> i.kind() == kind && i.number().equals(number)).toList();
    }

    @Test
    void countsMatchTheIssue() {
        assertThat(doc.plans()).hasSize(12);
        assertThat(items()).hasSize(329);
        assertThat(items().stream().mapToInt(i -> i.lead().size()).sum()).isEqualTo(547);
        assertThat(items().stream().mapToInt(i -> i.support().size()).sum()).isEqualTo(273);
        Set<String> agencies = new HashSet<>();
        items().forEach(i -> {
            agencies.addAll(i.lead());
            agencies.addAll(i.support());
        });
        assertThat(agencies).hasSize(47).contains("省有关部门", "有关市政府", "省委海洋委各成员单位")
                .doesNotContain("省工信和信息化厅");
    }

    @Test
    void plansAreTheElevenIndustriesWithTwoTourismSubPlans() {
        assertThat(doc.plans()).extracting(Plan::industry).containsExactly("新一代信息技术", "高端装备", "新能源",
                "新材料", "现代海洋", "医养健康", "高端化工", "现代高效农业", "文化创意", "精品旅游", "现代金融服务业",
                "现代轻工纺织");
        assertThat(doc.plans()).allSatisfy(p -> assertThat(p.year()).isEqualTo(2022));
        assertThat(doc.plans().get(0).title()).isEqualTo("01新一代信息技术产业2022年行动计划");
        assertThat(plan("文化创意").title()).isEqualTo("文化创意产业");
        assertThat(doc.plans()).extracting(p -> p.items().size())
                .containsExactly(29, 29, 24, 26, 28, 23, 28, 23, 43, 25, 23, 28);
    }

    @Test
    void partsMapToKinds() {
        PlanItem first = plan("新一代信息技术").items().get(0);
        assertThat(first.kind()).isEqualTo(ItemKind.GOAL);
        assertThat(first.part()).isEqualTo("一");
        assertThat(items("新一代信息技术", ItemKind.TASK, "1")).singleElement().satisfies(i -> {
            assertThat(i.part()).isEqualTo("二");
            assertThat(i.section()).isEqualTo("一");
            assertThat(i.heading()).isEqualTo("突破一批“卡脖子”技术");
            assertThat(i.text()).startsWith("聚焦集成电路").doesNotContain("牵头单位").doesNotContain("1.");
            assertThat(i.lead()).containsExactly("省科技厅");
            assertThat(i.support()).containsExactly("省发展改革委", "省工业和信息化厅", "省财政厅");
            assertThat(i.clause()).isNull();
            assertThat(i.deadline()).isNull();
        });
        assertThat(items("新一代信息技术", ItemKind.MEASURE, "一")).singleElement()
                .satisfies(i -> assertThat(i.part()).isEqualTo("三"));
    }

    @Test
    void numberingRestartsInsideMeasures() {
        List<String> measures = plan("文化创意").items().stream().filter(i -> i.kind() == ItemKind.MEASURE)
                .map(PlanItem::number).toList();
        assertThat(measures).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13");
        assertThat(items("文化创意", ItemKind.MEASURE, "1")).singleElement()
                .satisfies(i -> assertThat(i.section()).isEqualTo("一"));
    }

    @Test
    void numberingRunsAcrossPartsInNewEnergy() {
        List<String> measures = plan("新能源").items().stream().filter(i -> i.kind() == ItemKind.MEASURE)
                .map(PlanItem::number).distinct().toList();
        assertThat(measures).containsExactly("16", "17", "18", "19", "20", "21");
    }

    @Test
    void sectionParagraphsWithTheirOwnTextAreSectionLevelItems() {
        assertThat(items("新一代信息技术", ItemKind.MEASURE, "一")).singleElement().satisfies(i -> {
            assertThat(i.section()).isEqualTo("一");
            assertThat(i.heading()).isEqualTo("强化“链长制”协同推进");
            assertThat(i.text()).startsWith("完善“链主”企业");
            assertThat(i.lead()).containsExactly("省工业和信息化厅");
            assertThat(i.support()).containsExactly("省有关部门");
        });
        // goal sections are section-level items too
        assertThat(items("高端装备", ItemKind.GOAL, "一")).singleElement()
                .satisfies(i -> assertThat(i.heading()).isEqualTo("产业规模“稳中变强”"));
    }

    @Test
    void unnumberedAnnotatedGoalParagraphs() {
        assertThat(plan("新能源").items().get(0)).satisfies(i -> {
            assertThat(i.kind()).isEqualTo(ItemKind.GOAL);
            assertThat(i.number()).isEmpty();
            assertThat(i.section()).isNull();
            assertThat(i.heading()).isEqualTo("推进产业体系建设");
            assertThat(i.lead()).containsExactly("省发展改革委", "省能源局");
        });
        assertThat(plan("精品旅游").items().get(0)).satisfies(i -> {
            assertThat(i.kind()).isEqualTo(ItemKind.GOAL);
            assertThat(i.number()).isEmpty();
            assertThat(i.heading()).isNull();
            assertThat(i.text()).startsWith("2022年预计全省接待游客7.5亿人次");
            assertThat(i.lead()).containsExactly("省文化和旅游厅");
        });
    }

    @Test
    void oneNumberedItemWithSeveralAnnotatedSentencesBecomesClauses() {
        List<PlanItem> charging = items("新能源", ItemKind.MEASURE, "18");
        assertThat(charging).extracting(PlanItem::clause).containsExactly(1, 2, 3);
        assertThat(charging).allSatisfy(i -> assertThat(i.heading()).isEqualTo("支持充电基础设施布局建设"));
        assertThat(charging.get(0).lead()).containsExactly("省自然资源厅");
        assertThat(charging.get(0).support()).containsExactly("省能源局");
        assertThat(charging.get(1).lead()).containsExactly("省自然资源厅", "省公安厅");
        assertThat(charging.get(1).support()).containsExactly("省住房城乡建设厅");
        assertThat(charging.get(1).text()).startsWith("全省新建的大型公共建筑物停车场");
        assertThat(charging.get(1).targets()).extracting(Target::text).containsExactly("15%以上");
        assertThat(charging.get(2).lead()).containsExactly("省交通运输厅");
        assertThat(charging.get(2).support()).containsExactly("省能源局", "国网山东省电力公司");
        assertThat(charging.get(2).targets()).extracting(Target::text).contains("不低于95%");

        List<PlanItem> marine = items("现代海洋", ItemKind.TASK, "4");
        assertThat(marine).extracting(PlanItem::clause).containsExactly(1, 2, 3, 4);
        assertThat(marine).extracting(i -> i.lead().get(0))
                .containsExactly("省海洋局", "省能源局", "省工业和信息化厅", "省科技厅");
        assertThat(marine.get(1).targets()).extracting(Target::value).extracting(v -> v.toPlainString())
                .containsExactly("5000000", "2000000");
        assertThat(items("现代海洋", ItemKind.TASK, "5")).hasSize(3);
        assertThat(items("现代海洋", ItemKind.TASK, "13")).hasSize(2);
        assertThat(items()).filteredOn(i -> i.clause() != null).hasSize(12);
    }

    @Test
    void separatorsCommaInsideAgencyListAndTypoAlias() {
        assertThat(items("现代金融服务业", ItemKind.TASK, "10")).singleElement().satisfies(i -> {
            assertThat(i.lead()).containsExactly("省地方金融监管局", "人民银行济南分行");
            assertThat(i.support()).containsExactly("山东银保监局", "山东证监局", "有关市政府");
        });
        // the seed writes "配合单位:省工信和信息化厅" here
        assertThat(items("现代金融服务业", ItemKind.TASK, "7")).singleElement()
                .satisfies(i -> assertThat(i.support()).containsExactly("省工业和信息化厅"));
        assertThat(items("现代海洋", ItemKind.TASK, "1")).singleElement()
                .satisfies(i -> assertThat(i.support()).containsExactly("省委海洋委各成员单位"));
        assertThat(doc.warnings()).noneMatch(w -> w.contains("未识别的单位"));
    }

    @Test
    void itemWithoutAnnotationIsKeptAndFlagged() {
        List<PlanItem> none = items().stream().filter(i -> i.lead().isEmpty()).toList();
        assertThat(none).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(ItemKind.MEASURE);
            assertThat(i.section()).isEqualTo("五");
            assertThat(i.number()).isEqualTo("五");
            assertThat(i.heading()).isEqualTo("提升贸易便利化水平");
            assertThat(i.support()).isEmpty();
            // the page furniture after it ("展开", "山东园区招商引资") is not part of it
            assertThat(i.text()).endsWith("做好精准服务。");
        });
        assertThat(doc.warnings()).anyMatch(w -> w.contains("现代轻工纺织") && w.contains("未标注牵头单位"));
    }

    @Test
    void deadlines() {
        assertThat(items()).filteredOn(i -> i.kind() == ItemKind.GOAL)
                .allSatisfy(i -> assertThat(i.deadline()).isEqualTo(LocalDate.of(2022, 12, 31)));
        // "力争3月底前完成现场诊断评估 …": the latest date in the item wins
        assertThat(items("高端化工", ItemKind.TASK, "13")).singleElement()
                .satisfies(i -> assertThat(i.deadline()).isEqualTo(LocalDate.of(2022, 3, 31)));
        assertThat(items("高端化工", ItemKind.TASK, "14")).singleElement()
                .satisfies(i -> assertThat(i.deadline()).isEqualTo(LocalDate.of(2022, 6, 30)));
        assertThat(items("新一代信息技术", ItemKind.TASK, "3")).singleElement()
                .satisfies(i -> assertThat(i.deadline()).isEqualTo(LocalDate.of(2022, 12, 31)));
    }

    @Test
    void metricsOfSomeGoalTargets() {
        List<Target> it = plan("新一代信息技术").items().get(0).targets();
        assertThat(it.get(0).metric()).isEqualTo("信息技术产业营业收入");
        assertThat(it.get(2).metric()).isEqualTo("信息技术制造业营业收入");
        assertThat(it.get(4).metric()).isEqualTo("数字经济核心产业占全省生产总值比重");
        assertThat(plan("新一代信息技术").items().get(2).targets()).extracting(Target::metric)
                .containsExactly("两化融合指数", "5G基站");
        assertThat(plan("现代海洋").items().get(0).targets().get(0).metric()).isEqualTo("海洋生产总值同比增长");
        assertThat(plan("现代高效农业").items().get(1).targets()).extracting(Target::metric)
                .containsExactly("粮食播种面积", "粮食生产能力", "肉蛋奶产量", "水产品总产量", "蔬菜产量");
    }

    @Test
    void awardsAreIncentivesAndNeverTargets() {
        List<Incentive> incentives = new ArrayList<>();
        List<String> awardTargets = new ArrayList<>();
        for (Plan p : doc.plans()) {
            for (PlanItem i : p.items()) {
                incentives.addAll(i.incentives());
                String text = i.text();
                for (Target t : i.targets()) {
                    int at = text.indexOf(t.text());
                    String around = at < 0 ? "" : text.substring(Math.max(0, at - 4), Math.min(text.length(), at + t.text().length() + 4));
                    if (around.matches(".*(给予|最高|补贴|补助|奖补|奖励).*") && ("元".equals(t.unit()) || "%".equals(t.unit()))) {
                        awardTargets.add(p.industry() + " " + t.text() + " " + around);
                    }
                }
            }
        }
        assertThat(awardTargets).as("no award cap among the targets").isEmpty();
        assertThat(incentives).hasSizeGreaterThanOrEqualTo(12);
        assertThat(incentives).extracting(Incentive::text).contains("最高500万元", "最高200万元", "最高100万元",
                "200万元", "最高2000万元", "1亿元", "最高5.04万元/辆", "最高40%", "35%");
        assertThat(incentives).allSatisfy(g -> assertThat(g.clause()).contains(g.text().replace("最高", "")
                .replace("/辆", "")));
    }

    @Test
    void compoundTargetsAreOnePerMetric() {
        List<String> metrics = doc.plans().stream().flatMap(p -> p.items().stream())
                .flatMap(i -> i.targets().stream()).map(Target::metric).filter(m -> m != null).toList();
        assertThat(metrics).contains("项目开工率", "投资完成率", "接待游客同比增长", "旅游总收入同比增长",
                "信息技术产业营业收入同比增长", "5G基站");
        assertThat(metrics).as("labels are what is measured, never a verb").noneMatch(m -> m.matches(
                "^(加快|年内|确保|力争|推进|推动|支持|遴选)$|^(确保|年内|加快).*"));
    }

    /** industry|goal number|text|value|low|high|unit|qualifier; a goal without targets has empty fields. */
    static final String GOAL_TARGETS = """
                新一代信息技术|一|1.4万亿元左右|1400000000000|||元|APPROX
                新一代信息技术|一|15%|15|||%|EXACT
                新一代信息技术|一|5500亿元|550000000000|||元|EXACT
                新一代信息技术|一|8500亿元|850000000000|||元|EXACT
                新一代信息技术|一|7%左右|7|||%|APPROX
                新一代信息技术|二|100家以上|100|||家|MIN
                新一代信息技术|二|200个以上|200|||个|MIN
                新一代信息技术|二|30项以上|30|||项|MIN
                新一代信息技术|三|117|117||||EXACT
                新一代信息技术|三|超16万个|160000|||个|MIN
                高端装备|一|1.2万亿元|1200000000000|||元|EXACT
                高端装备|一|9%以上|9|||%|MIN
                高端装备|一|50%|50|||%|EXACT
                高端装备|二|3%左右|3|||%|APPROX
                高端装备|二|3.5%左右|3.5|||%|APPROX
                高端装备|二|400家左右|400|||家|APPROX
                高端装备|三|1家|1|||家|EXACT
                高端装备|三|20家左右|20|||家|APPROX
                高端装备|三|10个左右|10|||个|APPROX
                新能源||1个|1|||个|EXACT
                新能源||5-6个||5|6|个|RANGE
                新材料|一|5%以上|5|||%|MIN
                新材料|一|300家左右|300|||家|APPROX
                新材料|一|约2600家|2600|||家|APPROX
                新材料|二|10个左右|10|||个|APPROX
                新材料|二|2-3个||2|3|个|RANGE
                新材料|二|20个以上|20|||个|MIN
                现代海洋|一|6%以上|6|||%|MIN
                现代海洋|二|200万千瓦|2000000|||千瓦|EXACT
                现代海洋|二|超过60万吨|600000|||吨|MIN
                现代海洋|二|3-5处||3|5|处|RANGE
                现代海洋|三|18亿吨|1800000000|||吨|EXACT
                医养健康|一|||||||
                医养健康|二|5000亿元以上|500000000000|||元|MIN
                高端化工|一|9500亿元左右|950000000000|||元|APPROX
                高端化工|一|47%以上|47|||%|MIN
                高端化工|二|40%|40|||%|EXACT
                高端化工|二|80%以上|80|||%|MIN
                高端化工|三|1-2个||1|2|个|RANGE
                现代高效农业|一|1.2万亿元|1200000000000|||元|EXACT
                现代高效农业|一|7%以上|7|||%|MIN
                现代高效农业|二|1.2亿亩以上|120000000|||亩|MIN
                现代高效农业|二|1100亿斤以上|110000000000|||斤|MIN
                现代高效农业|二|1500万吨|15000000|||吨|EXACT
                现代高效农业|二|780万吨|7800000|||吨|EXACT
                现代高效农业|二|8500万吨|85000000|||吨|EXACT
                文化创意|一|1200亿元左右|120000000000|||元|APPROX
                文化创意|一|700亿元左右|70000000000|||元|APPROX
                文化创意|一|30亿元左右|3000000000|||元|APPROX
                文化创意|二|||||||
                精品旅游||7.5亿人次|750000000|||人次|EXACT
                精品旅游||8500亿元|850000000000|||元|EXACT
                精品旅游||5%左右|5|||%|APPROX
                精品旅游||5%左右|5|||%|APPROX
                现代金融服务业|一|||||||
                现代金融服务业|二|超过30家|30|||家|MIN
                现代金融服务业|三|||||||
                现代金融服务业|四|||||||
                现代金融服务业|五|||||||
                现代轻工纺织|一|1家|1|||家|EXACT
                现代轻工纺织|一|20家以上|20|||家|MIN
                现代轻工纺织|二|20项以上|20|||项|MIN
                现代轻工纺织|三|40个|40|||个|EXACT
                现代轻工纺织|三|200个|200|||个|EXACT
                现代轻工纺织|三|500个|500|||个|EXACT
                现代轻工纺织|四|10个以上|10|||个|MIN
                现代轻工纺织|四|25个|25|||个|EXACT
                现代轻工纺织|四|5个|5|||个|EXACT
                """;

    @Test
    void everyGoalTargetOfEveryPlan() {
        List<String> actual = new ArrayList<>();
        for (Plan p : doc.plans()) {
            for (PlanItem i : p.items()) {
                if (i.kind() != ItemKind.GOAL) {
                    continue;
                }
                if (i.targets().isEmpty()) {
                    actual.add(p.industry() + "|" + i.number() + "|||||||");
                }
                for (Target t : i.targets()) {
                    actual.add(String.join("|", p.industry(), i.number(), t.text(), plain(t.value()), plain(t.low()),
                            plain(t.high()), t.unit(), t.qualifier().name()));
                }
            }
        }
        List<String> expected = Stream.of(GOAL_TARGETS.split("\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private static String plain(java.math.BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }

    @Test
    void parsesTheSeedFastEnough() throws Exception {
        byte[] bytes = Files.readAllBytes(seedFile());
        PlanParser parser = new PlanParser();
        for (int i = 0; i < 20; i++) {
            parser.parse(bytes, SEED_NAME); // warm up
        }
        int runs = 40;
        long t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            parser.parse(bytes, SEED_NAME);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double mbPerSecond = bytes.length * (double) runs / seconds / 1e6;
        // the goal is ≥ 20 MB/s; the bound here is loose because CI machines are shared
        assertThat(mbPerSecond).isGreaterThan(2.0);
    }
}
