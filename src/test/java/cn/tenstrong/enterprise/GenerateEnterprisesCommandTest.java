package cn.tenstrong.enterprise;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import cn.tenstrong.shared.CsvData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The import-format CSV the generate-enterprises verb writes. */
class GenerateEnterprisesCommandTest {

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
