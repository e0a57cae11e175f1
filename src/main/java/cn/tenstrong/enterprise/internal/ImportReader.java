package cn.tenstrong.enterprise.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.StreamingXlsx;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

/** Reads an import file (CSV in UTF-8 or GBK, or XLSX's first sheet, both as streams) into a header and rows of text cells. */
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

    /**
     * Reads the file's rows, refusing it (with the limit in Chinese) at the first data row beyond {@code maxRows},
     * before the rest is read: .xlsx as a stream of rows, CSV record by record from the bytes.
     */
    static Sheet2 read(byte[] content, String fileName, int maxRows, String what) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (content == null || content.length == 0) {
            throw DomainException.invalid("导入文件为空");
        }
        if (name.endsWith(".xlsx")) {
            return xlsx(content, maxRows, what);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return csv(content, maxRows, what);
        }
        throw DomainException.invalid("只支持 .csv 和 .xlsx 文件：" + fileName);
    }

    /** UTF-8 when every byte sequence is valid UTF-8, else GBK (Excel on Chinese Windows saves CSV so). */
    private static Charset charsetOf(byte[] content) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                return Charset.forName("GB18030");
            }
            if (result.isUnderflow()) {
                return StandardCharsets.UTF_8;
            }
            out.clear();
        }
    }

    private static Sheet2 csv(byte[] content, int maxRows, String what) {
        Charset charset = charsetOf(content);
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(new ByteArrayInputStream(content),
                charset))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            List<String> header = null;
            List<RawRow> rows = new ArrayList<>();
            int line = 0;
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(reader)) {
                line++;
                if (header == null) {
                    header = record.toList();
                    continue;
                }
                if (rows.size() >= maxRows) {
                    throw tooMany(maxRows, what, line);
                }
                rows.add(new RawRow(line, record.toList()));
            }
            if (header == null) {
                throw DomainException.invalid("导入文件没有表头");
            }
            return new Sheet2(header, rows);
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            // commons-csv names its own classes in its messages; the line is what the user can act on
            throw DomainException.invalid("CSV 文件格式错误（第 " + csvLine(e) + " 行附近），请检查引号和分隔符");
        }
    }

    private static String csvLine(Exception e) {
        var m = java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
        return m.find() ? m.group(1) : "?";
    }

    private static DomainException tooMany(int maxRows, String what, int line) {
        return DomainException.invalid("文件超过上限：一次最多导入 " + maxRows + " 行" + what + "数据（第 " + line
                + " 行起未读取），请拆分为多个文件分批导入");
    }

    private static Sheet2 xlsx(byte[] content, int maxRows, String what) {
        DataFormatter formatter = new DataFormatter(Locale.CHINA);
        try (StreamingXlsx file = StreamingXlsx.open(content, maxRows, what)) {
            List<String> header = null;
            int width = 0;
            List<RawRow> rows = new ArrayList<>();
            for (Row row : file.firstSheetRows()) {
                if (header == null) {
                    width = row.getLastCellNum();
                    header = cells(row, width, formatter);
                    continue;
                }
                rows.add(new RawRow(row.getRowNum() + 1, cells(row, width, formatter)));
            }
            if (header == null) {
                throw DomainException.invalid("导入文件没有表头");
            }
            return new Sheet2(header, rows);
        } catch (RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw new DomainException(DomainException.Kind.INVALID, "无法读取 Excel 文件：文件不是有效的 .xlsx 或已损坏", e);
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
