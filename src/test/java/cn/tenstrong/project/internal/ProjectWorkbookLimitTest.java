package cn.tenstrong.project.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import cn.tenstrong.shared.DomainException;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A project list is read as a stream; one over the limit is refused at the first row beyond it, saying so. */
class ProjectWorkbookLimitTest {

    @Test
    void aListOverTheLimitIsRefusedWithTheLimitNotAMisleadingMessage() throws IOException {
        byte[] over = workbook(ProjectWorkbook.MAX_ROWS + 1);
        assertThatThrownBy(() -> ProjectWorkbook.read(over, t -> "370102", t -> null, t -> null))
                .isInstanceOf(DomainException.class)
                .hasMessage("文件超过上限：一次最多导入 " + ProjectWorkbook.MAX_ROWS + " 行项目数据（第 "
                        + (ProjectWorkbook.MAX_ROWS + 2) + " 行起未读取），请拆分为多个文件分批导入");
    }

    @Test
    void aListWithinTheLimitIsReadRowByRow() throws IOException {
        var drafts = ProjectWorkbook.read(workbook(3), t -> "370102", t -> null, t -> null);
        assertThat(drafts).hasSize(3);
        assertThat(drafts.get(2).name()).isEqualTo("流式读取测试项目3");
    }

    private static byte[] workbook(int rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("项目");
            List<String> columns = List.of("项目名称", "产业代码", "所在地区", "总投资（元）");
            var head = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                head.createCell(c).setCellValue(columns.get(c));
            }
            for (int i = 1; i <= rows; i++) {
                var row = sheet.createRow(i);
                row.createCell(0).setCellValue("流式读取测试项目" + i);
                row.createCell(1).setCellValue("01");
                row.createCell(2).setCellValue("济南市历下区");
                row.createCell(3).setCellValue(100_000_000d + i);
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }
}
