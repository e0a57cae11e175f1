package cn.tenstrong.plan.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import cn.tenstrong.plan.Qualifier;
import cn.tenstrong.plan.Target;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetExtractorTest {

    private static Target only(String text) {
        List<Target> targets = TargetExtractor.extract(TextNormaliser.normalise(text));
        assertThat(targets).as(text).hasSize(1);
        return targets.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            营业收入1.4万亿元左右           | 1400000000000 | 元    | APPROX
            实现营业收入5500亿元            | 550000000000  | 元    | EXACT
            新增上市公司超过30家            | 30            | 家    | MIN
            累计开通5G基站超16万个          | 160000        | 个    | MIN
            突破重大核心关键技术30项以上    | 30            | 项    | MIN
            培育企业不少于50家              | 50            | 家    | MIN
            在线率不低于95%                 | 95            | %     | MIN
            比重达到7%左右                  | 7             | %     | APPROX
            累计达到约2600家                | 2600          | 家    | APPROX
            负债率控制在60%以内             | 60            | %     | MAX
            能耗不超过3万吨                 | 30000         | 吨    | MAX
            不良率5%以下                    | 5             | %     | MAX
            并网规模达到200万千瓦           | 2000000       | 千瓦  | EXACT
            粮食播种面积1.2亿亩以上         | 120000000     | 亩    | MIN
            粮食生产能力1100亿斤以上        | 110000000000  | 斤    | MIN
            接待游客7.5亿人次               | 750000000     | 人次  | EXACT
            建设50处                        | 50            | 处    | EXACT
            建成10座                        | 10            | 座    | EXACT
            增速提高2个百分点               | 2             | 个百分点 | EXACT
            两化融合指数达到117,保持全国前三 | 117           |       | EXACT
            """)
    void quantities(String text, String value, String unit, Qualifier qualifier) {
        Target t = only(text);
        assertThat(t.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(t.unit()).isEqualTo(unit == null ? "" : unit);
        assertThat(t.qualifier()).isEqualTo(qualifier);
        assertThat(t.low()).isNull();
        assertThat(t.high()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            打造5-6个百亿级产业集群   | 5    | 6    | 个
            举办3-5场对接活动         | 3    | 5    | 场
            新创建3~5处示范区         | 3    | 5    | 处
            投资3000-5000万元         | 30000000 | 50000000 | 元
            增长3%-5%                 | 3    | 5    | %
            """)
    void ranges(String text, String low, String high, String unit) {
        Target t = only(text);
        assertThat(t.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(t.value()).isNull();
        assertThat(t.low()).isEqualByComparingTo(new BigDecimal(low));
        assertThat(t.high()).isEqualByComparingTo(new BigDecimal(high));
        assertThat(t.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2022年,数字经济发展引领带动作用进一步增强
            改造提升107国道
            落实鲁政发〔2022〕5号文件
            推动5G应用和“云行齐鲁 工赋山东”行动
            实现确定性网络16市全覆盖
            推动BG136等海洋创新药物研发
            新建“牧渔1号”“牧渔2号”两座大型深水网箱
            打造“1+N”全新深远海养殖模式
            动态调整“1张图谱+N张清单”
            力争3月底前完成
            综合评价居前10位的给予奖励
            落实第3批名单
            6英寸硅基功率器件芯片
            实施《山东省“十四五”规划(2021-2025年)》
            用时6个月
            """)
    void notTargets(String text) {
        assertThat(TargetExtractor.extract(TextNormaliser.normalise(text))).as(text).isEmpty();
    }

    @Test
    void fullWidthDigitsAndPercent() {
        Target t = only("增长\uFF11\uFF15\uFF05");
        assertThat(t.value()).isEqualByComparingTo("15");
        assertThat(t.unit()).isEqualTo("%");
    }

    @Test
    void metricIsTheNounPhraseBeforeTheVerb() {
        List<Target> t = TargetExtractor.extract(
                "2022年,全省信息技术产业实现营业收入1.4万亿元左右,同比增长15%,其中,信息技术制造业实现营业收入5500亿元");
        assertThat(t).extracting(Target::metric)
                .containsExactly("信息技术产业营业收入", "信息技术产业营业收入同比增长", "信息技术制造业营业收入");
        assertThat(t).extracting(Target::text).containsExactly("1.4万亿元左右", "15%", "5500亿元");
    }

    @Test
    void metricFollowsTheNumberWhenNothingPrecedesIt() {
        assertThat(only("新培育100家以上国家级和省级创新中心").metric()).isEqualTo("国家级和省级创新中心");
        assertThat(only("2022年海洋生产总值同比增长6%以上").metric()).isEqualTo("海洋生产总值同比增长");
    }

    @Test
    void writtenTextKeepsTheQualifierWord() {
        assertThat(only("累计开通5G基站超16万个").text()).isEqualTo("超16万个");
        assertThat(only("达到5%左右").text()).isEqualTo("5%左右");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            对综合指标排名前5位的给予最高500万元奖补。                     | 最高500万元   | 5000000   | 元    | MAX   | 奖补
            择优给予每个最高200万元奖补。                                  | 最高200万元   | 2000000   | 元    | MAX   | 奖补
            给予单个企业最高500万元保费补贴。                              | 最高500万元   | 5000000   | 元    | MAX   | 保费补贴
            省级财政予以适当补助,贴息率可上浮5%。                         | 5%            | 5         | %     | EXACT | 贴息
            对符合条件的新能源汽车最高补贴5.04万元/辆。                    | 最高5.04万元/辆 | 50400   | 元/辆 | MAX   | 补贴
            每个给予1亿元奖励资金。                                        | 1亿元         | 100000000 | 元    | EXACT | 奖励资金
            省级财政给予最高100万元一次性奖励。                            | 最高100万元   | 1000000   | 元    | MAX   | 奖励
            对首次通过认定的中小微文化企业给予10万元补助。                 | 10万元        | 100000    | 元    | EXACT | 补助
            """)
    void awardsAreIncentivesNotTargets(String text, String written, String value, String unit, Qualifier q,
                                       String kind) {
        TargetExtractor.Quantities read = TargetExtractor.read(TextNormaliser.normalise(text));
        assertThat(read.targets()).as(text).isEmpty();
        assertThat(read.incentives()).as(text).hasSize(1);
        var g = read.incentives().get(0);
        assertThat(g.text()).isEqualTo(written);
        assertThat(g.value()).isEqualByComparingTo(value);
        assertThat(g.unit()).isEqualTo(unit);
        assertThat(g.qualifier()).isEqualTo(q);
        assertThat(g.kind()).isEqualTo(kind);
        assertThat(text).contains(g.clause());
    }

    @Test
    void bothRatesOfOneGrantAreIncentivesAndTheTargetBesideThemStays() {
        TargetExtractor.Quantities read = TargetExtractor.read(TextNormaliser.normalise(
                "新建设不少于20家省级数字经济园区,对综合评价居前的给予最高500万元奖补;对不良贷款,省级财政按照本金损失分别给予最高40%、35%的风险补偿。"));
        assertThat(read.targets()).extracting(Target::text).containsExactly("不少于20家");
        assertThat(read.targets().get(0).metric()).isEqualTo("省级数字经济园区");
        assertThat(read.incentives()).extracting(g -> g.text()).containsExactly("最高500万元", "最高40%", "35%");
        assertThat(read.incentives()).extracting(g -> g.kind()).containsExactly("奖补", "风险补偿", "风险补偿");
    }

    @Test
    void conditionsOfAnAwardAreNeitherTargetsNorIncentives() {
        TargetExtractor.Quantities read = TargetExtractor.read(TextNormaliser.normalise(
                "对上年度研发费用不低于500万元且增幅达到10%以上的重点企业中,年薪高于100万元的研发一线人员,进行表扬奖励。"));
        assertThat(read.targets()).isEmpty();
        assertThat(read.incentives()).isEmpty();
        // without a reward in the sentence the same words are targets
        assertThat(TargetExtractor.extract("研发费用不低于500万元")).hasSize(1);
    }

    @Test
    void oneNumberForSeveralMetricsIsOneTargetEach() {
        assertThat(TargetExtractor.extract("力争项目开工率和投资完成率均达到100%。")).extracting(Target::metric)
                .containsExactly("项目开工率", "投资完成率");
        List<Target> tourism = TargetExtractor.extract("全年接待游客7.5亿人次,旅游总收入8500亿元,同比增长均达到5%左右。");
        assertThat(tourism).extracting(Target::metric)
                .containsExactly("接待游客", "旅游总收入", "接待游客同比增长", "旅游总收入同比增长");
        assertThat(tourism).extracting(Target::text).containsExactly("7.5亿人次", "8500亿元", "5%左右", "5%左右");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            重点抓好冰轮环境的氢液化装备关键技术与产业化等26个高端装备重大产业攻关项目实施,生产一批新产品 | 高端装备重大产业攻关项目
            加快推动79个重大项目、137个优选项目建设                                                 | 重大项目
            加快推进60个省重点项目建设,确保完成年度计划投资180亿元                                   | 省重点项目
            推动建设具有区域优势特色的13家精品旅游产业集群和8家集群领军企业                          | 精品旅游产业集群
            确保全省粮食播种面积稳定在1.2亿亩以上                                                   | 粮食播种面积
            确保新开通5G基站6万个,加快推动5G应用                                                   | 5G基站
            """)
    void metricIsWhatIsCountedNotAVerb(String text, String metric) {
        assertThat(TargetExtractor.extract(TextNormaliser.normalise(text)).get(0).metric()).isEqualTo(metric);
    }
}
