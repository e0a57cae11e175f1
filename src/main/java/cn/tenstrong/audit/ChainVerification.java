package cn.tenstrong.audit;

import java.util.List;

/**
 * The result of re-computing the audit log's hash chain: the ids of rows whose hash no longer matches, and whether
 * the newest row anchored outside the database (the checkpoint) is still there.
 *
 * @param anchoredSequence the row the checkpoint names, or null when there is none yet
 * @param tailProblem      why the end of the log cannot be trusted (rows deleted, checkpoint forged or missing),
 *                         or null
 */
public record ChainVerification(long checkedRows, List<Long> brokenIds, Long anchoredSequence, String tailProblem) {

    public boolean intact() {
        return brokenIds.isEmpty() && tailProblem == null;
    }
}
