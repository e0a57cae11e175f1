package cn.tenstrong.chain;

/**
 * 清单条目 (卡脖子技术 or 人才需求) of a chain.
 *
 * @param id          id
 * @param chainCode   the chain
 * @param kind        which list
 * @param title       the technology or the talent need
 * @param detail      remarks
 * @param segmentCode the segment it concerns, may be {@code null}
 * @param version     optimistic-lock version
 * @param seedLine    the seed line it was taken from, {@code null} for entries the task force added
 * @param seedQuote   the seed sentence, verbatim, {@code null} for entries the task force added
 */
public record ChainListItem(long id, String chainCode, ChainListKind kind, String title, String detail,
                            String segmentCode, int version, Integer seedLine, String seedQuote) {

    /** "行动计划第81行" or "专班新增". */
    public String sourceLabel() {
        return seedLine == null ? "专班新增" : "行动计划第" + seedLine + "行";
    }
}
