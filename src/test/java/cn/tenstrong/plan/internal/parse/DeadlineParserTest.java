package cn.tenstrong.plan.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            力争3月底前完成现场诊断评估      | 2022-03-31
            2022年年底前,完成项目建设       | 2022-12-31
            2022年底前建成                   | 2022-12-31
            年底前全部完成                   | 2022-12-31
            年内建成5个吨粮县                | 2022-12-31
            上半年启动                       | 2022-06-30
            6月份召开推进会                  | 2022-06-30
            2月份出台方案                    | 2022-02-28
            三季度末前完成                   | 2022-09-30
            第一季度分解下达                 | 2022-03-31
            9月30日前报送                    | 2022-09-30
            2023年6月底前完成                | 2023-06-30
            3月底前完成评估,6月底前完成改造 | 2022-06-30
            """)
    void deadlines(String text, LocalDate expected) {
        assertThat(DeadlineParser.find(TextNormaliser.normalise(text), 2022)).isEqualTo(expected);
    }

    @Test
    void noDeadline() {
        assertThat(DeadlineParser.find("2022年,数字经济发展引领带动作用进一步增强", 2022)).isNull();
        assertThat(DeadlineParser.find("建立季度调度和报告制度", 2022)).isNull();
        assertThat(DeadlineParser.find("", 2022)).isNull();
    }

    @Test
    void relativeDeadlinesNeedAPlanYear() {
        assertThat(DeadlineParser.find("3月底前完成", null)).isNull();
        assertThat(DeadlineParser.find("2022年3月底前完成", null)).isEqualTo(LocalDate.of(2022, 3, 31));
    }
}
