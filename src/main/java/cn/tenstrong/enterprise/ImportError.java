package cn.tenstrong.enterprise;

/**
 * One problem in an import file.
 *
 * @param row     spreadsheet row number (the header is row 1)
 * @param column  column header, e.g. 统一社会信用代码
 * @param message 中文说明
 */
public record ImportError(int row, String column, String message) {

    /** "第3行「统一社会信用代码」：…". */
    public String text() {
        return row > 0 ? "第" + row + "行「" + column + "」：" + message : "「" + column + "」：" + message;
    }
}
