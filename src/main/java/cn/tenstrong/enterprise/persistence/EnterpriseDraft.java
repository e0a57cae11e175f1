package cn.tenstrong.enterprise.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import cn.tenstrong.enterprise.EnterpriseSource;
import cn.tenstrong.enterprise.EnterpriseTag;

/** A validated enterprise ready to be stored. */
public record EnterpriseDraft(String uscc, String name, String regionCode, String regionName, boolean local,
                              String industryCode, BigDecimal registeredCapital, LocalDate foundedOn,
                              String businessScope, String mainProducts, Set<EnterpriseTag> tags, BigDecimal revenue,
                              Integer employees, EnterpriseSource source, boolean synthetic, boolean needsReview,
                              String reviewNote) {

    public EnterpriseDraft {
        tags = Set.copyOf(tags);
        businessScope = businessScope == null ? "" : businessScope;
        mainProducts = mainProducts == null ? "" : mainProducts;
        regionName = regionName == null ? "" : regionName;
        reviewNote = reviewNote == null ? "" : reviewNote;
    }
}
