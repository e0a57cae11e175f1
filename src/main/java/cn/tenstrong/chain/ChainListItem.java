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
 */
public record ChainListItem(long id, String chainCode, ChainListKind kind, String title, String detail,
                            String segmentCode, int version) {
}
