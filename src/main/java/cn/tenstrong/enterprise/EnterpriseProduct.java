package cn.tenstrong.enterprise;

import java.math.BigDecimal;

/**
 * 主营产品构成: one product of an enterprise with its share of revenue.
 *
 * @param product      产品名称
 * @param revenueShare share of revenue (0.25 = 25 %), from the annual report's breakdown; several breakdowns may add
 *                     up to more than 1 and offsets are negative; {@code null} when unknown
 * @param source       source key, e.g. CKG21
 * @param vintage      the year (or date) of the breakdown as the source list gives it, e.g. 2021; empty when unknown
 */
public record EnterpriseProduct(String product, BigDecimal revenueShare, String source, String vintage) {

    public EnterpriseProduct {
        vintage = vintage == null ? "" : vintage;
    }

    public EnterpriseProduct(String product, BigDecimal revenueShare, String source) {
        this(product, revenueShare, source, "");
    }
}
