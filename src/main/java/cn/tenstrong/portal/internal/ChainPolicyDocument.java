package cn.tenstrong.portal.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.tenstrong.chain.ChainAlliance;
import cn.tenstrong.chain.ChainListItem;
import cn.tenstrong.chain.DeclaredGap;
import cn.tenstrong.chain.SupportAgency;
import cn.tenstrong.enterprise.ChainProject;
import cn.tenstrong.enterprise.ChainTarget;
import cn.tenstrong.enterprise.GapFinding;
import cn.tenstrong.enterprise.GapSegment;
import cn.tenstrong.enterprise.SegmentStrength;
import cn.tenstrong.evaluation.RoundResults;
import cn.tenstrong.ledger.LedgerRow;
import cn.tenstrong.ledger.ProgressStatus;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.portal.internal.ChainPolicy.Anchor;
import cn.tenstrong.portal.internal.ChainPolicy.TaskLine;
import cn.tenstrong.shared.AsOf;
import cn.tenstrong.targeting.LeadStage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import static cn.tenstrong.shared.WordText.cells;
import static cn.tenstrong.shared.WordText.header;
import static cn.tenstrong.shared.WordText.heading;
import static cn.tenstrong.shared.WordText.paragraph;

/**
 * 一链一策 as a Word document (POI XWPF, through {@link cn.tenstrong.shared.WordText}): 链长制, the map, the gaps, the
 * N lists, the chain's tasks and bound targets on the 评估日期, the leads by stage and the latest evaluation. Every
 * section says which day its figures are of.
 */
final class ChainPolicyDocument {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ChainPolicyDocument() {
    }

    static byte[] write(ChainPolicy p, Map<ProgressStatus, String> statusLabels, Map<Integer, String> levelLabels,
                        ZoneId zone) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String day = asOfText(p.asOf());
            String generated = STAMP.format(p.generatedAt().atZone(zone));
            heading(doc, p.chain().name() + "产业链“一链一策”（评估日期" + p.asOf().date() + "）", 16);
            paragraph(doc, "产业：" + p.chain().industryName() + "。评估日期：" + day + "；生成时间：" + generated + "。");
            paragraph(doc, "口径：链上任务的完成状态、绑定指标和招商线索阶段按评估日期计算；图谱、短板和清单取自生成时的企业库"
                    + "（企业库不保存历史版本），各节标题注明所用日期。");

            heading(doc, "一、链长制", 13);
            paragraph(doc, "链长：" + (p.chief() == null ? "尚未录入（由系统管理员录入）"
                    : p.chief().name() + "（" + p.chief().post() + "）"));
            paragraph(doc, "包挂单位：" + (p.agencies().isEmpty() ? "尚未确定" : p.agencies().stream()
                    .map(ChainPolicyDocument::agency).collect(Collectors.joining("；"))));
            paragraph(doc, "产业联盟/协会：" + (p.alliances().isEmpty() ? "尚未登记" : p.alliances().stream()
                    .map(ChainPolicyDocument::alliance).collect(Collectors.joining("；"))));

            if (p.segments() != null) {
                heading(doc, "二、产业链图谱（企业库数据，截至" + generated + "）", 13);
                paragraph(doc, "全国基准：库内挂链企业中省内企业占" + p.benchmark().sharePercent().toPlainString() + "%（"
                        + p.benchmark().local() + "/" + p.benchmark().total() + "）；区位商阈值"
                        + p.chain().gapQuotient().stripTrailingZeros().toPlainString() + "。");
                table(doc, List.of("环节", "位置", "省内企业", "挂链企业", "省内占比", "实力"), p.segments().stream()
                        .map(s -> List.of("　".repeat(s.depth()) + s.name(), stage(s.stage()), Integer.toString(s.local()),
                                Integer.toString(s.total()), s.localShare() == null ? "—" : s.localShare().toPlainString() + "%",
                                levelLabels.getOrDefault(s.level(), Integer.toString(s.level())))).toList(), "（无环节）");

                heading(doc, "三、短板环节（截至" + generated + "）", 13);
                table(doc, List.of("环节", "路径", "计算规则与数据", "专班认定"), p.gaps().stream()
                        .map(g -> List.of(g.name(), g.path(), findings(g), declared(g.declared()))).toList(),
                        "本链没有短板环节。");

                heading(doc, "四、N张清单（截至" + generated + "）", 13);
                heading(doc, "（一）链主企业（省内）", 12);
                anchors(doc, p.leaders(), "本链暂无省内链主企业。");
                heading(doc, "（二）骨干企业（省内）", 12);
                anchors(doc, p.backbone(), "本链暂无省内骨干企业。");
                heading(doc, "（三）招商目标企业", 12);
                table(doc, List.of("企业", "环节", "理由"), p.targets().stream().map(ChainPolicyDocument::target).toList(),
                        "暂无招商目标企业。");
                heading(doc, "（四）卡脖子技术", 12);
                items(doc, p.chokePoints(), "暂无卡脖子技术条目。");
                heading(doc, "（五）人才需求", 12);
                items(doc, p.talent(), "暂无人才需求条目。");
                heading(doc, "（六）重点项目", 12);
                table(doc, List.of("项目编号", "项目", "总投资（万元）", "阶段"), p.keyProjects().stream()
                        .map(ChainPolicyDocument::project).toList(), "暂无重点项目。");
            }

            heading(doc, "五、链上任务及进展（评估日期" + day + "）", 13);
            if (p.tasks() == null) {
                paragraph(doc, "（当前账号无权查看工作台账，本节从略。）");
            } else {
                table(doc, List.of("条目", "事项", "牵头单位", "完成状态", "最新进展"), p.tasks().stream()
                        .map(t -> task(t, statusLabels)).toList(), "尚未标记链上任务（由本产业专班在产业链页面标记计划条目）。");
                heading(doc, "六、绑定实时数据的指标（评估日期" + day + "）", 13);
                table(doc, List.of("条目", "指标", "当前值", "状态", "数据来源"), p.boundTargets().stream()
                        .map(e -> List.of(e.getKey().task().item().label(), e.getValue().target().text(),
                                blank(e.getValue().reachedDisplay()), statusLabels.get(e.getValue().status()),
                                e.getValue().liveSource())).toList(), "链上任务中没有绑定实时数据的指标。");
            }

            heading(doc, "七、招商线索（按" + p.asOf().date() + "所处阶段）", 13);
            if (p.leads() == null) {
                paragraph(doc, "（当前账号无权查看招商线索，本节从略。）");
            } else {
                long total = p.leads().values().stream().mapToLong(Long::longValue).sum();
                paragraph(doc, "本链线索" + total + "条（当前账号可见范围）：" + java.util.Arrays.stream(LeadStage.values())
                        .map(s -> s.label() + p.leads().getOrDefault(s, 0L) + "条").collect(Collectors.joining("，")) + "。");
            }

            heading(doc, "八、评价结果", 13);
            evaluation(doc, p.evaluation());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void evaluation(XWPFDocument doc, ChainPolicy.Evaluation e) {
        if (e == null) {
            paragraph(doc, "暂无涉及本产业的已发布评价。");
            return;
        }
        var round = e.results().round();
        paragraph(doc, round.name() + "（" + round.year() + "年度，" + round.schemeName() + "，发布于"
                + (round.publishedAt() == null ? "—" : round.publishedAt().toString().substring(0, 10)) + "）中涉及本产业的参评对象：");
        table(doc, List.of("排名", "参评对象", "总分", "等级", "奖励（万元）"), e.subjects().stream()
                .map(ChainPolicyDocument::result).toList(), "");
    }

    private static List<String> result(RoundResults.SubjectResult s) {
        String award = s.awardUpTo() != null ? "最高" + s.awardUpTo().stripTrailingZeros().toPlainString()
                : s.awardBase() != null ? s.awardBase().stripTrailingZeros().toPlainString() : "";
        return List.of(s.rank() == null ? "—" : s.rank().toString(), s.name(),
                s.total() == null ? "" : s.total().toPlainString(), blank(s.tier()), award);
    }

    private static List<String> task(TaskLine t, Map<ProgressStatus, String> labels) {
        PlanItemView item = t.task().item();
        String what = item.heading() != null && !item.heading().isBlank() ? item.heading() : abbreviate(item.text(), 80);
        String lead = item.lead().stream().map(PlanItemView.Responsible::name).collect(Collectors.joining("、"));
        if (!t.task().inForce()) {
            return List.of(item.label(), what, lead, "条目已不在现行计划中", "");
        }
        LedgerRow row = t.row();
        return List.of(item.label(), what, lead, row == null ? "—" : labels.get(row.status()),
                row == null || row.latestProgress() == null ? "" : abbreviate(row.latestProgress(), 120));
    }

    private static void anchors(XWPFDocument doc, List<Anchor> anchors, String empty) {
        table(doc, List.of("企业", "地区", "环节", "营业收入（万元）", "依据"), anchors == null ? List.of() : anchors.stream()
                .map(a -> List.of(a.name(), a.region(), a.segments(), a.revenue(), a.basis())).toList(), empty);
    }

    private static void items(XWPFDocument doc, List<ChainListItem> items, String empty) {
        table(doc, List.of("名称", "说明", "出处"), items.stream().map(i -> List.of(i.title(), blank(i.detail()),
                i.sourceLabel())).toList(), empty);
    }

    private static void table(XWPFDocument doc, List<String> headers, List<List<String>> rows, String empty) {
        if (rows.isEmpty()) {
            if (!empty.isEmpty()) {
                paragraph(doc, empty);
            }
            return;
        }
        XWPFTable table = doc.createTable(1, headers.size());
        header(table.getRow(0), headers.toArray(String[]::new));
        for (List<String> row : rows) {
            cells(table.createRow(), row.stream().map(ChainPolicyDocument::blank).toArray(String[]::new));
        }
    }

    private static String findings(GapSegment g) {
        List<String> parts = new ArrayList<>(g.findings().stream().map(GapFinding::text).toList());
        if (!g.note().isEmpty()) {
            parts.add(g.note());
        }
        return parts.isEmpty() ? "—" : String.join("；", parts);
    }

    private static String declared(List<DeclaredGap> declared) {
        return declared.isEmpty() ? "—" : declared.stream().map(d -> d.term() + "（" + d.sourceLabel() + "）：" + d.reason())
                .collect(Collectors.joining("；"));
    }

    private static List<String> target(ChainTarget t) {
        return List.of(t.name(), blank(t.segmentCode()), blank(t.reason()));
    }

    private static List<String> project(ChainProject p) {
        return List.of(p.projectRef(), p.name(), p.investment() == null ? "" : p.investment().stripTrailingZeros()
                .toPlainString(), blank(p.stage()));
    }

    private static String agency(SupportAgency a) {
        return a.organizationName() + (a.duty().isEmpty() ? "" : "（" + a.duty() + "）");
    }

    private static String alliance(ChainAlliance a) {
        return a.name() + "（" + a.kind().label() + (a.note().isEmpty() ? "" : "，" + a.note()) + "）";
    }

    private static String stage(String stage) {
        try {
            return cn.tenstrong.chain.Stage.valueOf(stage).label();
        } catch (IllegalArgumentException e) {
            return stage;
        }
    }

    static String asOfText(AsOf asOf) {
        return asOf.capped() ? asOf.date() + "（已结束年度的计划按该年12月31日评估）" : asOf.date().toString();
    }

    private static String abbreviate(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "…" : text;
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
