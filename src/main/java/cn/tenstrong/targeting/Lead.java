package cn.tenstrong.targeting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * 招商线索.
 *
 * @param expectedInvestment 意向投资额, 元, may be null
 * @param projectId          the project created when the lead was signed, else null
 */
public record Lead(long id, Long enterpriseId, String enterpriseName, String industryCode, String chainCode,
                   String segmentCode, String cityCode, long ownerOrgId, String ownerOrgName, LeadStage stage,
                   BigDecimal expectedInvestment, String contact, String notes, Long projectId, String createdBy,
                   Instant updatedAt, int version, List<Step> history) {

    /** One stage change. */
    public record Step(LeadStage from, LeadStage to, java.time.LocalDate on, String note, String by, Instant at) {
    }
}
