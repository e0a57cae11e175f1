package cn.tenstrong.enterprise;

import java.math.BigDecimal;
import java.util.List;

/**
 * 企业检索条件.
 *
 * @param text          words found in 名称, 经营范围 or 主营产品 (each as written, like ILIKE; Chinese through CJK bigrams); all words must occur
 * @param regionPrefix  region code or prefix: 37 (Shandong), 3701 or 370100 (济南市), 370102 (历下区)
 * @param industryPrefix GB/T 4754 code prefix, e.g. 39 or 3985 (a section letter is ignored)
 * @param tags          required tags (all of them)
 * @param capitalMin    注册资本下限, 万元
 * @param capitalMax    注册资本上限, 万元
 * @param needsReview   only enterprises flagged for review
 * @param offset        paging offset
 * @param limit         page size (1..500)
 */
public record EnterpriseQuery(String text, String regionPrefix, String industryPrefix, List<EnterpriseTag> tags,
                              BigDecimal capitalMin, BigDecimal capitalMax, boolean needsReview, int offset, int limit) {

    public EnterpriseQuery {
        tags = tags == null ? List.of() : List.copyOf(tags);
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(limit, 500));
    }

    /** A text-only query. */
    public static EnterpriseQuery text(String text) {
        return new EnterpriseQuery(text, null, null, List.of(), null, null, false, 0, 50);
    }
}
