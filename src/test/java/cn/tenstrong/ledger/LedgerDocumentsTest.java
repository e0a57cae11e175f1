package cn.tenstrong.ledger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import cn.tenstrong.ledger.LedgerDocuments.ProgressImportResult;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger as Excel both ways and the round's Word report, on real files. */
class LedgerDocumentsTest extends IntegrationTest {

    @Autowired
    LedgerDocuments documents;
    @Autowired
    ProgressRounds rounds;
    @Autowired
    Ledger ledger;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void excelRoundTripChangesValuesAndABadRowChangesNothing() throws Exception {
        AsUser as = new AsUser(userDetails);
        RoundView round = as.call("zhuanban", () -> rounds.open("01", "MONTH", "Excel测试2022年8月",
                LocalDate.of(2022, 8, 1), LocalDate.of(2022, 8, 31), LocalDate.of(2099, 12, 31)));
        byte[] exported = as.call("agency", () -> documents.ledgerWorkbook("01", ledger.asOf(null)));

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet sheet = wb.getSheet("新一代信息技术");
            assertThat(sheet).isNotNull();
            Row header = sheet.getRow(1);
            assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                    header.getCell(2).getStringCellValue(), header.getCell(3).getStringCellValue(),
                    header.getCell(4).getStringCellValue(), header.getCell(5).getStringCellValue(),
                    header.getCell(6).getStringCellValue(), header.getCell(7).getStringCellValue()))
                    .containsExactly("序号", "任务内容", "牵头单位", "配合单位", "目标", "完成时限", "进展情况", "完成状态");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getRow(2).getCell(7).getStringCellValue()).isIn("已完成", "正常推进", "未报送", "滞后", "严重滞后", "逾期");
            assertThat(wb.getSheetAt(0).getCTWorksheet().isSetAutoFilter()).isTrue();
        }

        // the agency fills in one row it leads: 二.一.2, two targets (3-5场, 10家以上)
        long itemId = ledger.rows("01", null).stream()
                .filter(r -> r.item().label().equals("二.一.2")).findFirst().orElseThrow().item().id();
        byte[] good = edit(exported, itemId, "已举办对接活动4场，12家本地企业进入龙头供应链", "4；12");
        ProgressImportResult ok = as.call("agency", () -> documents.importWorkbook(round.id(), good));
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.applied()).isEqualTo(1);
        ReportView report = rounds.report(round.id(), itemId, orgOf("agency")).orElseThrow();
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.progressText()).startsWith("已举办对接活动4场");
        assertThat(report.valuesByTarget().values()).extracting(v -> v.stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("4", "12");

        long other = ledger.rows("01", null).stream().filter(r -> r.item().label().equals("二.一.3")).findFirst()
                .orElseThrow().item().id();
        byte[] bad = edit(edit(exported, other, "推进重点项目建设", "85；九百亿；210亿"), itemId, "改写", "5；13");
        ProgressImportResult refused = as.call("agency", () -> documents.importWorkbook(round.id(), bad));
        assertThat(refused.applied()).isZero();
        assertThat(refused.errors()).anySatisfy(e -> assertThat(e).contains("第").contains("行").contains("“完成值”列")
                .contains("九百亿"));
        assertThat(rounds.report(round.id(), other, orgOf("agency"))).isEmpty();
    }

    @Test
    void theRoundReportIsAWordDocumentWithTheRoundsFacts() throws Exception {
        RoundView demo = rounds.rounds().stream().filter(RoundView::demo).findFirst().orElseThrow();
        byte[] docx = documents.roundReport(demo.id(), ledger.asOf(null));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String all = text.getText();
            assertThat(all).contains("调度报告（2022年5月（演示））").contains("一、总体情况").contains("二、工作目标完成情况")
                    .contains("三、滞后事项").contains("四、需协调解决的问题").contains("本报告基于演示数据生成")
                    .contains("省工业和信息化厅");
            assertThat(doc.getTables()).hasSizeGreaterThanOrEqualTo(1);
        }
    }

    private long orgOf(String username) {
        return new AsUser(userDetails).call(username, this::currentOrg);
    }

    @Autowired
    cn.tenstrong.access.CurrentUsers currentUsers;

    private long currentOrg() {
        return currentUsers.require().organizationId();
    }

    private static byte[] edit(byte[] workbook, long itemId, String progress, String values) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    if (row.getRowNum() >= 2 && row.getCell(9) != null && (long) row.getCell(9).getNumericCellValue() == itemId) {
                        row.getCell(6).setCellValue(progress);
                        row.getCell(8).setCellValue(values);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
