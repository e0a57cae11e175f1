package cn.tenstrong.enterprise.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import cn.tenstrong.shared.SpreadsheetCells;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ResponseEntity;

/** Writes a list as an Excel sheet and serves files for download. */
final class Xlsx {

    private Xlsx() {
    }

    static byte[] sheet(String title, List<String> headers, List<List<String>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SpreadsheetCells cells = SpreadsheetCells.of(wb);
            Sheet sheet = wb.createSheet(title.replaceAll("[\\\\/?*\\[\\]:]", " "));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row h = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                cells.text(h, i, headers.get(i), bold);
                sheet.setColumnWidth(i, 22 * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    cells.text(row, c, values.get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseEntity<byte[]> download(String fileName, byte[] content) {
        return cn.tenstrong.shared.web.Downloads.xlsx(content, fileName);
    }
}
