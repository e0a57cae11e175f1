package cn.tenstrong.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Text that a spreadsheet would evaluate is written quote-prefixed and read back unchanged, in a real .xlsx file. */
class SpreadsheetCellsTest {

    private static final List<String> DANGEROUS = List.of("=1+1", "+86-531-0000", "-2+3", "@SUM(A1:A9)",
            "\t=cmd|' /C calc'!A0", "\r=HYPERLINK(\"http://example.invalid\",\"点击\")",
            "=HYPERLINK(\"http://example.invalid\",\"点击\")");
    private static final List<String> HARMLESS = List.of("济南市", "1+1", "a=b", "", "（=）", " =1");

    @Test
    void formulaLikeTextIsQuotePrefixedAndKeptAsWritten() throws Exception {
        byte[] file;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SpreadsheetCells cells = SpreadsheetCells.of(wb);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            Row row = wb.createSheet("s").createRow(0);
            int c = 0;
            for (String text : DANGEROUS) {
                cells.text(row, c++, text);
            }
            for (String text : HARMLESS) {
                cells.text(row, c++, text);
            }
            cells.text(row, c++, "=styled", wrap);
            cells.text(row, c++, "=styled again", wrap);
            cells.text(row, c, null);
            wb.write(out);
            file = out.toByteArray();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Row row = wb.getSheetAt(0).getRow(0);
            int c = 0;
            for (String text : DANGEROUS) {
                Cell cell = row.getCell(c++);
                assertThat(cell.getCellType()).as(text).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(text);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(text).isTrue();
            }
            for (String text : HARMLESS) {
                Cell cell = row.getCell(c++);
                assertThat(cell.getStringCellValue()).isEqualTo(text);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(text).isFalse();
            }
            Cell styled = row.getCell(c++);
            assertThat(styled.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(styled.getCellStyle().getWrapText()).as("the base style is kept").isTrue();
            assertThat(row.getCell(c++).getCellStyle().getIndex()).as("one quoted style per base style")
                    .isEqualTo(styled.getCellStyle().getIndex());
            assertThat(row.getCell(c).getStringCellValue()).isEmpty();
        }
    }
}
