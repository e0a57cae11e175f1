package cn.tenstrong.targeting;

import java.time.LocalDate;
import java.util.List;

/**
 * A 招商活动 to create or change.
 *
 * @param regionCode     where it is held when in Shandong: a city or county (GB/T 2260); else null
 * @param outsidePlace   where it is held when outside Shandong, in words (广东省深圳市, 新加坡); else blank
 * @param venue          场馆 or address, may be blank
 * @param organiserOrgId 主办单位 from the organisation directory
 * @param industryCode   the 十强 industry it serves
 * @param chainCode      the industry chain it serves, may be blank
 * @param enterpriseIds  participating enterprises from the enterprise library (on creation; afterwards they are
 *                       added and removed one by one); null for none
 * @param version        the version read (0 on creation); a stale version is refused (409)
 */
public record EventDraft(String name, EventType type, LocalDate heldOn, String regionCode, String outsidePlace,
                         String venue,
                         Long organiserOrgId, String industryCode, String chainCode, String description,
                         List<Long> enterpriseIds, int version) {
}
