package cn.tenstrong.evaluation.internal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.tenstrong.evaluation.RoundResults;
import cn.tenstrong.evaluation.RoundResults.Contribution;
import cn.tenstrong.evaluation.RoundResults.SubjectResult;
import cn.tenstrong.evaluation.RoundStage;
import cn.tenstrong.evaluation.RoundView;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Word 公示 and the Excel result table written from a frozen result, read back with POI. */
class ResultDocumentsTest {

    private static final RoundView ROUND = new RoundView(7, 3, "sd-ii-park", 1, "工业互联网园区综合评价", "PARK",
            "2025年工业互联网园区评价", 2025, RoundStage.PUBLICITY, false, Instant.parse("2025-11-01T00:00:00Z"), null, 4);

    private static Contribution c(String code, String name, String raw, String normalised, String weight, String w) {
        return new Contribution(code, name, new BigDecimal(raw), new BigDecimal(normalised), new BigDecimal(weight),
                new BigDecimal(w));
    }

    private static final RoundResults RESULTS = new RoundResults(ROUND, true, List.of(
            new SubjectResult("11", "甲园区", null, new BigDecimal("81.50"), 1, 1, "成长型", "ELIGIBLE", null,
                    BigDecimal.ZERO, new BigDecimal("500"), List.of(c("A1", "投资", "12", "100", "50", "50.00"),
                    c("B1", "专家评分", "63", "63", "50", "31.50")), List.of(), List.of()),
            new SubjectResult("12", "=乙园区", null, new BigDecimal("40"), 2, 2, "潜力型", "ELIGIBLE", null,
                    null, null, List.of(c("A1", "投资", "4", "40", "50", "20.00"),
                    c("B1", "专家评分", "40", "40", "50", "20.00")), List.of(), List.of()),
            new SubjectResult("13", "丙园区", null, new BigDecimal("90"), null, null, null, "VETOED", null,
                    null, null, List.of(c("A1", "投资", "20", "100", "50", "50.00"),
                    c("B1", "专家评分", "80", "80", "50", "40.00")), List.of(), List.of("一票否决：重大安全生产事故"))),
            Map.of(), List.of(new RoundResults.Objection("12", "投资额统计口径有误", "park", Instant.now())));

    @Test
    void thePublicityDocumentRanksTheSubjectsAndListsTheUnrankedAndTheObjections() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(PublicityDocument.write(RESULTS)))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("2025年工业互联网园区评价结果公示");
            XWPFTable ranked = doc.getTables().get(0);
            assertThat(ranked.getRows()).hasSize(3);
            assertThat(ranked.getRow(1).getCell(1).getText()).isEqualTo("甲园区");
            assertThat(ranked.getRow(1).getCell(3).getText()).isEqualTo("81.5");
            assertThat(ranked.getRow(1).getCell(5).getText()).isEqualTo("最高500万元");
            assertThat(ranked.getRow(2).getCell(5).getText()).isEmpty();
            XWPFTable unranked = doc.getTables().get(1);
            assertThat(unranked.getRow(1).getCell(0).getText()).isEqualTo("丙园区");
            assertThat(unranked.getRow(1).getCell(1).getText()).isEqualTo("一票否决");
            assertThat(unranked.getRow(1).getCell(2).getText()).contains("重大安全生产事故");
            assertThat(doc.getParagraphs()).anySatisfy(p ->
                    assertThat(p.getText()).isEqualTo("1. =乙园区：投资额统计口径有误"));
        }
    }

    @Test
    void theWorkbookHasTotalsRanksAndContributionsAsNumbersAndFormulaLikeTextQuoted() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ResultWorkbook.write(RESULTS)))) {
            Sheet sheet = wb.getSheet("评价结果");
            assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("投资（A1）");
            assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("专家评分（B1）");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("甲园区");
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(81.5);
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("最高500万元");
            assertThat(first.getCell(9).getNumericCellValue() + first.getCell(10).getNumericCellValue()).isEqualTo(81.5);
            Row second = sheet.getRow(2);
            assertThat(second.getCell(2).getStringCellValue()).isEqualTo("=乙园区");
            assertThat(second.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
            Row vetoed = sheet.getRow(3);
            assertThat(vetoed.getCell(0).getStringCellValue()).isEmpty();
            assertThat(vetoed.getCell(6).getStringCellValue()).isEqualTo("一票否决");
            Sheet detail = wb.getSheet("指标明细");
            assertThat(detail.getLastRowNum()).isEqualTo(6);
            assertThat(detail.getRow(2).getCell(2).getStringCellValue()).isEqualTo("专家评分");
            assertThat(detail.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(63.0);
        }
    }
}
