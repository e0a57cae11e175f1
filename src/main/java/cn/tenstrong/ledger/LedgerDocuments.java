package cn.tenstrong.ledger;

import java.util.List;

import cn.tenstrong.shared.AsOf;

/** 台账 and 调度报告 as files: the Excel ledger both ways and the round's Word report. */
public interface LedgerDocuments {

    /** The 台账 workbook with every status judged on the 评估日期 (named in each sheet's title). */
    byte[] ledgerWorkbook(String industryCode, AsOf asOf);

    /** The round's 调度报告 with every status and count judged on the 评估日期 (named in the report). */
    byte[] roundReport(long roundId, AsOf asOf);

    /**
     * Applies the progress an agency filled into an exported ledger workbook to its reports in an open round
     * (saved and submitted), all or nothing: when any row is wrong nothing is applied and every problem is listed.
     */
    ProgressImportResult importWorkbook(long roundId, byte[] xlsx);

    /** The outcome of a workbook import: rows applied, or the row-level problems (in Chinese) that stopped it. */
    record ProgressImportResult(int applied, List<String> errors) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }
}
