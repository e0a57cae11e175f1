package cn.tenstrong.targeting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import cn.tenstrong.chain.ProductWords;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseProduct;
import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.targeting.ChainWeights;
import cn.tenstrong.targeting.Recommendation.Factor;
import cn.tenstrong.targeting.internal.TargetingProperties.Scoring;

/**
 * 推荐得分项: how one candidate scores on 产品匹配, 主营描述, 荣誉标签 and 规模 (行业代码 and 供应链关系 are in
 * {@link IndustryCodeFactor} and {@link SupplyLinks}). Each factor's points are rounded to one decimal, so the explanation adds up exactly.
 */
final class Factors {

    static final String PRODUCT = "产品匹配";
    static final String DESCRIPTION = "主营描述";
    static final String TAGS = "荣誉标签";
    static final String SCALE = "规模";

    private Factors() {
    }

    /** A product of the candidate's 主营产品构成 that names one of the segment's words. */
    record ProductMatch(String product, String word, BigDecimal share, String vintage) {

        /** The share as a percentage, e.g. 57.3%, or "占比未知". */
        String shareText() {
            return share == null ? "占比未知" : percent(share);
        }
    }

    /**
     * The products naming one of the segment's words (the longest word a product contains), largest share first.
     * A product only counts when its name contains the word, never the other way round: 「电子」 is no 「汽车电子」; and
     * only when the word is the product, not a qualifier of another one ({@link ProductWords}: 光刻胶光引发剂 is an
     * initiator, 光刻胶去除剂 a remover).
     */
    static List<ProductMatch> productMatches(List<EnterpriseProduct> products, Collection<String> vocabulary,
                                             ProductWords.Reading reading) {
        List<String> words = vocabulary.stream().filter(w -> !w.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<ProductMatch> out = new ArrayList<>();
        for (EnterpriseProduct p : products) {
            words.stream().filter(w -> reading.namesProduct(p.product(), w)).findFirst().ifPresent(w ->
                    out.add(new ProductMatch(p.product(), w, p.revenueShare(), p.vintage())));
        }
        out.sort(Comparator.comparing((ProductMatch m) -> m.share() == null ? BigDecimal.valueOf(-9) : m.share())
                .reversed());
        return out;
    }

    /**
     * 产品匹配: the largest revenue share among the products naming the segment, full at
     * {@code scoring.productFullShare} (several breakdowns of one report overlap, so shares are not added up).
     */
    static Factor product(List<ProductMatch> matches, boolean hasProducts, ChainWeights w, Scoring scoring) {
        if (matches.isEmpty()) {
            return new Factor(PRODUCT, points(0), w.product(), hasProducts ? "主营产品构成中没有该环节的产品"
                    : "无主营产品构成数据");
        }
        BigDecimal best = matches.get(0).share() == null ? BigDecimal.ZERO : matches.get(0).share().max(BigDecimal.ZERO);
        double ratio = Math.min(1.0, best.doubleValue() / scoring.productFullShare().doubleValue());
        List<String> parts = new ArrayList<>();
        for (ProductMatch m : matches.subList(0, Math.min(3, matches.size()))) {
            parts.add("「" + m.product() + "」" + m.shareText());
        }
        String vintage = matches.get(0).vintage();
        String evidence = "主营产品构成" + (vintage.isEmpty() ? "" : "（" + vintage + "年）") + "：" + String.join("、", parts)
                + (matches.size() > 3 ? "等" + matches.size() + "项" : "") + "；占营业收入"
                + percent(scoring.productFullShare()) + "及以上得满分";
        return new Factor(PRODUCT, points(w.product() * ratio), w.product(), evidence);
    }

    /**
     * The segment's words found in the name, 主营业务/主营产品 and 经营范围 text, in vocabulary order: each where the text
     * names it as a product at least once, not only as a qualifier of another (光刻胶用光引发剂).
     */
    static List<String> descriptionHits(Enterprise e, Collection<String> vocabulary, ProductWords.Reading reading) {
        String text = e.name() + " " + nz(e.businessScope()) + " " + nz(e.mainProducts());
        return vocabulary.stream().filter(x -> !x.isBlank() && reading.namesProduct(text, x)).toList();
    }

    /** 主营描述: the share of {@code scoring.descriptionWords} of the segment's words the text uses. */
    static Factor description(List<String> hits, int vocabularySize, ChainWeights w, Scoring scoring) {
        int needed = Math.max(1, Math.min(scoring.descriptionWords(), vocabularySize));
        double ratio = Math.min(1.0, hits.size() / (double) needed);
        String evidence = hits.isEmpty() ? "名称和主营业务未提到环节词汇"
                : "名称或主营业务提到环节词汇 " + hits.size() + " 个：" + String.join("、", hits.subList(0, Math.min(8, hits.size())));
        return new Factor(DESCRIPTION, points(w.description() * ratio), w.description(), evidence);
    }

    /**
     * 荣誉标签: each confirmed tag earns its points; a tag the enterprise only states about itself (自述, not yet
     * confirmed by a task force) earns {@code selfReportedShare} of them. Added up, capped at the maximum.
     */
    static Factor tags(Enterprise e, ChainWeights w, BigDecimal selfReportedShare) {
        BigDecimal sum = BigDecimal.ZERO;
        List<String> names = new ArrayList<>();
        for (EnterpriseTag t : EnterpriseTag.values()) {
            int p = w.tagPoint(t);
            if (p <= 0) {
                continue;
            }
            if (e.tags().contains(t)) {
                sum = sum.add(BigDecimal.valueOf(p));
                names.add(t.label() + " " + p);
            } else if (e.claimedTags().contains(t) && selfReportedShare.signum() > 0) {
                BigDecimal part = BigDecimal.valueOf(p).multiply(selfReportedShare).setScale(1, RoundingMode.HALF_UP);
                sum = sum.add(part);
                names.add(t.label() + "（自述，按" + selfReportedShare.movePointRight(2).stripTrailingZeros().toPlainString()
                        + "%计）" + part.stripTrailingZeros().toPlainString());
            }
        }
        BigDecimal max = BigDecimal.valueOf(w.tags());
        String evidence = names.isEmpty() ? "无计分的荣誉标签"
                : String.join("、", names) + (sum.compareTo(max) > 0 ? "（合计" + sum.stripTrailingZeros().toPlainString()
                + "，封顶" + w.tags() + "）" : "");
        return new Factor(TAGS, sum.min(max).setScale(1, RoundingMode.HALF_UP), w.tags(), evidence);
    }

    /**
     * 规模: 营业收入 and 员工数, each on a log scale from its floor to its full value, employees weighing
     * {@code scoring.employeeShare}; 注册资本 stands in for revenue only when the revenue is unknown, and a part
     * that is unknown leaves the whole to the other.
     */
    static Factor scale(Enterprise e, ChainWeights w, Scoring scoring) {
        boolean hasRevenue = e.revenue() != null && e.revenue().signum() > 0;
        BigDecimal money = hasRevenue ? e.revenue() : e.registeredCapital();
        Double moneyPart = money == null || money.signum() <= 0 ? null
                : logShare(money.doubleValue(), scoring.revenueFloor().doubleValue(), scoring.revenueFull().doubleValue());
        Double staffPart = e.employees() == null || e.employees() <= 0 ? null
                : logShare(e.employees(), scoring.employeesFloor(), scoring.employeesFull());
        double share = scoring.employeeShare().doubleValue();
        double ratio = moneyPart == null && staffPart == null ? 0
                : moneyPart == null ? staffPart
                : staffPart == null ? moneyPart
                : (1 - share) * moneyPart + share * staffPart;
        List<String> parts = new ArrayList<>();
        if (moneyPart != null) {
            parts.add(hasRevenue ? "营业收入 " + amount(money) + (e.revenueYear() == null ? "" : "（" + e.revenueYear() + "年）")
                    : "注册资本 " + amount(money) + "（无营业收入数据）");
        }
        if (staffPart != null) {
            parts.add("员工 " + new DecimalFormat("#,##0").format(e.employees()) + " 人");
        }
        String evidence = parts.isEmpty() ? "无营业收入、注册资本或员工数据" : String.join("、", parts);
        return new Factor(SCALE, points(w.scale() * ratio), w.scale(), evidence);
    }

    private static double logShare(double value, double floor, double full) {
        return Math.max(0, Math.min(1.0, Math.log10(value / floor) / Math.log10(full / floor)));
    }

    /** 万元 as officials write it: 56.1亿元, 3,500万元. */
    static String amount(BigDecimal wan) {
        if (wan.compareTo(BigDecimal.valueOf(10000)) >= 0) {
            return wan.divide(BigDecimal.valueOf(10000), 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                    + "亿元";
        }
        return new DecimalFormat("#,##0").format(wan.setScale(0, RoundingMode.HALF_UP)) + "万元";
    }

    /** 0.573 → 57.3% */
    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    static BigDecimal points(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
