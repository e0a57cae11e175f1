package cn.tenstrong.chain;

import java.time.Instant;

/**
 * 专班认定短板: a weak link the chain's task force declares, beside the computed ones. Those the seed names carry
 * the seed's line and verbatim sentence; the task force edits the reason or withdraws the entry.
 *
 * @param id            id
 * @param chainCode     the chain
 * @param segmentCode   the segment (any level: the seed sometimes names a whole stage, e.g. 高端海工装备)
 * @param segmentName   its current name
 * @param term          the weak link as written, e.g. 汽车芯片
 * @param reason        why it is weak (initially the seed sentence; the task force may rewrite it)
 * @param origin        from the seed or added by the task force
 * @param seedLine      line of the seed document, {@code null} for entries the task force added
 * @param seedQuote     the seed sentence, verbatim, {@code null} for entries the task force added
 * @param status        in force or withdrawn
 * @param withdrawnNote why it was withdrawn
 * @param updatedBy     who last changed it
 * @param updatedAt     when
 * @param version       optimistic-lock version
 */
public record DeclaredGap(long id, String chainCode, String segmentCode, String segmentName, String term, String reason,
                          Origin origin, Integer seedLine, String seedQuote, Status status, String withdrawnNote,
                          String updatedBy, Instant updatedAt, int version) {

    /** Where a declared gap comes from. */
    public enum Origin {
        /** 行动计划点名. */
        SEED("行动计划点名"),
        /** 专班新增. */
        TASK_FORCE("专班新增");

        private final String label;

        Origin(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** In force or withdrawn (kept for the record). */
    public enum Status {
        /** 有效. */
        ACTIVE("有效"),
        /** 已撤销. */
        WITHDRAWN("已撤销");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** "行动计划第111行" or "专班新增". */
    public String sourceLabel() {
        return seedLine == null ? origin.label() : "行动计划第" + seedLine + "行";
    }
}
