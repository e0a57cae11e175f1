package cn.tenstrong.supervision.internal;

import cn.tenstrong.shared.DomainException;
import cn.tenstrong.supervision.NewEvidence;
import cn.tenstrong.supervision.persistence.SupervisionRows;

/** 佐证材料 as the ledger takes them: files up to 10 MB with a safe name, links only http(s). */
final class EvidenceRules {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    private EvidenceRules() {
    }

    /** Checks and stores the evidence on a finding or on a progress report. */
    static void store(SupervisionRows rows, Long findingId, Long progressId, NewEvidence e, String actor) {
        if (e == null) {
            throw DomainException.invalid("请上传文件或填写链接");
        }
        if (e.isFile()) {
            if (e.content().length == 0) {
                throw DomainException.invalid("file", "佐证材料文件为空");
            }
            if (e.content().length > MAX_BYTES) {
                throw DomainException.invalid("file", "佐证材料不能超过10 MB");
            }
            String name = e.name() == null || e.name().isBlank() ? "佐证材料" : e.name().replaceAll("[\\\\/\\r\\n\"]", "_").trim();
            rows.insertEvidence(findingId, progressId, "FILE", SupervisionScope.limit(name, 200, "文件名", "file"), null,
                    e.content(), e.contentType() == null ? "application/octet-stream" : e.contentType(), actor);
            return;
        }
        String url = e.url() == null ? "" : e.url().trim();
        if (!url.matches("(?i)https?://\\S{3,1000}")) {
            throw DomainException.invalid("url", "链接须以 http:// 或 https:// 开头");
        }
        String name = e.name() == null || e.name().isBlank() ? url : SupervisionScope.limit(e.name(), 200, "名称", "linkName");
        rows.insertEvidence(findingId, progressId, "LINK", name, url, null, null, actor);
    }
}
