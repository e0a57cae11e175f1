package cn.tenstrong.shared;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * 表格单元格写入 (防公式注入): every text an export writes goes through here. Text that a spreadsheet program would
 * take for a formula or a command when the cell is edited or the sheet is saved as CSV — beginning with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return — is written with the cell style's quote prefix
 * (Excel's leading apostrophe): it is shown and read back exactly as stored, never evaluated. The value itself is not
 * changed, so a file that is filled in and imported again reads the same text. One instance per workbook: the quoted
 * variants of the styles used are made once each (a workbook holds at most 64,000 styles).
 */
public final class SpreadsheetCells {

    private final Workbook workbook;
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();
    private CellStyle quotedDefault;
    private CellStyle wrapped;
    private CellStyle date;
    private CellStyle integer;

    private SpreadsheetCells(Workbook workbook) {
        this.workbook = workbook;
    }

    public static SpreadsheetCells of(Workbook workbook) {
        return new SpreadsheetCells(workbook);
    }

    /** Whether a spreadsheet program could read the text as a formula (or a DDE command). */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** Writes text (null as empty) into a new cell of the row. */
    public Cell text(Row row, int column, String text) {
        return text(row, column, text, null);
    }

    /** Writes text (null as empty) into a new cell of the row, with the style given (null: the default style). */
    public Cell text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        String value = text == null ? "" : text;
        cell.setCellValue(value);
        if (looksLikeFormula(value)) {
            cell.setCellStyle(quoted(style));
        } else if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    /** Writes a number into a new cell of the row (numbers are never formulas). */
    public Cell number(Row row, int column, double value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }

    /** The body style of a register's text: wrapped, at the top of its row. One per workbook. */
    public CellStyle wrapped() {
        if (wrapped == null) {
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        }
        return wrapped;
    }

    /** The body style of a register's dates: a real date shown yyyy-mm-dd, at the top of its row. */
    public CellStyle date() {
        if (date == null) {
            date = topWithFormat("yyyy-mm-dd");
        }
        return date;
    }

    /** The body style of a register's whole numbers (ids, days): a real number shown without decimals, at the top. */
    public CellStyle integer() {
        if (integer == null) {
            integer = topWithFormat("0");
        }
        return integer;
    }

    private CellStyle topWithFormat(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private CellStyle quoted(CellStyle base) {
        if (base == null) {
            if (quotedDefault == null) {
                quotedDefault = workbook.createCellStyle();
                quotedDefault.setQuotePrefixed(true);
            }
            return quotedDefault;
        }
        return quoted.computeIfAbsent(base, b -> {
            CellStyle s = workbook.createCellStyle();
            s.cloneStyleFrom(b);
            s.setQuotePrefixed(true);
            return s;
        });
    }
}
