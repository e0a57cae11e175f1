package cn.tenstrong.enterprise.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.tenstrong.enterprise.EnterpriseImportException;
import cn.tenstrong.enterprise.ImportError;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A row PostgreSQL refused during a bulk load, as the import's Chinese error (第N行「列」：原因). The checks before the
 * load catch what a user can get wrong; what reaches here is what only the database sees (a code another import
 * stored meanwhile, a value beyond a column's range), and it still names the file's row and column.
 */
final class CopyFailure {

    /** Table column → import column header (enterprise/load-columns.csv). */
    private static final Map<String, String> HEADERS;
    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    private static final Pattern COLUMN = Pattern.compile("column (\\w+)");
    private static final Pattern KEY = Pattern.compile("Key \\(([^)]*)\\)=\\((.*)\\)");

    static {
        Map<String, String> h = new HashMap<>();
        cn.tenstrong.shared.CsvData.readClasspath("enterprise/load-columns.csv").forEach(r -> h.put(r.get("column"),
                r.get("header")));
        HEADERS = Map.copyOf(h);
    }

    private CopyFailure() {
    }

    /**
     * The import error for a refused COPY or merge.
     *
     * @param rowOfLine the file row of the n-th row sent (1-based), or 0 when unknown
     * @param rowOfKey  the file row holding a key value the database names (unique violations of a merge), or 0
     */
    static EnterpriseImportException of(CopyBinary.CopyFailedException e, IntUnaryOperator rowOfLine,
                                        java.util.function.ToIntFunction<String> rowOfKey) {
        ServerErrorMessage m = e.sql instanceof PSQLException p ? p.getServerErrorMessage() : null;
        if (m == null) {
            throw e;
        }
        String where = m.getWhere() == null ? "" : m.getWhere();
        String detail = m.getDetail() == null ? "" : m.getDetail();
        int row = 0;
        Matcher line = LINE.matcher(where);
        if (line.find()) {
            row = rowOfLine.applyAsInt(Integer.parseInt(line.group(1)));
        }
        Matcher key = KEY.matcher(detail);
        String keyValue = key.find() ? key.group(2) : null;
        if (row == 0 && keyValue != null) {
            row = rowOfKey.applyAsInt(keyValue);
        }
        String column = column(m, where, key.find(0) ? key.group(1) : null);
        String state = m.getSQLState() == null ? "" : m.getSQLState();
        String reason = switch (state) {
            case "23505" -> "“" + keyValue + "”已被库中另一家企业使用（可能有另一次导入同时写入），请核对后重新导入";
            case "23514" -> "数值不在允许范围内";
            case "23503" -> keyValue == null ? "在参考目录中不存在" : "“" + keyValue + "”在参考目录中不存在";
            case "23502" -> "不能为空";
            case "22001" -> "过长";
            default -> state.startsWith("22") ? "格式不正确" : "数据库拒绝写入（" + state + "）";
        };
        return new EnterpriseImportException(List.of(new ImportError(row, column, reason)));
    }

    private static String column(ServerErrorMessage m, String where, String keyColumns) {
        String name = m.getColumn();
        if (name == null) {
            Matcher c = COLUMN.matcher(where);
            name = c.find() ? c.group(1) : null;
        }
        if (name == null && keyColumns != null) {
            name = keyColumns.split(",")[0].strip();
        }
        if (name == null && m.getConstraint() != null) {
            String constraint = m.getConstraint();
            name = HEADERS.keySet().stream().filter(constraint::contains).max(java.util.Comparator.comparingInt(String::length))
                    .orElse(null);
        }
        return name == null ? "数据" : HEADERS.getOrDefault(name, name);
    }
}
