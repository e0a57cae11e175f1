package cn.tenstrong.evaluation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.tenstrong.evaluation.RoundResults;
import cn.tenstrong.evaluation.RoundResults.Contribution;
import cn.tenstrong.evaluation.RoundResults.SubjectResult;
import cn.tenstrong.shared.SpreadsheetCells;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 评价结果表: one row per subject (rank order as stored) with total, rank, cohort rank, tier, status, award and each
 * indicator's weighted contribution; a second sheet has every indicator's raw and normalised value so a reader can
 * check the arithmetic. Numbers are written as numbers, text through {@link SpreadsheetCells}.
 */
final class ResultWorkbook {

    private ResultWorkbook() {
    }

    static byte[] write(RoundResults results) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SpreadsheetCells cells = SpreadsheetCells.of(wb);
            Map<String, String> indicators = new LinkedHashMap<>();
            results.results().forEach(r -> r.contributions().forEach(c -> indicators.putIfAbsent(c.code(), c.name())));

            Sheet sheet = wb.createSheet("评价结果");
            Row head = sheet.createRow(0);
            String[] fixed = {"排名", "组内排名", "参评对象", "分组", "总分", "等级", "状态", "奖励", "说明"};
            for (int i = 0; i < fixed.length; i++) {
                cells.text(head, i, fixed[i]);
            }
            int col = fixed.length;
            for (var e : indicators.entrySet()) {
                cells.text(head, col++, e.getValue() + "（" + e.getKey() + "）");
            }
            int rowNo = 1;
            for (SubjectResult r : results.results()) {
                Row row = sheet.createRow(rowNo++);
                number(cells, row, 0, r.rank() == null ? null : BigDecimal.valueOf(r.rank()));
                number(cells, row, 1, r.cohortRank() == null ? null : BigDecimal.valueOf(r.cohortRank()));
                cells.text(row, 2, r.name());
                cells.text(row, 3, r.cohort());
                number(cells, row, 4, r.total());
                cells.text(row, 5, r.tier());
                cells.text(row, 6, ResultText.status(r));
                cells.text(row, 7, ResultText.award(r));
                cells.text(row, 8, String.join("；", r.notes()));
                Map<String, BigDecimal> weighted = new LinkedHashMap<>();
                r.contributions().forEach(c -> weighted.put(c.code(), c.weighted()));
                int c = fixed.length;
                for (String code : indicators.keySet()) {
                    number(cells, row, c++, weighted.get(code));
                }
            }

            Sheet detail = wb.createSheet("指标明细");
            Row dh = detail.createRow(0);
            String[] detailHead = {"参评对象", "指标代码", "指标", "原始值", "标准化值", "权重", "得分"};
            for (int i = 0; i < detailHead.length; i++) {
                cells.text(dh, i, detailHead[i]);
            }
            int d = 1;
            for (SubjectResult r : results.results()) {
                for (Contribution c : r.contributions()) {
                    Row row = detail.createRow(d++);
                    cells.text(row, 0, r.name());
                    cells.text(row, 1, c.code());
                    cells.text(row, 2, c.name());
                    number(cells, row, 3, c.raw());
                    number(cells, row, 4, c.normalised());
                    number(cells, row, 5, c.weight());
                    number(cells, row, 6, c.weighted());
                }
            }
            if (results.round().demo()) {
                // a demo round's table says so in the file itself, not only in its name
                Sheet note = wb.createSheet("演示说明");
                cells.text(note.createRow(0), 0, "演示：本表基于演示数据生成（" + results.round().name() + "），不作为评价依据。");
                wb.setSheetOrder("演示说明", 0);
                wb.setActiveSheet(0);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void number(SpreadsheetCells cells, Row row, int column, BigDecimal value) {
        if (value == null) {
            cells.text(row, column, "");
        } else {
            cells.number(row, column, value.doubleValue());
        }
    }
}
