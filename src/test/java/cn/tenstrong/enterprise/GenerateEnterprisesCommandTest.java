package cn.tenstrong.enterprise;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import cn.tenstrong.shared.CsvData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The generate-enterprises verb: options and the import-format CSV it writes. */
class GenerateEnterprisesCommandTest {

    @Test
    void optionsAreParsed() {
        GenerateEnterprisesCommand.Options o = GenerateEnterprisesCommand.parse(
                new String[]{"--count", "25", "--seed=7", "--out", "x.csv", "--platform.data-dir=/tmp/d"});
        assertThat(o).isEqualTo(new GenerateEnterprisesCommand.Options(25, 7, Path.of("x.csv")));
        assertThat(GenerateEnterprisesCommand.springOptions(new String[]{"--count=3", "--platform.data-dir=/tmp/d"}))
                .containsExactly("--platform.data-dir=/tmp/d");
        assertThatThrownBy(() -> GenerateEnterprisesCommand.parse(new String[]{"--seed", "1"}))
                .hasMessageContaining("--count");
        assertThatThrownBy(() -> GenerateEnterprisesCommand.parse(new String[]{"--count", "abc"}))
                .hasMessageContaining("整数");
        // a Spring option without "=" would leave its value behind as a stray argument
        assertThatThrownBy(() -> GenerateEnterprisesCommand.parse(new String[]{"--count", "1", "--platform.data-dir", "/d"}))
                .hasMessageContaining("--名称=值").hasMessageContaining("--platform.data-dir");
        assertThatThrownBy(() -> GenerateEnterprisesCommand.parse(new String[]{"--count", "1", "extra"}))
                .hasMessageContaining("多余的参数：extra");
    }

    @Test
    void theCsvIsInImportFormatAndMarkedSynthetic() throws Exception {
        StringWriter out = new StringWriter();
        GenerateEnterprisesCommand.writeCsv(SyntheticEnterpriseGenerator.withDefaults(7), 40, out);
        List<Map<String, String>> rows = CsvData.read(new StringReader(out.toString()));
        assertThat(rows).hasSize(40);
        assertThat(out.toString()).startsWith(String.join(",", GenerateEnterprisesCommand.HEADER));
        for (Map<String, String> r : rows) {
            assertThat(r.get("数据标记")).isEqualTo("模拟数据");
            assertThat(r.get("企业名称")).endsWith(SyntheticEnterprise.MARKER);
            assertThat(Uscc.isValid(r.get("统一社会信用代码"))).isTrue();
            assertThat(r.get("所在地区")).matches("\\d{6}");
        }
    }
}
