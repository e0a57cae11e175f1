package cn.tenstrong.targeting.internal;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;

import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.targeting.internal.Factors.ProductMatch;

/**
 * 推荐理由: one plain sentence on why this enterprise fits this segment, built from the same facts the factors
 * scored (the product and its revenue share, the words its main business uses, its scale, honours and relations),
 * e.g. 主营产品「液压油缸」占营业收入57.3%（2021年），与专班认定短板「液压件」直接对应；2024年营收93.9亿元、员工7,454人；上市公司（601100.SH）.
 */
final class FitSentence {

    /** Below this share of revenue a matching product is a side line. */
    static final java.math.BigDecimal SIDE_LINE = new java.math.BigDecimal("0.05");

    private FitSentence() {
    }

    /**
     * What the enterprise is measured against.
     *
     * @param label e.g. 专班认定短板「汽车芯片」 or 环节「液压件」
     */
    record Target(String label) {

        static Target of(String segmentName, String declaredTerm) {
            return new Target(declaredTerm == null ? "环节「" + segmentName + "」" : "专班认定短板「" + declaredTerm + "」");
        }
    }

    /**
     * @param placedHow how it is placed on the segment (e.g. 自动匹配), null when it is not
     * @param codeMatch whether its industry code falls in the segment's classes, or its SW industry names the segment
     * @param relation  the first relation with a local 链主/骨干, null for none
     */
    static String of(Enterprise e, Target target, List<ProductMatch> products, List<String> hits, String placedHow,
                     boolean codeMatch, String relation) {
        List<String> parts = new ArrayList<>();
        ProductMatch m = products.isEmpty() ? null : products.get(0);
        // a side line (a few per cent of revenue) does not lead the sentence when the main business names the segment
        boolean productLeads = m != null && (hits.isEmpty()
                || (m.share() != null && m.share().compareTo(SIDE_LINE) >= 0));
        if (productLeads) {
            parts.add("主营产品「" + m.product() + "」" + share(m) + "，与" + target.label() + "直接对应");
        } else if (!hits.isEmpty()) {
            parts.add("主营业务写明" + quoted(hits.subList(0, Math.min(3, hits.size()))) + "，与" + target.label() + "相关"
                    + (m == null ? "" : "，其中产品「" + m.product() + "」" + share(m)));
        } else if (placedHow != null) {
            parts.add("已挂链" + target.label() + "（" + placedHow + "）");
        } else if (codeMatch) {
            // listed companies have no GB/T class: the SW2021 industry is what matched
            String sw = e.swIndustryName();
            parts.add((e.industryCode() == null || e.industryCode().isBlank()) && !sw.isEmpty()
                    ? "申万行业“" + sw.substring(sw.lastIndexOf('/') + 1) + "”属于" + target.label() + "所在行业"
                    : "行业代码属于" + target.label() + "的行业分类");
        } else {
            parts.add("与" + target.label() + "的关联较弱（未见产品或主营业务对应）");
        }
        String scale = scale(e);
        if (!scale.isEmpty()) {
            parts.add(scale);
        }
        String honours = honours(e);
        if (!honours.isEmpty()) {
            parts.add(honours);
        }
        if (relation != null) {
            parts.add(relation);
        }
        return String.join("；", parts);
    }

    private static String share(ProductMatch m) {
        return m.share() == null ? "（营业收入占比未知）"
                : "占营业收入" + m.shareText() + (m.vintage().isEmpty() ? "" : "（" + m.vintage() + "年）");
    }

    private static String quoted(List<String> words) {
        StringBuilder b = new StringBuilder();
        words.forEach(w -> b.append('「').append(w).append('」'));
        return b.toString();
    }

    /** 2024年营收93.9亿元、员工7,454人 */
    static String scale(Enterprise e) {
        List<String> parts = new ArrayList<>();
        if (e.revenue() != null && e.revenue().signum() > 0) {
            parts.add((e.revenueYear() == null ? "" : e.revenueYear() + "年") + "营收" + Factors.amount(e.revenue()));
        }
        if (e.employees() != null && e.employees() > 0) {
            parts.add("员工" + new DecimalFormat("#,##0").format(e.employees()) + "人");
        }
        return String.join("、", parts);
    }

    /** Honours in the words officials use; self-reported ones say so, 上市 names the stock code. */
    static String honours(Enterprise e) {
        List<String> parts = new ArrayList<>();
        for (EnterpriseTag t : EnterpriseTag.values()) {
            boolean confirmed = e.tags().contains(t);
            if (!confirmed && !e.claimedTags().contains(t)) {
                continue;
            }
            String name = switch (t) {
                case LISTED -> e.stockCode() == null ? "上市公司" : "上市公司（" + e.stockCode() + "）";
                case LITTLE_GIANT -> "专精特新“小巨人”";
                case SPECIALISED -> "专精特新中小企业";
                case SINGLE_CHAMPION -> "制造业单项冠军";
                case HIGH_TECH -> "高新技术企业";
                case GAZELLE -> "瞪羚企业";
                case CHAIN_LEADER -> "链主企业";
            };
            parts.add(confirmed ? name : name + "（自述）");
        }
        return String.join("，", parts);
    }
}
