package cn.tenstrong.supervision.internal;

import static cn.tenstrong.shared.WordText.cells;
import static cn.tenstrong.shared.WordText.header;
import static cn.tenstrong.shared.WordText.heading;
import static cn.tenstrong.shared.WordText.paragraph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.supervision.InspectionScope;
import cn.tenstrong.supervision.InspectionView;
import cn.tenstrong.supervision.RectificationStatus;
import cn.tenstrong.supervision.RectificationView;
import cn.tenstrong.supervision.Severity;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * 督导报告: one inspection in Word — what was inspected and on what basis, the findings by severity, each 整改 task
 * with its owner, deadline, 验收标准 and status on the 评估日期, what the owners reported by then, and the overdue ones.
 */
final class InspectionReportDocument {

    private InspectionReportDocument() {
    }

    static byte[] write(InspectionView inspection, List<RectificationView> all, LocalDate asOf) {
        List<RectificationView> list = all.stream().filter(r -> r.statusOn(asOf) != null).toList();
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            heading(doc, inspection.title() + "督导报告", 16);
            paragraph(doc, "评估日期：" + asOf + "（各整改的状态、时限与逾期情况均按该日期）");
            heading(doc, "一、督导基本情况", 13);
            String target = switch (inspection.scope()) {
                case ROUND -> "调度轮次“" + inspection.roundLabel() + "”";
                case AGENCY -> "责任单位“" + inspection.organizationName() + "”";
                case INDUSTRY -> inspection.industryName() + "产业";
            };
            paragraph(doc, "督导对象：" + target + (inspection.scope() == InspectionScope.INDUSTRY ? ""
                    : "（" + inspection.industryName() + "产业）") + "；督导日期：" + inspection.inspectedOn() + "。");
            if (!inspection.basis().isBlank()) {
                paragraph(doc, "督导依据：" + inspection.basis());
            }
            Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
            Map<RectificationStatus, Integer> byStatus = new EnumMap<>(RectificationStatus.class);
            int overdue = 0;
            for (RectificationView r : list) {
                bySeverity.merge(r.severity(), 1, Integer::sum);
                byStatus.merge(r.statusOn(asOf), 1, Integer::sum);
                overdue += r.overdueOn(asOf) ? 1 : 0;
            }
            StringBuilder summary = new StringBuilder("本次督导发现问题" + list.size() + "个，其中");
            for (Severity s : List.of(Severity.SEVERE, Severity.SERIOUS, Severity.GENERAL)) {
                summary.append(s.label()).append(bySeverity.getOrDefault(s, 0)).append("个、");
            }
            summary.setCharAt(summary.length() - 1, '。');
            summary.append("截至评估日期，");
            for (RectificationStatus s : RectificationStatus.values()) {
                summary.append(s.label()).append(byStatus.getOrDefault(s, 0)).append("个，");
            }
            summary.append("逾期未整改").append(overdue).append("个。");
            paragraph(doc, summary.toString());

            heading(doc, "二、发现问题及整改任务", 13);
            if (list.isEmpty()) {
                paragraph(doc, "截至评估日期未记录问题。");
            } else {
                XWPFTable table = doc.createTable(1, 7);
                header(table.getRow(0), "序号", "问题", "严重程度", "整改责任单位", "整改时限", "验收标准", "整改状态");
                int n = 1;
                for (RectificationView r : list) {
                    String problem = (r.itemLabel() == null ? "" : "【" + r.itemLabel() + "】") + r.description();
                    String status = r.statusOn(asOf).label() + (r.overdueOn(asOf) ? "（逾期" + r.daysOverdue(asOf) + "天）" : "");
                    cells(table.createRow(), Integer.toString(n++), problem, r.severity().label(), r.ownerName(),
                            r.deadlineOn(asOf).toString(), r.acceptanceCriteria(), status);
                }
            }

            heading(doc, "三、整改落实情况", 13);
            int n = 1;
            boolean any = false;
            for (RectificationView r : list) {
                List<RectificationView.Step> steps = r.history().stream().filter(s -> !s.onDate().isAfter(asOf))
                        .filter(s -> s.from() != null).toList();
                List<RectificationView.ProgressReport> reports = r.reports().stream()
                        .filter(p -> !p.reportedOn().isAfter(asOf)).toList();
                if (steps.isEmpty() && reports.isEmpty()) {
                    n++;
                    continue;
                }
                any = true;
                StringBuilder sb = new StringBuilder(n++ + ". " + r.ownerName() + "：");
                if (!reports.isEmpty()) {
                    RectificationView.ProgressReport last = reports.get(reports.size() - 1);
                    sb.append(last.text()).append("（").append(last.reportedOn()).append("报送")
                            .append(last.evidence().isEmpty() ? "" : "，佐证材料" + last.evidence().size() + "份").append("）。");
                }
                for (RectificationView.Step s : steps) {
                    if (s.to() == RectificationStatus.SUBMITTED) {
                        continue;
                    }
                    sb.append(s.onDate()).append(verb(s.to())).append(s.comment() == null ? "" : "：" + s.comment()).append("；");
                }
                paragraph(doc, sb.toString());
            }
            if (!any) {
                paragraph(doc, "截至评估日期，各责任单位尚未报送整改进展。");
            }

            heading(doc, "四、逾期未整改", 13);
            List<RectificationView> late = list.stream().filter(r -> r.overdueOn(asOf)).toList();
            if (late.isEmpty()) {
                paragraph(doc, "截至评估日期，无逾期未整改的问题。");
            } else {
                XWPFTable table = doc.createTable(1, 4);
                header(table.getRow(0), "问题", "整改责任单位", "整改时限", "逾期天数");
                for (RectificationView r : late) {
                    cells(table.createRow(), r.description(), r.ownerName(), r.deadlineOn(asOf).toString(),
                            Long.toString(r.daysOverdue(asOf)));
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String verb(RectificationStatus to) {
        return switch (to) {
            case RETURNED -> "退回";
            case CLOSED -> "核验销号";
            case CONFIRMED -> "回头看通过";
            case IN_PROGRESS -> "回头看发现问题，重新整改";
            case SUBMITTED -> "报送";
        };
    }
}
