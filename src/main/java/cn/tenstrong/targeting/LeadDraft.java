package cn.tenstrong.targeting;

import java.math.BigDecimal;

/**
 * A lead to create or change.
 *
 * @param segment qualified segment code "chainCode/segmentCode" or a chain code, may be blank
 */
public record LeadDraft(Long enterpriseId, String enterpriseName, String industryCode, String segment,
                        BigDecimal expectedInvestment, String contact, String notes, int version) {
}
