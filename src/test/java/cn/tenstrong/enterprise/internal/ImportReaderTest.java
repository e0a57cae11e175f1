package cn.tenstrong.enterprise.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import cn.tenstrong.shared.DomainException;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Import files are read as streams and refused at the first row over the limit, in Chinese, CSV and XLSX alike. */
class ImportReaderTest {

    @Test
    void anXlsxOverTheLimitIsRefusedAtTheFirstRowBeyondIt() throws IOException {
        byte[] file = xlsx(2_001);
        ImportReader.Sheet2 within = ImportReader.read(file, "企业.xlsx", 2_001, "企业");
        assertThat(within.header()).containsExactly("统一社会信用代码", "企业名称", "营业收入（万元）");
        assertThat(within.rows()).hasSize(2_001);
        assertThat(within.rows().get(0).number()).isEqualTo(2);
        assertThat(within.rows().get(0).cells()).containsExactly("", "测试企业1", "1.5");
        assertThatThrownBy(() -> ImportReader.read(file, "企业.xlsx", 2_000, "企业"))
                .isInstanceOf(DomainException.class)
                .hasMessage("文件超过上限：一次最多导入 2000 行企业数据（第 2002 行起未读取），请拆分为多个文件分批导入");
    }

    @Test
    void aCsvOverTheLimitIsRefusedAndGbkIsStillRead() {
        StringBuilder csv = new StringBuilder("企业名称,营业收入（万元）\n");
        for (int i = 1; i <= 301; i++) {
            csv.append("济南测试").append(i).append("有限公司,").append(i).append('\n');
        }
        byte[] gbk = csv.toString().getBytes(Charset.forName("GBK"));
        assertThat(ImportReader.read(gbk, "企业.csv", 301, "企业").rows().get(300).cells())
                .containsExactly("济南测试301有限公司", "301");
        assertThatThrownBy(() -> ImportReader.read(gbk, "企业.csv", 300, "企业"))
                .hasMessageContaining("一次最多导入 300 行企业数据（第 302 行起未读取）");
        byte[] utf8WithBom = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        assertThat(ImportReader.read(utf8WithBom, "企业.csv", 301, "企业").header().get(0)).isEqualTo("企业名称");
    }

    @Test
    void aBrokenFileNamesNoLibraryClass() {
        byte[] badQuote = "企业名称,营业收入\n\"未闭合的引号,1\n另一行,2\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ImportReader.read(badQuote, "坏.csv", 100, "企业"))
                .hasMessageStartingWith("CSV 文件格式错误").hasMessageNotContaining("Exception")
                .hasMessageNotContaining("org.apache");
        assertThatThrownBy(() -> ImportReader.read("不是表格".getBytes(StandardCharsets.UTF_8), "坏.xlsx", 100, "企业"))
                .hasMessageContaining("Excel").hasMessageNotContaining("Exception");
    }

    static byte[] xlsx(int dataRows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("企业");
            var head = sheet.createRow(0);
            head.createCell(0).setCellValue("统一社会信用代码");
            head.createCell(1).setCellValue("企业名称");
            head.createCell(2).setCellValue("营业收入（万元）");
            for (int i = 1; i <= dataRows; i++) {
                var row = sheet.createRow(i);
                row.createCell(1).setCellValue("测试企业" + i);
                row.createCell(2).setCellValue(i * 1.5);
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }
}
