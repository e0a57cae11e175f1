package cn.tenstrong.enterprise.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.tenstrong.shared.DomainException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reads an import file (CSV in UTF-8 or GBK, or XLSX's first sheet) into a header and rows of text cells. */
final class ImportReader {

    /** A data row with its spreadsheet row number (the header is row 1). */
    record RawRow(int number, List<String> cells) {
        String cell(int index) {
            return index < 0 || index >= cells.size() || cells.get(index) == null ? "" : cells.get(index).strip();
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    record Sheet2(List<String> header, List<RawRow> rows) {
    }

    private ImportReader() {
    }

    static Sheet2 read(byte[] content, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (content == null || content.length == 0) {
            throw DomainException.invalid("导入文件为空");
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            return xlsx(content);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return csv(decode(content));
        }
        throw DomainException.invalid("只支持 .csv 和 .xlsx 文件：" + fileName);
    }

    private static String decode(byte[] content) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("GB18030")); // Excel in Chinese Windows saves CSV as GBK
        }
    }

    private static Sheet2 csv(String text) {
        try {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get()
                    .parse(new StringReader(text)).getRecords();
            if (records.isEmpty()) {
                throw DomainException.invalid("导入文件没有表头");
            }
            List<String> header = records.get(0).toList();
            List<RawRow> rows = new ArrayList<>();
            for (int i = 1; i < records.size(); i++) {
                rows.add(new RawRow(i + 1, records.get(i).toList()));
            }
            return new Sheet2(header, rows);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw DomainException.invalid("CSV 文件格式错误：" + e.getMessage());
        }
    }

    private static Sheet2 xlsx(byte[] content) {
        DataFormatter formatter = new DataFormatter(Locale.CHINA);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = wb.getSheetAt(0);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw DomainException.invalid("导入文件没有表头");
            }
            int width = headerRow.getLastCellNum();
            List<String> header = cells(headerRow, width, formatter);
            List<RawRow> rows = new ArrayList<>();
            for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                rows.add(new RawRow(r + 1, row == null ? List.of() : cells(row, width, formatter)));
            }
            return new Sheet2(header, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw DomainException.invalid("无法读取 Excel 文件：" + e.getMessage());
        }
    }

    private static List<String> cells(Row row, int width, DataFormatter formatter) {
        List<String> out = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            Cell cell = row.getCell(c);
            if (cell == null) {
                out.add("");
            } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                out.add(cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE));
            } else if (cell.getCellType() == CellType.NUMERIC) {
                out.add(java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString());
            } else {
                out.add(formatter.formatCellValue(cell));
            }
        }
        return out;
    }
}
