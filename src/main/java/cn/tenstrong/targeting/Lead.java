package cn.tenstrong.targeting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * 招商线索.
 *
 * @param cityCode           the city of the owner (跟进单位): a city bureau's city, or the park's city
 * @param ownerOrgId         跟进单位: a city (county) bureau or a park
 * @param expectedInvestment 意向投资额, 元, may be null
 * @param projectId          the project created when the lead was signed, else null
 * @param history            stage changes, oldest first (empty in lists)
 * @param activities         跟进记录, newest first (empty in lists)
 * @param origin             the recommendation it came from (转为线索), else null
 * @param staleness          滞留 as of today
 * @param eventId            the 招商活动 it came out of, else null (eventName its name)
 */
public record Lead(long id, Long enterpriseId, String enterpriseName, String industryCode, String chainCode,
                   String segmentCode, String cityCode, long ownerOrgId, String ownerOrgName, LeadStage stage,
                   BigDecimal expectedInvestment, String contact, String notes, Long projectId, String createdBy,
                   Instant updatedAt, int version, List<Step> history, List<LeadActivity> activities,
                   LeadOrigin origin, LeadStaleness staleness, Long eventId, String eventName) {

    public Lead {
        history = List.copyOf(history);
        activities = List.copyOf(activities);
    }

    /** "chain/segment", the chain alone, or null. */
    public String qualifiedSegment() {
        return chainCode == null ? null : segmentCode == null ? chainCode : chainCode + "/" + segmentCode;
    }

    /** One stage change. */
    public record Step(LeadStage from, LeadStage to, java.time.LocalDate on, String note, String by, Instant at) {
    }
}
