package cn.tenstrong.evaluation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.evaluation.DeclarationImportException;
import cn.tenstrong.evaluation.DeclarationTemplates;
import cn.tenstrong.evaluation.RoundStage;
import cn.tenstrong.evaluation.persistence.EvaluationRows;
import cn.tenstrong.evaluation.persistence.EvaluationRows.RoundRow;
import cn.tenstrong.evaluation.persistence.EvaluationRows.SubjectRow;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.StreamingXlsx;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 申报模板 export and import. The import reads the whole file first and collects every problem — a file of another
 * round, a locked stage, an unknown or foreign subject, a stale version, a text that is no number, a value out of
 * its indicator's range, an unknown column — and stores nothing unless there is none; then each subject whose values
 * changed is declared (as the form would) and audited, in one transaction. A refused import is audited as refused.
 */
@Service
@Transactional(readOnly = true)
class DeclarationTemplateService implements DeclarationTemplates {

    private final EvaluationRows rows;
    private final SchemeCatalog schemes;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final EvaluationProperties properties;

    DeclarationTemplateService(EvaluationRows rows, SchemeCatalog schemes, CurrentUsers users, AuditTrail audit,
                               EvaluationProperties properties) {
        this.rows = rows;
        this.schemes = schemes;
        this.users = users;
        this.audit = audit;
        this.properties = properties;
    }

    @Override
    public byte[] template(long roundId) {
        CurrentUser me = users.require();
        RoundRow round = round(roundId);
        List<SubjectRow> mine = rows.subjects(roundId).stream().filter(s -> RoundAccess.declares(me, s)).toList();
        if (mine.isEmpty()) {
            throw DomainException.forbidden("本轮次没有您可以申报的参评对象");
        }
        Map<Long, Map<String, BigDecimal>> values = new HashMap<>();
        mine.forEach(s -> values.put(s.id(), Json.values(s.formValues())));
        return DeclarationWorkbook.write(round, fields(round), mine, values);
    }

    private RoundRow round(long roundId) {
        return rows.round(roundId).orElseThrow(() -> DomainException.notFound("评价轮次不存在：" + roundId));
    }

    private List<FormValues.Field> fields(RoundRow round) {
        return FormValues.of(schemes.definition(schemes.row(round.schemeId())));
    }

    /** One subject's row as read. */
    private record Line(int rowNumber, SubjectRow subject, Map<String, BigDecimal> values) {
    }

    @Override
    @Transactional
    public int importTemplate(long roundId, byte[] xlsx) {
        CurrentUser me = users.require();
        if (!me.can(RoundAccess.DECLARE)) {
            throw DomainException.forbidden("您没有申报权限");
        }
        RoundRow round = round(roundId);
        List<String> errors = new ArrayList<>();
        if (!RoundStage.DECLARING.name().equals(round.stage())) {
            errors.add("评价轮次当前处于“" + RoundStage.valueOf(round.stage()).label() + "”阶段，申报数据已锁定，不能导入");
            refuse(roundId, errors);
        }
        Map<String, FormValues.Field> fields = new LinkedHashMap<>();
        fields(round).forEach(f -> fields.put(f.code(), f));
        Map<String, SubjectRow> byKey = new HashMap<>();
        rows.subjects(roundId).forEach(s -> byKey.put(s.key(), s));
        List<Line> lines = read(xlsx, round, fields, byKey, me, errors);
        if (lines.isEmpty() && errors.isEmpty()) {
            errors.add("文件中没有参评对象的数据行");
        }
        if (!errors.isEmpty()) {
            refuse(roundId, errors);
        }
        int changed = 0;
        for (Line line : lines) {
            SubjectRow s = line.subject();
            Map<String, BigDecimal> before = Json.values(s.formValues());
            // an untouched row changes nothing: a declared subject keeps its values, an undeclared one stays undeclared
            if (s.declaredAt() == null ? line.values().isEmpty() : same(before, line.values())) {
                continue;
            }
            if (!rows.declare(s.id(), s.version(), Json.write(line.values()), s.flags())) {
                throw DomainException.conflict("第" + line.rowNumber() + "行：“" + s.name() + "”的申报已被他人修改，请重新下载模板");
            }
            audit.record("IMPORT", "evaluation.subject", String.valueOf(s.id()), before, line.values());
            changed++;
        }
        return changed;
    }

    private void refuse(long roundId, List<String> errors) {
        audit.recordRefused("evaluation.declaration-import", "evaluation.round", String.valueOf(roundId), errors);
        throw new DeclarationImportException(errors);
    }

    private static boolean same(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> e.getValue().compareTo(b.get(e.getKey())) == 0);
    }

    private List<Line> read(byte[] xlsx, RoundRow round, Map<String, FormValues.Field> fields,
                            Map<String, SubjectRow> byKey, CurrentUser me, List<String> errors) {
        List<Line> lines = new ArrayList<>();
        Map<Integer, FormValues.Field> columns = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        boolean titled = false;
        try (StreamingXlsx file = StreamingXlsx.open(xlsx, properties.templateMaxRows() + 1, "参评对象")) {
            for (Row row : file.firstSheetRows()) {
                int n = row.getRowNum() + 1;
                if (row.getRowNum() > 0 && !titled) {
                    errors.add("第1行：缺少评价轮次编号，不是平台下载的申报模板");
                    return lines;
                }
                if (row.getRowNum() == 0) {
                    titled = true;
                    String id = text(row.getCell(1));
                    if (!DeclarationWorkbook.ROUND_LABEL.equals(text(row.getCell(0)))
                            || !id.equals(String.valueOf(round.id()))) {
                        errors.add("第1行：不是本评价轮次（编号 " + round.id() + "）的申报模板"
                                + (id.isEmpty() ? "" : "（文件中的轮次编号为 " + id + "）") + "，请从本轮次下载模板");
                        return lines;
                    }
                } else if (row.getRowNum() == 1) {
                    header(row, fields, columns, errors);
                    if (!errors.isEmpty()) {
                        return lines;
                    }
                } else {
                    Line line = line(row, n, columns, byKey, me, seen, errors);
                    if (line != null) {
                        lines.add(line);
                    }
                }
            }
        }
        return lines;
    }

    private static void header(Row row, Map<String, FormValues.Field> fields, Map<Integer, FormValues.Field> columns,
                               List<String> errors) {
        String[] fixed = {DeclarationWorkbook.KEY, DeclarationWorkbook.NAME, DeclarationWorkbook.VERSION};
        for (int c = 0; c < fixed.length; c++) {
            if (!fixed[c].equals(text(row.getCell(c)))) {
                errors.add("第2行第" + column(c) + "列：表头应为“" + fixed[c] + "”，请使用平台下载的申报模板");
            }
        }
        Set<String> codes = new HashSet<>();
        for (int c = DeclarationWorkbook.FIRST_FIELD; c < Math.max(row.getLastCellNum(), 0); c++) {
            String head = text(row.getCell(c));
            if (head.isEmpty()) {
                continue;
            }
            String code = DeclarationWorkbook.code(head);
            FormValues.Field f = code == null ? null : fields.get(code);
            if (f == null) {
                errors.add("第2行第" + column(c) + "列：“" + head + "”不是本方案的申报填报指标");
            } else if (!codes.add(code)) {
                errors.add("第2行第" + column(c) + "列：指标“" + f.name() + "”重复出现");
            } else {
                columns.put(c, f);
            }
        }
    }

    private static Line line(Row row, int n, Map<Integer, FormValues.Field> columns, Map<String, SubjectRow> byKey,
                             CurrentUser me, Set<String> seen, List<String> errors) {
        String key = text(row.getCell(0));
        boolean blank = key.isEmpty() && columns.keySet().stream().allMatch(c -> text(row.getCell(c)).isEmpty());
        if (blank) {
            return null;
        }
        SubjectRow s = byKey.get(key);
        if (s == null) {
            errors.add("第" + n + "行：参评对象编号“" + key + "”不在本评价轮次中");
            return null;
        }
        if (!seen.add(key)) {
            errors.add("第" + n + "行：参评对象“" + s.name() + "”重复出现");
            return null;
        }
        if (!RoundAccess.declares(me, s)) {
            errors.add("第" + n + "行：您无权申报“" + s.name() + "”（只能申报本单位的参评对象）");
            return null;
        }
        String version = text(row.getCell(2));
        if (!version.equals(String.valueOf(s.version()))) {
            errors.add("第" + n + "行：“" + s.name() + "”的申报在下载模板后已被修改（模板中版本为“" + version + "”，当前为 "
                    + s.version() + "），请重新下载模板");
            return null;
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>(Json.values(s.formValues()));
        int before = errors.size();
        columns.forEach((c, f) -> {
            String where = "第" + n + "行第" + column(c) + "列（" + f.name() + "）：";
            Cell cell = row.getCell(c);
            BigDecimal v;
            try {
                v = number(cell);
            } catch (NumberFormatException e) {
                errors.add(where + "“" + text(cell) + "”不是数字");
                return;
            }
            if (v == null) {
                values.remove(f.code());
                return;
            }
            String problem = f.problem(v);
            if (problem != null) {
                errors.add(where + problem);
            } else {
                values.put(f.code(), v);
            }
        });
        return errors.size() == before ? new Line(n, s, values) : null;
    }

    private static String column(int index) {
        return CellReference.convertNumToColString(index);
    }

    /** A cell as a number; null when blank; NumberFormatException when it holds text that is no number. */
    private static BigDecimal number(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            double d = cell.getNumericCellValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return new BigDecimal(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
        }
        String t = text(cell).replace(",", "").replace("，", "");
        return t.isEmpty() ? null : new BigDecimal(t);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue().trim();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
