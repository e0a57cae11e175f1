package cn.tenstrong.targeting;

import java.math.BigDecimal;

/**
 * A lead to create or change.
 *
 * @param segment    qualified segment code "chainCode/segmentCode" or a chain code, may be blank
 * @param ownerOrgId 跟进单位 to assign (a city bureau or park the user may assign to); null keeps the current one
 *                   (on creation: the user's own organisation)
 * @param version    the version read (0 on creation); a stale version is refused (409)
 * @param eventId    the 招商活动 the lead came out of (one the user may see), else null
 */
public record LeadDraft(Long enterpriseId, String enterpriseName, String industryCode, String segment,
                        BigDecimal expectedInvestment, String contact, String notes, Long ownerOrgId, int version,
                        Long eventId) {

    /** A draft without an event of origin. */
    public LeadDraft(Long enterpriseId, String enterpriseName, String industryCode, String segment,
                     BigDecimal expectedInvestment, String contact, String notes, Long ownerOrgId, int version) {
        this(enterpriseId, enterpriseName, industryCode, segment, expectedInvestment, contact, notes, ownerOrgId,
                version, null);
    }

    /** A draft that keeps (or, on creation, defaults) the owner. */
    public LeadDraft(Long enterpriseId, String enterpriseName, String industryCode, String segment,
                     BigDecimal expectedInvestment, String contact, String notes, int version) {
        this(enterpriseId, enterpriseName, industryCode, segment, expectedInvestment, contact, notes, null, version);
    }
}
