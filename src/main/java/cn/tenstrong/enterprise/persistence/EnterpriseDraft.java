package cn.tenstrong.enterprise.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import cn.tenstrong.enterprise.EnterpriseListing;
import cn.tenstrong.enterprise.EnterpriseSource;
import cn.tenstrong.enterprise.EnterpriseTag;

/**
 * A validated enterprise ready to be stored. Its identity is the USCC when it has one, else the listing's stock
 * code, else name + province (see {@link #identity()}).
 */
public record EnterpriseDraft(String uscc, String name, String regionCode, String regionName, boolean local,
                              String industryCode, BigDecimal registeredCapital, LocalDate foundedOn,
                              String businessScope, String mainProducts, Set<EnterpriseTag> tags, BigDecimal revenue,
                              Integer employees, EnterpriseSource source, boolean synthetic, boolean needsReview,
                              String reviewNote, EnterpriseListing listing, String swIndustryCode,
                              String swIndustryName, Integer revenueYear, String provenance) {

    public EnterpriseDraft {
        tags = Set.copyOf(tags);
        businessScope = businessScope == null ? "" : businessScope;
        mainProducts = mainProducts == null ? "" : mainProducts;
        regionName = regionName == null ? "" : regionName;
        reviewNote = reviewNote == null ? "" : reviewNote;
        swIndustryName = swIndustryName == null ? "" : swIndustryName;
        provenance = provenance == null ? "" : provenance;
    }

    /** A draft without listing, SW industry or provenance. */
    public EnterpriseDraft(String uscc, String name, String regionCode, String regionName, boolean local,
                           String industryCode, BigDecimal registeredCapital, LocalDate foundedOn, String businessScope,
                           String mainProducts, Set<EnterpriseTag> tags, BigDecimal revenue, Integer employees,
                           EnterpriseSource source, boolean synthetic, boolean needsReview, String reviewNote) {
        this(uscc, name, regionCode, regionName, local, industryCode, registeredCapital, foundedOn, businessScope,
                mainProducts, tags, revenue, employees, source, synthetic, needsReview, reviewNote, null, null, "", null,
                "");
    }

    /** 股票代码, or {@code null}. */
    public String stockCode() {
        return listing == null ? null : listing.stockCode();
    }

    /** Province part of the region code ("" when unknown). */
    public String provinceCode() {
        return regionCode == null || regionCode.length() < 2 ? "" : regionCode.substring(0, 2);
    }

    /** The key that identifies this enterprise in one import: USCC, else stock code, else name + province. */
    public String identity() {
        if (uscc != null && !uscc.isEmpty()) {
            return "U:" + uscc;
        }
        if (stockCode() != null) {
            return "S:" + stockCode();
        }
        return "N:" + name + "@" + provinceCode();
    }
}
