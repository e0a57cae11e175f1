package cn.tenstrong.enterprise.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import cn.tenstrong.shared.SpreadsheetCells;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** 导入模板: a workbook with the header row, one example row to replace, and a sheet of 填写说明. */
final class ImportTemplate {

    private ImportTemplate() {
    }

    static byte[] workbook(String sheetName, List<String> headers, List<String> example, int columnWidth,
                           List<String> help) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SpreadsheetCells cells = SpreadsheetCells.of(wb);
            Sheet sheet = wb.createSheet(sheetName);
            Row header = sheet.createRow(0);
            Row sample = sheet.createRow(1);
            for (int i = 0; i < headers.size(); i++) {
                cells.text(header, i, headers.get(i));
                cells.text(sample, i, i < example.size() ? example.get(i) : "");
                sheet.setColumnWidth(i, columnWidth * 256);
            }
            Sheet sheetHelp = wb.createSheet("填写说明");
            for (int i = 0; i < help.size(); i++) {
                cells.text(sheetHelp.createRow(i), 0, help.get(i));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
