package cn.tenstrong.ledger.internal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.ledger.LedgerRow;
import cn.tenstrong.ledger.ProgressStatus;
import cn.tenstrong.plan.ItemKind;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.plan.PlanItemView.Responsible;
import cn.tenstrong.plan.PlanItemView.TargetView;
import cn.tenstrong.plan.Qualifier;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger export writes an item's, an agency's and a report's text that looks like a formula as plain text. */
class LedgerWorkbookFormulaTest {

    @Test
    void formulaLikeTextComesOutQuotePrefixedAndUnchanged() throws Exception {
        PlanItemView item = new PlanItemView(7, 1, null, 1, "TASK|二|一|2|", ItemKind.TASK, "二", "一", "2", null,
                "=HYPERLINK(\"http://example.invalid\",\"点击\")", "+举办对接活动", LocalDate.of(2022, 12, 31),
                List.of(new Responsible(1, "@省工业和信息化厅", false, false)), List.of(),
                List.of(new TargetView(1, "-3场以上", null, new BigDecimal("3"), null, null, "场", Qualifier.MIN)), List.of());
        LedgerRow row = new LedgerRow(item, "01", "新一代信息技术", 2022, LocalDate.of(2022, 12, 31),
                ProgressStatus.ON_TRACK, List.of(new LedgerRow.TargetProgress(item.targets().get(0), null,
                ProgressStatus.ON_TRACK)), null, "=1+1 已举办2场", "2022年8月");
        Map<ProgressStatus, String> labels = new EnumMap<>(ProgressStatus.class);
        for (ProgressStatus s : ProgressStatus.values()) {
            labels.put(s, s.name());
        }
        byte[] file = LedgerWorkbook.write(List.of(row), "工作台账", cn.tenstrong.shared.AsOf.on(java.time.LocalDate.of(2022, 8, 31)), labels);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Row x = wb.getSheet("新一代信息技术").getRow(2);
            assertQuoted(x.getCell(1), "=HYPERLINK(\"http://example.invalid\",\"点击\")。+举办对接活动");
            assertQuoted(x.getCell(2), "@省工业和信息化厅");
            assertQuoted(x.getCell(4), "-3场以上");
            assertQuoted(x.getCell(LedgerWorkbook.COL_PROGRESS), "=1+1 已举办2场");
            assertThat(x.getCell(1).getCellStyle().getWrapText()).as("still wrapped").isTrue();
            assertThat(x.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    private static void assertQuoted(Cell cell, String text) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(text);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as(text).isTrue();
    }
}
