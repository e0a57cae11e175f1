package cn.tenstrong.audit;

import java.util.List;

/** The result of re-computing the audit log's hash chain: the ids of rows whose hash no longer matches. */
public record ChainVerification(long checkedRows, List<Long> brokenIds) {

    public boolean intact() {
        return brokenIds.isEmpty();
    }
}
