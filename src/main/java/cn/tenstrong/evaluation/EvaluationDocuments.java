package cn.tenstrong.evaluation;

/**
 * 评价结果文件: the Word 公示 document and the Excel result table of a round. Both exist only once the result is
 * frozen (公示 or 发布) and are built from the stored result, so they match what was published.
 */
public interface EvaluationDocuments {

    /** 评价结果公示 (.docx). */
    byte[] publicityDocument(long roundId);

    /** 评价结果表 (.xlsx): one row per subject with total, rank, tier, award and each indicator's contribution. */
    byte[] resultWorkbook(long roundId);
}
