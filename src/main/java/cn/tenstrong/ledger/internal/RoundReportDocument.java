package cn.tenstrong.ledger.internal;

import static cn.tenstrong.shared.WordText.cells;
import static cn.tenstrong.shared.WordText.header;
import static cn.tenstrong.shared.WordText.heading;
import static cn.tenstrong.shared.WordText.paragraph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.tenstrong.ledger.LedgerRow;
import cn.tenstrong.ledger.ProgressStatus;
import cn.tenstrong.ledger.ReportView;
import cn.tenstrong.ledger.RoundView;
import cn.tenstrong.ledger.StatusCounts;
import cn.tenstrong.plan.ItemKind;
import cn.tenstrong.plan.PlanItemView.Responsible;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** 调度报告: the round's Word report: summary, goals with status, lagging items and their agencies, problems raised. */
final class RoundReportDocument {

    private RoundReportDocument() {
    }

    static byte[] write(RoundView round, List<LedgerRow> rows, StatusCounts counts, List<ReportView> reports,
                        Map<Long, String> itemLabels, Map<ProgressStatus, String> labels) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String scope = round.industryName() == null ? "十强产业" : round.industryName() + "产业";
            heading(doc, scope + "行动计划推进情况调度报告（" + round.periodLabel() + "）", 16);
            paragraph(doc, "评估日期：" + AsOfText.of(counts.asOf()) + "（各事项完成状态均按该日期计算）");
            if (round.demo()) {
                paragraph(doc, "（本报告基于演示数据生成）");
            }
            heading(doc, "一、总体情况", 13);
            long submitted = reports.stream().filter(r -> r.status() != cn.tenstrong.ledger.ReportStatus.DRAFT).count();
            StringBuilder summary = new StringBuilder("本轮调度期间为" + round.periodStart() + "至" + round.periodEnd()
                    + "，报送截止" + round.dueDate() + "。纳入调度事项" + counts.total() + "项，收到进展报告" + submitted + "份。其中");
            for (ProgressStatus s : ProgressStatus.values()) {
                summary.append(labels.get(s)).append(counts.get(s)).append("项，");
            }
            summary.setCharAt(summary.length() - 1, '。');
            paragraph(doc, summary.toString());

            heading(doc, "二、工作目标完成情况", 13);
            List<LedgerRow> goals = rows.stream().filter(r -> r.item().kind() == ItemKind.GOAL).toList();
            XWPFTable table = doc.createTable(1, 5);
            header(table.getRow(0), "序号", "目标", "牵头单位", "完成情况", "状态");
            for (LedgerRow g : goals) {
                XWPFTableRow row = table.createRow();
                String reached = g.targets().stream().filter(t -> t.reached() != null)
                        .map(t -> t.target().text() + "→" + t.reachedDisplay())
                        .collect(Collectors.joining("；"));
                cells(row, g.industryName() + " " + g.item().label(),
                        g.item().heading() != null ? g.item().heading() : abbreviate(g.item().text(), 60),
                        names(g.item().lead()), reached.isEmpty() ? "—" : reached, labels.get(g.status()));
            }

            heading(doc, "三、滞后事项", 13);
            List<LedgerRow> lagging = rows.stream().filter(r -> r.status() == ProgressStatus.BEHIND
                    || r.status() == ProgressStatus.SEVERELY_BEHIND || r.status() == ProgressStatus.OVERDUE).toList();
            if (lagging.isEmpty()) {
                paragraph(doc, "本轮无滞后事项。");
            } else {
                XWPFTable lag = doc.createTable(1, 4);
                header(lag.getRow(0), "序号", "事项", "牵头单位", "状态");
                for (LedgerRow r : lagging) {
                    cells(lag.createRow(), r.industryName() + " " + r.item().label(),
                            r.item().heading() != null ? r.item().heading() : abbreviate(r.item().text(), 60),
                            names(r.item().lead()), labels.get(r.status()));
                }
            }

            heading(doc, "四、需协调解决的问题", 13);
            List<ReportView> problems = reports.stream().filter(r -> !r.problems().isBlank()).toList();
            if (problems.isEmpty()) {
                paragraph(doc, "本轮报告未提出需协调解决的问题。");
            }
            int n = 1;
            for (ReportView r : problems) {
                paragraph(doc, (n++) + ". " + r.organizationName() + "（" + itemLabels.getOrDefault(r.itemId(), "") + "）："
                        + r.problems());
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String names(List<Responsible> list) {
        return list.stream().map(Responsible::name).collect(Collectors.joining("、"));
    }

    private static String abbreviate(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "…" : s;
    }
}
