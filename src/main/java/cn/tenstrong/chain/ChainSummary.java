package cn.tenstrong.chain;

import java.math.BigDecimal;

/**
 * 产业链概况 as stored: what lists and pages show about a chain.
 *
 * @param code              chain slug
 * @param name              中文名称
 * @param industryCode      the platform's industry code (01..11, 0901, 0902)
 * @param industryName      e.g. 新一代信息技术
 * @param basis             whether the plan names the chain or only its field
 * @param sourceNote        the seed sentence behind the chain
 * @param segments          number of segments (all levels)
 * @param leaves            number of leaf segments
 * @param gapQuotient       区位商阈值: a leaf whose Shandong share of placed enterprises is below this fraction of
 *                          Shandong's share of all placed enterprises in the library is weak (default 0.5)
 * @param version           optimistic-lock version of the chain row
 */
public record ChainSummary(String code, String name, String industryCode, String industryName, ChainBasis basis,
                           String sourceNote, int segments, int leaves, BigDecimal gapQuotient, int version) {
}
