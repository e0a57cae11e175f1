package cn.tenstrong.evaluation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.tenstrong.evaluation.persistence.EvaluationRows.RoundRow;
import cn.tenstrong.evaluation.persistence.EvaluationRows.SubjectRow;
import cn.tenstrong.shared.SpreadsheetCells;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 申报模板的版式: the first row names the round (its id is checked on import), the second is the header — 参评对象编号,
 * 参评对象, 版本, then one column per value a declaration gives, its unit in the header and its code in brackets
 * ([DECL1]) so a renamed or reordered column is still found — and one row per subject follows with its current
 * values. A second sheet lists each value's unit and allowed range.
 */
final class DeclarationWorkbook {

    static final String ROUND_LABEL = "评价轮次编号";
    static final String KEY = "参评对象编号";
    static final String NAME = "参评对象";
    static final String VERSION = "版本";
    static final int FIRST_FIELD = 3;
    private static final Pattern CODE = Pattern.compile("\\[([A-Za-z0-9_.\\-]+)]\\s*$");

    private DeclarationWorkbook() {
    }

    static String header(FormValues.Field f) {
        String unit = f.unit() == null || f.unit().isBlank() ? "" : "（" + f.unit() + "）";
        return f.name() + unit + "[" + f.code() + "]";
    }

    /** The code in a header, or null when the header carries none. */
    static String code(String header) {
        Matcher m = CODE.matcher(header == null ? "" : header);
        return m.find() ? m.group(1) : null;
    }

    static byte[] write(RoundRow round, List<FormValues.Field> fields, List<SubjectRow> subjects,
                        Map<Long, Map<String, BigDecimal>> values) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SpreadsheetCells cells = SpreadsheetCells.of(wb);
            Sheet sheet = wb.createSheet("申报数据");
            Row title = sheet.createRow(0);
            cells.text(title, 0, ROUND_LABEL);
            cells.number(title, 1, round.id());
            cells.text(title, 2, round.name());
            cells.text(title, 3, "请勿修改第一行、表头和前三列；空白单元格表示不填报该项，导入时全部正确才保存");
            Row head = sheet.createRow(1);
            cells.text(head, 0, KEY);
            cells.text(head, 1, NAME);
            cells.text(head, 2, VERSION);
            for (int i = 0; i < fields.size(); i++) {
                cells.text(head, FIRST_FIELD + i, header(fields.get(i)));
            }
            int r = 2;
            for (SubjectRow s : subjects) {
                Row row = sheet.createRow(r++);
                cells.text(row, 0, s.key());
                cells.text(row, 1, s.name());
                cells.number(row, 2, s.version());
                Map<String, BigDecimal> own = values.getOrDefault(s.id(), Map.of());
                for (int i = 0; i < fields.size(); i++) {
                    BigDecimal v = own.get(fields.get(i).code());
                    if (v != null) {
                        cells.number(row, FIRST_FIELD + i, v.doubleValue());
                    }
                }
            }
            sheet.setColumnWidth(1, 36 * 256);
            for (int i = 0; i < fields.size(); i++) {
                sheet.setColumnWidth(FIRST_FIELD + i, 24 * 256);
            }
            sheet.createFreezePane(FIRST_FIELD, 2);

            Sheet help = wb.createSheet("填报说明");
            Row hh = help.createRow(0);
            String[] heads = {"指标代码", "指标", "单位", "允许范围"};
            for (int i = 0; i < heads.length; i++) {
                cells.text(hh, i, heads[i]);
            }
            for (int i = 0; i < fields.size(); i++) {
                FormValues.Field f = fields.get(i);
                Row row = help.createRow(i + 1);
                cells.text(row, 0, f.code());
                cells.text(row, 1, f.name());
                cells.text(row, 2, f.unit());
                cells.text(row, 3, f.range());
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
