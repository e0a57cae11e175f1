package cn.tenstrong.evaluation.internal;

import static cn.tenstrong.shared.WordText.cells;
import static cn.tenstrong.shared.WordText.header;
import static cn.tenstrong.shared.WordText.heading;
import static cn.tenstrong.shared.WordText.paragraph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import cn.tenstrong.evaluation.RoundResults;
import cn.tenstrong.evaluation.RoundResults.SubjectResult;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * 评价结果公示: title, the scheme and its award rule as quoted, the ranked table (rank, subject, total, tier, award),
 * the subjects not ranked with the reason, and the objections recorded so far.
 */
final class PublicityDocument {

    private PublicityDocument() {
    }

    static byte[] write(RoundResults results) {
        var round = results.round();
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            heading(doc, round.name() + "结果公示", 16);
            if (round.demo()) {
                paragraph(doc, "（本公示基于演示数据生成）");
            }
            List<SubjectResult> ranked = results.results().stream().filter(r -> r.rank() != null).toList();
            List<SubjectResult> unranked = results.results().stream().filter(r -> r.rank() == null).toList();
            paragraph(doc, "根据《" + round.schemeName() + "》（第" + round.schemeVersion() + "版），经申报、市级初审和专家评审，"
                    + round.year() + "年度参评对象" + results.results().size() + "个，参与排名" + ranked.size()
                    + "个。现将评价结果公示如下，公示期间如有异议，请通过平台提出。");

            heading(doc, "一、排名结果", 13);
            XWPFTable table = doc.createTable(1, 6);
            header(table.getRow(0), "排名", "参评对象", "分组", "总分", "等级", "奖励");
            for (SubjectResult r : ranked) {
                cells(table.createRow(), String.valueOf(r.rank()), r.name(), r.cohort() == null ? "" : r.cohort(),
                        ResultText.number(r.total()), r.tier() == null ? "" : r.tier(), ResultText.award(r));
            }
            if (!unranked.isEmpty()) {
                heading(doc, "二、未参与排名的对象", 13);
                XWPFTable other = doc.createTable(1, 3);
                header(other.getRow(0), "参评对象", "状态", "说明");
                for (SubjectResult r : unranked) {
                    cells(other.createRow(), r.name(), ResultText.status(r), String.join("；", r.notes()));
                }
            }
            heading(doc, (unranked.isEmpty() ? "二" : "三") + "、公示异议", 13);
            if (results.objections().isEmpty()) {
                paragraph(doc, "截至本文件生成时，未收到异议。");
            }
            int n = 1;
            for (RoundResults.Objection o : results.objections()) {
                String name = results.results().stream().filter(r -> r.key().equals(o.subjectKey()))
                        .map(SubjectResult::name).findFirst().orElse(o.subjectKey());
                paragraph(doc, (n++) + ". " + name + "：" + o.text());
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
