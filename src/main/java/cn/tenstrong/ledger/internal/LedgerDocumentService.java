package cn.tenstrong.ledger.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.ledger.Ledger;
import cn.tenstrong.ledger.LedgerDocuments;
import cn.tenstrong.ledger.LedgerRow;
import cn.tenstrong.ledger.ProgressRounds;
import cn.tenstrong.ledger.ProgressStatus;
import cn.tenstrong.ledger.ReportDraft;
import cn.tenstrong.ledger.ReportView;
import cn.tenstrong.ledger.RoundView;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.shared.AsOf;
import cn.tenstrong.shared.DomainException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the ledger workbook and the round report, and reads progress back from a filled-in workbook. */
@Service
class LedgerDocumentService implements LedgerDocuments {

    private final Ledger ledger;
    private final ProgressRounds rounds;
    private final CurrentUsers users;
    private final MessageSource messages;

    LedgerDocumentService(Ledger ledger, ProgressRounds rounds, CurrentUsers users, MessageSource messages) {
        this.ledger = ledger;
        this.rounds = rounds;
        this.users = users;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] ledgerWorkbook(String industryCode, AsOf asOf) {
        return LedgerWorkbook.write(ledger.rows(industryCode, null, asOf), "行动计划工作台账", asOf, labels());
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] roundReport(long roundId, AsOf asOf) {
        RoundView round = rounds.round(roundId).orElseThrow(() -> DomainException.notFound("调度轮次不存在"));
        List<LedgerRow> rows = ledger.rows(round.industryCode(), null, asOf);
        Map<Long, String> labels = new HashMap<>();
        rows.forEach(r -> labels.put(r.item().id(), r.industryName() + " " + r.item().label()));
        return RoundReportDocument.write(round, rows, ledger.statusCounts(round.industryCode(), null, asOf),
                rounds.reports(roundId), labels, labels());
    }

    @Override
    @Transactional
    public ProgressImportResult importWorkbook(long roundId, byte[] xlsx) {
        CurrentUser me = users.require();
        RoundView round = rounds.round(roundId).orElseThrow(() -> DomainException.notFound("调度轮次不存在"));
        if (!round.open()) {
            throw DomainException.invalid("本轮调度已关闭，不能再导入");
        }
        Map<Long, LedgerRow> items = new HashMap<>();
        ledger.rows(null, null).forEach(r -> items.put(r.item().id(), r));
        List<String> errors = new ArrayList<>();
        List<ReportDraft> drafts = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            DataFormatter fmt = new DataFormatter();
            for (Sheet sheet : wb) {
                readSheet(sheet, fmt, round, me, items, drafts, errors);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException de) {
                throw de;
            }
            throw new DomainException(DomainException.Kind.INVALID, "文件不是有效的 Excel（.xlsx）文件或已损坏", e);
        }
        if (drafts.isEmpty() && errors.isEmpty()) {
            errors.add("文件中没有填写任何进展（“进展情况”或“完成值”列为空）");
        }
        if (!errors.isEmpty()) {
            return new ProgressImportResult(0, List.copyOf(errors));
        }
        for (ReportDraft draft : drafts) {
            ReportView saved = rounds.save(draft);
            rounds.submit(saved.id(), saved.version());
        }
        return new ProgressImportResult(drafts.size(), List.of());
    }

    private void readSheet(Sheet sheet, DataFormatter fmt, RoundView round, CurrentUser me, Map<Long, LedgerRow> items,
                           List<ReportDraft> drafts, List<String> errors) {
        int headerRow = -1;
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 10) && headerRow < 0; r++) {
            Row row = sheet.getRow(r);
            if (row != null && "序号".equals(text(fmt, row.getCell(0)))) {
                headerRow = r;
                for (Cell c : row) {
                    // "完成值（按目标的单位…）": a header is known by its name before the explanation
                    String name = text(fmt, c);
                    int note = name.indexOf('（');
                    columns.put(note > 0 ? name.substring(0, note) : name, c.getColumnIndex());
                }
            }
        }
        if (headerRow < 0) {
            return;
        }
        for (String needed : List.of("进展情况", "完成值", "条目编号")) {
            if (!columns.containsKey(needed)) {
                errors.add("工作表“" + sheet.getSheetName() + "”缺少“" + needed + "”列，请使用平台导出的台账模板");
                return;
            }
        }
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String where = "工作表“" + sheet.getSheetName() + "”第" + (r + 1) + "行";
            String idText = text(fmt, row.getCell(columns.get("条目编号")));
            String progress = text(fmt, row.getCell(columns.get("进展情况")));
            String values = text(fmt, row.getCell(columns.get("完成值")));
            if (progress.isEmpty() && values.isEmpty()) {
                continue; // nothing filled in
            }
            long itemId;
            try {
                itemId = Long.parseLong(idText.replace(".0", ""));
            } catch (NumberFormatException e) {
                errors.add(where + "“条目编号”列：" + (idText.isEmpty() ? "为空" : "“" + idText + "”不是有效编号"));
                continue;
            }
            LedgerRow item = items.get(itemId);
            if (item == null) {
                errors.add(where + "“条目编号”列：编号 " + itemId + " 不是现行计划中的事项");
                continue;
            }
            if (item.item().lead().stream().noneMatch(l -> l.organizationId() == me.organizationId())) {
                continue; // other agencies' rows are part of the exported ledger; they are not ours to report
            }
            if (progress.equals(nullToEmpty(item.latestProgress())) && values.equals(LedgerWorkbook.values(item))) {
                continue; // the row still shows what was exported: the last accepted progress, not a new report
            }
            if (!round.covers(item.industryCode())) {
                errors.add(where + "：该事项不属于本轮调度的产业");
                continue;
            }
            Optional<ReportView> existing = rounds.report(round.id(), itemId, me.organizationId());
            if (existing.isPresent() && !existing.get().editable()) {
                if (progress.equals(existing.get().progressText())) {
                    continue; // unchanged row of a report already submitted
                }
                errors.add(where + "：本单位该事项的报告已报送或已通过，不能再修改");
                continue;
            }
            if (progress.isEmpty()) {
                errors.add(where + "“进展情况”列：填写了完成值但未填写进展情况");
                continue;
            }
            Map<Long, BigDecimal> targetValues = new LinkedHashMap<>();
            BigDecimal percent = null;
            List<PlanItemView.TargetView> targets = item.item().targets();
            if (!values.isEmpty()) {
                String[] parts = values.split("[；;]", -1);
                if (targets.isEmpty()) {
                    percent = parsePercent(values, where, errors);
                } else if (parts.length != targets.size()) {
                    errors.add(where + "“完成值”列：该事项有 " + targets.size() + " 个指标，填写了 " + parts.length
                            + " 个值（多个值用“；”分隔，按“目标”列的顺序）");
                    continue;
                } else {
                    for (int i = 0; i < parts.length; i++) {
                        String p = parts[i].trim();
                        if (p.isEmpty()) {
                            continue;
                        }
                        BigDecimal v = parseAmount(p);
                        if (v == null) {
                            errors.add(where + "“完成值”列第" + (i + 1) + "个值“" + p + "”不是数字");
                        } else {
                            targetValues.put(targets.get(i).id(), v);
                        }
                    }
                }
            }
            drafts.add(new ReportDraft(round.id(), itemId, progress, targetValues, percent, null,
                    existing.map(ReportView::problems).orElse(""), existing.map(ReportView::version).orElse(0)));
        }
    }

    private static BigDecimal parsePercent(String text, String where, List<String> errors) {
        BigDecimal v = parseAmount(text.replace("%", "").replace("％", "").trim());
        if (v == null || v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.add(where + "“完成值”列：该事项没有量化指标，请填写0到100之间的完成比例（如 60%）");
            return null;
        }
        return v;
    }

    /** A number as officials write it ("1.2亿" → 120000000), or null when it is not one. */
    static BigDecimal parseAmount(String text) {
        try {
            return cn.tenstrong.shared.Amount.parse(text).value();
        } catch (DomainException e) {
            return null;
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String text(DataFormatter fmt, Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            BigDecimal n = BigDecimal.valueOf(cell.getNumericCellValue());
            return n.stripTrailingZeros().toPlainString();
        }
        return fmt.formatCellValue(cell).trim();
    }

    private Map<ProgressStatus, String> labels() {
        Map<ProgressStatus, String> labels = new EnumMap<>(ProgressStatus.class);
        for (ProgressStatus s : ProgressStatus.values()) {
            // documents are always Chinese, whatever locale the thread happens to carry
            labels.put(s, messages.getMessage("ledger.status." + s.name(), null, Locale.SIMPLIFIED_CHINESE));
        }
        return labels;
    }
}
