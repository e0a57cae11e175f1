package cn.tenstrong.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Annotation and layout variants seen in real plan documents, on small made-up texts. */
class AnnotationVariantsTest {

    private final PlanParser parser = new PlanParser();

    private List<PlanItem> items(String text) {
        ParsedDocument doc = parser.parseText(text);
        assertThat(doc.plans()).hasSize(1);
        return doc.plans().get(0).items();
    }

    @Test
    void responsibilityLineAfterTheItem() {
        List<PlanItem> items = items("""
                示范产业2022年行动计划
                二、主要任务
                1. 建设平台。建成3个平台。
                责任单位:省科技厅、省财政厅
                2. 引进项目。引进10个项目。
                牵头单位:省商务厅;配合单位:省发展改革委
                """);
        assertThat(items).hasSize(2);
        assertThat(items.get(0).lead()).containsExactly("省科技厅", "省财政厅");
        assertThat(items.get(0).support()).isEmpty();
        assertThat(items.get(0).text()).isEqualTo("建成3个平台。");
        assertThat(items.get(1).lead()).containsExactly("省商务厅");
        assertThat(items.get(1).support()).containsExactly("省发展改革委");
    }

    @Test
    void responsibilityLineAfterAnItemWithoutFullStop() {
        List<PlanItem> items = items("""
                示范产业2022年行动计划
                二、主要任务
                1. 建设平台,建成3个平台
                责任单位:省科技厅
                """);
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.lead()).containsExactly("省科技厅");
            assertThat(i.text()).isEqualTo("建设平台,建成3个平台");
        });
    }

    @Test
    void leadAndSupportPhrasedInline() {
        List<PlanItem> items = items("""
                示范产业2022年行动计划
                二、主要任务
                1. 建设平台。建成3个平台。(省科技厅牵头,省财政厅、省教育厅配合)
                2. 引进项目。引进10个项目。(省商务厅负责)
                """);
        assertThat(items.get(0).lead()).containsExactly("省科技厅");
        assertThat(items.get(0).support()).containsExactly("省财政厅", "省教育厅");
        assertThat(items.get(0).text()).isEqualTo("建成3个平台。");
        assertThat(items.get(1).lead()).containsExactly("省商务厅");
    }

    @Test
    void firstListedLeadsFromTheDeclarationOn() {
        List<PlanItem> items = items("""
                示范产业2022年行动计划
                二、主要任务
                1. 建设平台。(责任单位:省发展改革委、省工业和信息化厅,列第一位者为牵头单位,下同)
                2. 引进项目。(责任单位:省商务厅、省财政厅、有关市政府)
                """);
        assertThat(items.get(0).lead()).containsExactly("省发展改革委");
        assertThat(items.get(0).support()).containsExactly("省工业和信息化厅");
        assertThat(items.get(1).lead()).containsExactly("省商务厅");
        assertThat(items.get(1).support()).containsExactly("省财政厅", "有关市政府");
    }

    @Test
    void responsibilityListWithoutTheDeclarationMeansAllLead() {
        List<PlanItem> items = items("""
                示范产业2022年行动计划
                二、主要任务
                1. 建设平台。(责任单位:省发展改革委、省工业和信息化厅)
                """);
        assertThat(items.get(0).lead()).containsExactly("省发展改革委", "省工业和信息化厅");
        assertThat(items.get(0).support()).isEmpty();
    }

    @Test
    void fieldsThatAreNotAgenciesAreIgnored() {
        List<PlanItem> items = items("""
                示范产业2022年行动计划
                二、主要任务
                1. 建设平台。建成平台。(牵头单位:省科技厅;责任领导:张三;适用范围:全省各市)
                2. 引进项目。引进项目。
                责任领导:李四
                适用范围:济南、青岛
                牵头单位:省商务厅
                """);
        assertThat(items.get(0).lead()).containsExactly("省科技厅");
        assertThat(items.get(0).support()).isEmpty();
        assertThat(items.get(1).lead()).containsExactly("省商务厅");
        assertThat(items.get(1).support()).isEmpty();
    }

    @Test
    void ordinaryParenthesesAreNotAnnotations() {
        List<PlanItem> items = items("""
                示范产业2022年行动计划
                二、主要任务
                1. 推广首台(套)装备。培育食品产业集聚区(集群、强县)。(牵头单位:省工业和信息化厅)
                """);
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.clause()).isNull();
            assertThat(i.heading()).isEqualTo("推广首台(套)装备");
            assertThat(i.text()).isEqualTo("培育食品产业集聚区(集群、强县)。");
        });
    }

    @Test
    void brokenTitlesIdeographicIndentationAndFullWidthPunctuation() {
        String fw = "\u3000\u30001\uFF0E 建设平台\u3002建成\uFF13\uFF10个平台\u3002"
                + "\uFF08牵头单位\uFF1A省科技厅\uFF1B配合单位\uFF1A省财政厅\uFF0C有关市政府\uFF09";
        ParsedDocument doc = parser.parseText("山东省示范产业2022年\n行动计划\n\u3000\u3000二、\n主要任务\n" + fw + "\n");
        assertThat(doc.plans()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("山东省示范产业2022年行动计划");
            assertThat(p.industry()).isEqualTo("示范");
            assertThat(p.year()).isEqualTo(2022);
            assertThat(p.items()).singleElement().satisfies(i -> {
                assertThat(i.kind()).isEqualTo(ItemKind.TASK);
                assertThat(i.part()).isEqualTo("二");
                assertThat(i.number()).isEqualTo("1");
                assertThat(i.heading()).isEqualTo("建设平台");
                assertThat(i.lead()).containsExactly("省科技厅");
                assertThat(i.support()).containsExactly("省财政厅", "有关市政府");
                assertThat(i.targets()).singleElement().satisfies(t -> assertThat(t.value()).isEqualByComparingTo("30"));
            });
        });
    }

    @Test
    void traditionalCharacters() {
        List<PlanItem> items = items("""
                示範產業2022年行動計劃
                一、發展目標
                (一)規模目標。營業收入達到100億元。(牽頭單位:省工業和信息化廳;配合單位:省財政廳)
                """);
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(ItemKind.GOAL);
            assertThat(i.lead()).containsExactly("省工业和信息化厅");
            assertThat(i.support()).containsExactly("省财政厅");
            assertThat(i.targets()).singleElement()
                    .satisfies(t -> assertThat(t.value()).isEqualByComparingTo("10000000000"));
        });
    }

    @Test
    void headingsMappedByMeaningAndNumberingAcrossParts() {
        List<PlanItem> items = items("""
                示范产业2022年行动计划
                一、总体要求
                (一)发展目标。营业收入增长10%。(牵头单位:省工业和信息化厅)
                二、重点任务
                1. 建设平台。建设平台。(牵头单位:省科技厅)
                2. 引进项目。引进项目。(牵头单位:省商务厅)
                三、保障措施
                3. 强化资金支持。统筹资金。(牵头单位:省财政厅)
                """);
        assertThat(items).extracting(PlanItem::kind)
                .containsExactly(ItemKind.GOAL, ItemKind.TASK, ItemKind.TASK, ItemKind.MEASURE);
        assertThat(items).extracting(PlanItem::number).containsExactly("一", "1", "2", "3");
        assertThat(items.get(0).deadline()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(items.get(1).deadline()).isNull();
    }

    @Test
    void unknownAgencyIsKeptAndReported() {
        ParsedDocument doc = parser.parseText("""
                示范产业2022年行动计划
                二、主要任务
                1. 建设平台。建设平台。(牵头单位:省未来产业促进局)
                """);
        assertThat(doc.plans().get(0).items().get(0).lead()).containsExactly("省未来产业促进局");
        assertThat(doc.warnings()).anyMatch(w -> w.contains("未识别的单位") && w.contains("省未来产业促进局"));
    }

    @Test
    void annotatedParagraphAfterANumberedItemIsAnotherClause() {
        List<PlanItem> items = items("""
                示范产业2022年行动计划
                二、主要任务
                1. 建设平台。建设平台。(牵头单位:省科技厅)
                推进项目落地。(牵头单位:省商务厅)
                """);
        assertThat(items).extracting(PlanItem::clause).containsExactly(1, 2);
        assertThat(items).extracting(PlanItem::number).containsExactly("1", "1");
        assertThat(items.get(1).text()).isEqualTo("推进项目落地。");
    }

    @Test
    void theFirstListedRuleStatedOnceAppliesFromThereOn() {
        List<PlanItem> items = items("""
                示范产业2022年行动计划
                二、主要任务
                1. 建设平台。建成3个平台。(省科技厅、省财政厅负责)
                2. 引进项目。引进10个项目。(省商务厅、省发展改革委负责,排在第一位的部门为牵头部门,下同)
                3. 培育企业。培育5家企业。(省工业和信息化厅、省财政厅、省科技厅等负责)
                """);
        assertThat(items.get(0).lead()).containsExactly("省科技厅", "省财政厅");
        assertThat(items.get(1).lead()).containsExactly("省商务厅");
        assertThat(items.get(1).support()).containsExactly("省发展改革委");
        assertThat(items.get(2).lead()).containsExactly("省工业和信息化厅");
        assertThat(items.get(2).support()).containsExactly("省财政厅", "省科技厅");
    }

    @Test
    void twoLeadsSecondTiersGroupsScopesAndPersons() {
        List<PlanItem> items = items("""
                示范产业2022年行动计划
                二、主要任务
                1. 建设平台。建成3个平台。(省科技厅、省财政厅牵头负责)
                2. 引进项目。引进10个项目。(省商务厅、省发展改革委负责,各市人民政府按职责分工负责)
                3. 培育企业。培育5家企业。(省工业和信息化厅等有关部门和单位负责)
                4. 优化服务。(负责部门:省市场监管局、省大数据局;适用范围:全省)
                5. 强化督导。(责任领导:张三;牵头单位:省政府办公厅;责任单位:省发展改革委)
                """);
        assertThat(items.get(0).lead()).containsExactly("省科技厅", "省财政厅");
        assertThat(items.get(1).lead()).containsExactly("省商务厅", "省发展改革委");
        assertThat(items.get(1).support()).containsExactly("各市政府"); // the directory's name for the group
        assertThat(items.get(2).lead()).containsExactly("省工业和信息化厅", "有关部门和单位");
        assertThat(items.get(3).lead()).containsExactly("省市场监管局", "省大数据局");
        assertThat(items.get(4).lead()).containsExactly("省政府办公厅");
        assertThat(items.get(4).support()).containsExactly("省发展改革委");
    }

    @Test
    void partsTitledByContentHeadingOnlySectionsAndTasksDirectlyUnderAPart() {
        ParsedDocument doc = parser.parseText("""
                国务院关于示范工作的意见
                国发〔2099〕1号
                一、总体要求
                (一)发展目标。
                到2025年,示范产业规模达到2万亿元。
                到2030年,示范产业规模达到3万亿元。
                二、丰富示范活动,完善示范体系
                (二)大力发展示范赛事。着力发展示范联赛。(体育总局、民政部负责)
                三、对示范成效明显的省(区、市),优先纳入相关试点。(发展改革委会同有关部门负责)
                """);
        List<PlanItem> items = doc.plans().get(0).items();
        assertThat(items).extracting(PlanItem::heading).containsExactly("发展目标", "发展目标", "大力发展示范赛事", null);
        assertThat(items.get(0).text()).startsWith("到2025年");
        assertThat(items.get(1).text()).startsWith("到2030年");
        assertThat(items.get(2).lead()).containsExactly("体育总局", "民政部");
        assertThat(items.get(3).part()).isEqualTo("三");
        assertThat(items.get(3).lead()).containsExactly("发展改革委");
        assertThat(items.get(3).support()).containsExactly("各有关部门"); // the directory's name for the group
        assertThat(doc.convention()).isEqualTo(AnnotationConvention.ALL_LISTED_LEAD);
    }

    @Test
    void anotherProvincesDepartmentsAreNotShandongs() {
        ParsedDocument doc = parser.parseText("""
                四川省示范产业实施方案
                一、主要任务
                1. 建设平台。建成3个平台。(牵头单位:省发展改革委;配合单位:省财政厅)
                """);
        PlanItem item = doc.plans().get(0).items().get(0);
        assertThat(item.lead()).containsExactly("四川省发展改革委");
        assertThat(item.support()).containsExactly("四川省财政厅");
    }
}
