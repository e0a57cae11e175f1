package cn.tenstrong.enterprise.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.enterprise.EnterpriseImportException;
import cn.tenstrong.enterprise.EnterpriseRelation;
import cn.tenstrong.enterprise.EnterpriseRelations;
import cn.tenstrong.enterprise.ImportError;
import cn.tenstrong.enterprise.RelationImportResult;
import cn.tenstrong.enterprise.RelationKind;
import cn.tenstrong.enterprise.internal.ImportReader.RawRow;
import cn.tenstrong.enterprise.persistence.RelationRows;
import cn.tenstrong.enterprise.persistence.RelationRows.NewRelation;
import cn.tenstrong.enterprise.persistence.RelationRows.Ref;
import cn.tenstrong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports and reads enterprise relations. A row names each side by USCC or by exact name (a USCC wins; a name that
 * several enterprises share needs the USCC); both must already be in the library. Any bad cell rejects the file.
 */
@Service
class RelationService implements EnterpriseRelations {

    static final int MAX_SOURCE = 200;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e15");

    private final RelationRows rows;
    private final AuditTrail audit;
    private final CurrentUsers users;

    private final int maxRows;

    RelationService(RelationRows rows, AuditTrail audit, CurrentUsers users, ImportLimits limits) {
        this.maxRows = limits.maxRelationRows();
        this.rows = rows;
        this.audit = audit;
        this.users = users;
    }

    /** A checked row. */
    private record Checked(int row, NewRelation relation) {
    }

    @Override
    @Transactional
    public RelationImportResult importFile(byte[] content, String fileName) {
        Optional<CurrentUser> me = users.current();
        if (me.isPresent() && !me.get().can("enterprise:enterprise:write")) {
            throw DomainException.forbidden("无权导入企业关系");
        }
        ImportReader.Sheet2 sheet = ImportReader.read(content, fileName, maxRows, "企业关系");
        List<ImportError> errors = new ArrayList<>();
        List<Checked> checked = check(sheet, errors);
        if (!errors.isEmpty()) {
            throw new EnterpriseImportException(errors);
        }
        String by = me.map(CurrentUser::username).orElse("system");
        boolean auditEach = checked.size() <= EnterpriseService.AUDIT_EACH_UP_TO;
        Map<Long, EnterpriseRelation> before = new HashMap<>();
        if (auditEach) {
            for (Checked c : checked) {
                NewRelation r = c.relation();
                rows.find(r.fromId(), r.toId(), r.kind()).ifPresent(b -> before.put(b.id(), b));
            }
        }
        List<RelationRows.Upserted> done = rows.upsertAll(checked.stream().map(Checked::relation).toList(),
                checked.stream().map(Checked::row).toList(), by);
        int created = (int) done.stream().filter(RelationRows.Upserted::inserted).count();
        if (auditEach) {
            for (int i = 0; i < checked.size(); i++) {
                NewRelation r = checked.get(i).relation();
                EnterpriseRelation after = rows.find(r.fromId(), r.toId(), r.kind()).orElseThrow();
                audit.record(done.get(i).inserted() ? "CREATE" : "UPDATE", "enterprise.relation",
                        Long.toString(after.id()), before.get(after.id()), after);
            }
        }
        int updated = checked.size() - created;
        if (!auditEach) {
            audit.record("IMPORT", "enterprise.relation", fileName == null ? "-" : fileName, null,
                    Map.of("file", fileName == null ? "" : fileName, "rows", checked.size(), "created", created,
                            "updated", updated));
        }
        return new RelationImportResult(checked.size(), created, updated);
    }

    private List<Checked> check(ImportReader.Sheet2 sheet, List<ImportError> errors) {
        Map<RelationColumns, Integer> index = new EnumMap<>(RelationColumns.class);
        for (int i = 0; i < sheet.header().size(); i++) {
            RelationColumns c = RelationColumns.of(sheet.header().get(i));
            if (c != null && !index.containsKey(c)) {
                index.put(c, i);
            }
        }
        if (!index.containsKey(RelationColumns.FROM_USCC) && !index.containsKey(RelationColumns.FROM_NAME)) {
            errors.add(new ImportError(1, RelationColumns.FROM_NAME.header, "缺少供方列（供方统一社会信用代码或供方企业名称，请使用导入模板）"));
        }
        if (!index.containsKey(RelationColumns.TO_USCC) && !index.containsKey(RelationColumns.TO_NAME)) {
            errors.add(new ImportError(1, RelationColumns.TO_NAME.header, "缺少需方列（需方统一社会信用代码或需方企业名称，请使用导入模板）"));
        }
        for (RelationColumns c : RelationColumns.values()) {
            if (c.required() && !index.containsKey(c)) {
                errors.add(new ImportError(1, c.header, "缺少必填列（请使用导入模板）"));
            }
        }
        if (!errors.isEmpty()) {
            return List.of();
        }
        List<RawRow> data = sheet.rows().stream().filter(r -> !r.blank()).toList();
        if (data.isEmpty()) {
            errors.add(new ImportError(0, "数据", "导入文件没有数据行"));
            return List.of();
        }
        if (data.size() > maxRows) {
            errors.add(new ImportError(0, "数据", "一次最多导入" + maxRows + "行，请分批导入"));
            return List.of();
        }
        // resolve every USCC and name in two queries
        Set<String> usccs = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (RawRow r : data) {
            for (RelationColumns c : List.of(RelationColumns.FROM_USCC, RelationColumns.TO_USCC)) {
                String u = cell(r, index, c).replaceAll("\\s", "").toUpperCase();
                if (!u.isEmpty()) {
                    usccs.add(u);
                }
            }
            for (RelationColumns c : List.of(RelationColumns.FROM_NAME, RelationColumns.TO_NAME)) {
                String n = cell(r, index, c);
                if (!n.isEmpty()) {
                    names.add(n);
                }
            }
        }
        Map<String, Ref> byUscc = rows.byUsccs(usccs);
        Map<String, List<Ref>> byName = rows.byNames(names);
        List<Checked> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (RawRow r : data) {
            List<ImportError> rowErrors = new ArrayList<>();
            Ref from = side(r, index, RelationColumns.FROM_USCC, RelationColumns.FROM_NAME, "供方", byUscc, byName,
                    rowErrors);
            Ref to = side(r, index, RelationColumns.TO_USCC, RelationColumns.TO_NAME, "需方", byUscc, byName, rowErrors);
            String kindText = cell(r, index, RelationColumns.KIND);
            Optional<RelationKind> kind = RelationKind.parse(kindText);
            if (kind.isEmpty()) {
                rowErrors.add(new ImportError(r.number(), RelationColumns.KIND.header, kindText.isEmpty() ? "不能为空"
                        : "“" + kindText + "”不是有效的关系类型（应为 供应、采购、投资 或 合作）"));
            }
            BigDecimal amount = amount(r, index, rowErrors);
            String source = cell(r, index, RelationColumns.SOURCE);
            if (source.isEmpty()) {
                rowErrors.add(new ImportError(r.number(), RelationColumns.SOURCE.header, "不能为空（请注明数据来源，如企业年报、招投标公告）"));
            } else if (source.length() > MAX_SOURCE) {
                rowErrors.add(new ImportError(r.number(), RelationColumns.SOURCE.header, "不能超过" + MAX_SOURCE + "字"));
            }
            if (from != null && to != null && from.id() == to.id()) {
                rowErrors.add(new ImportError(r.number(), column(index, RelationColumns.TO_USCC, RelationColumns.TO_NAME),
                        "供方与需方是同一家企业（" + from.name() + "）"));
            }
            if (!rowErrors.isEmpty() || from == null || to == null || kind.isEmpty()) {
                errors.addAll(rowErrors);
                continue;
            }
            long a = from.id();
            long b = to.id();
            if (kind.get() == RelationKind.COOPERATION && a > b) {
                long t = a;
                a = b;
                b = t;
            }
            Integer first = seen.putIfAbsent(a + ":" + b + ":" + kind.get(), r.number());
            if (first != null) {
                errors.add(new ImportError(r.number(), RelationColumns.KIND.header,
                        "与第" + first + "行重复（同两家企业、同一关系类型）"));
                continue;
            }
            out.add(new Checked(r.number(), new NewRelation(a, b, kind.get(), amount, source)));
        }
        return out;
    }

    private static Ref side(RawRow r, Map<RelationColumns, Integer> index, RelationColumns usccColumn,
                            RelationColumns nameColumn, String label, Map<String, Ref> byUscc,
                            Map<String, List<Ref>> byName, List<ImportError> errors) {
        String uscc = cell(r, index, usccColumn).replaceAll("\\s", "").toUpperCase();
        String name = cell(r, index, nameColumn);
        if (!uscc.isEmpty()) {
            Ref ref = byUscc.get(uscc);
            if (ref == null) {
                errors.add(new ImportError(r.number(), usccColumn.header,
                        "企业库中没有统一社会信用代码为" + uscc + "的企业（请先导入该企业）"));
                return null;
            }
            if (!name.isEmpty() && !name.equals(ref.name())) {
                errors.add(new ImportError(r.number(), nameColumn.header,
                        "与统一社会信用代码对应的企业“" + ref.name() + "”不一致"));
                return null;
            }
            return ref;
        }
        if (name.isEmpty()) {
            errors.add(new ImportError(r.number(), index.containsKey(nameColumn) ? nameColumn.header : usccColumn.header,
                    label + "统一社会信用代码和企业名称不能都为空"));
            return null;
        }
        List<Ref> found = byName.getOrDefault(name, List.of());
        if (found.isEmpty()) {
            errors.add(new ImportError(r.number(), nameColumn.header, "企业库中没有名为“" + name + "”的企业（请先导入该企业，或填写统一社会信用代码）"));
            return null;
        }
        if (found.size() > 1) {
            errors.add(new ImportError(r.number(), nameColumn.header,
                    "企业库中有" + found.size() + "家企业名为“" + name + "”，请填写统一社会信用代码"));
            return null;
        }
        return found.get(0);
    }

    private static BigDecimal amount(RawRow r, Map<RelationColumns, Integer> index, List<ImportError> errors) {
        String t = cell(r, index, RelationColumns.AMOUNT).replace(",", "").replace("，", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(t);
            if (v.signum() < 0 || v.compareTo(MAX_AMOUNT) > 0) {
                errors.add(new ImportError(r.number(), RelationColumns.AMOUNT.header, "金额应为不小于0的合理数值（万元）：" + t));
                return null;
            }
            return v.setScale(2, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            errors.add(new ImportError(r.number(), RelationColumns.AMOUNT.header, "不是有效的数字（万元）：" + t));
            return null;
        }
    }

    private static String column(Map<RelationColumns, Integer> index, RelationColumns uscc, RelationColumns name) {
        return index.containsKey(name) ? name.header : uscc.header;
    }

    private static String cell(RawRow r, Map<RelationColumns, Integer> index, RelationColumns c) {
        Integer i = index.get(c);
        return i == null ? "" : r.cell(i);
    }

    @Override
    public byte[] importTemplate() {
        Map<RelationColumns, String> ex = RelationColumns.example();
        return ImportTemplate.workbook("企业关系导入",
                Arrays.stream(RelationColumns.values()).map(c -> c.header + (c.required() ? "*" : "")).toList(),
                Arrays.stream(RelationColumns.values()).map(c -> ex.getOrDefault(c, "")).toList(), 24,
                List.of("第一个工作表的第一行为表头，从第二行起每行一条关系（请删除示例行）。带*的列必填。",
                    "供方、需方：填写统一社会信用代码或企业全称（至少一项）；两者都填时须一致。企业须已在企业库中（先导入企业）。",
                    "企业名称在企业库中不唯一时（例如多家同名企业），必须填写统一社会信用代码。",
                    "关系类型：供应（或采购，供方向需方供货）、投资（供方列为投资方，需方列为被投资方）、合作（不分方向）。",
                    "金额：可选，单位万元。来源：必填，注明数据出处（如企业年报、招投标公告、调研走访）。",
                    "同两家企业、同一关系类型再次导入时更新金额和来源，不会重复。文件中任一行有错误时整个文件都不导入，并列出错误的行和列。"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<EnterpriseRelation> involving(Collection<Long> enterpriseIds) {
        return rows.involving(enterpriseIds);
    }

    @Override
    public long count() {
        return rows.count();
    }
}
