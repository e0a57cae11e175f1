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
        List<Target> targets = TargetExtractor.extract(TextNormalizer.normalise(text));
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
        assertThat(TargetExtractor.extract(TextNormalizer.normalise(text))).as(text).isEmpty();
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
                .containsExactly("信息技术产业营业收入", "同比增长", "信息技术制造业营业收入");
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
}
