package cn.tenstrong.supervision;

import java.time.LocalDate;
import java.util.List;

/** 整改台账 in Excel both ways and the 督导报告 in Word. */
public interface SupervisionDocuments {

    /** The 整改台账 of the 整改 the user may see, statuses and 逾期 judged on the day. */
    byte[] ledgerWorkbook(LocalDate asOf);

    /** The 督导报告 of one inspection: its findings, 整改 tasks and their status on the day. */
    byte[] inspectionReport(long inspectionId, LocalDate asOf);

    /**
     * Applies a filled-in 整改台账: an owner's new 整改进展 (reported for verification), a task force's 核验结果
     * (销号 with its 回头看 date, or 退回 with the reason). All or nothing: when any row is wrong nothing is applied
     * and {@link RectificationImportException} lists every problem by row and column.
     */
    ImportResult importWorkbook(byte[] xlsx);

    /** What an import applied: reports, closures and returns. */
    record ImportResult(int reported, int closed, int returned, List<String> rows) {

        public int applied() {
            return reported + closed + returned;
        }
    }
}
