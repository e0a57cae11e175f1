package cn.tenstrong.targeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 招商活动 (对接会, 推介会, 博览会, 签约活动 …).
 *
 * @param regionCode   where it was held in Shandong (a city or county), else null; placeName the place's name, or
 *                     the place outside Shandong as written
 * @param cityCode     the Shandong city it counts for and whose bureau keeps it: the place's city when held in
 *                     Shandong, else the organiser's city; null for a provincial event held outside Shandong
 * @param participants 参会企业 from the enterprise library, in the order they were added
 * @param leads        how many of the leads the viewer may see record it as their origin
 * @param signedLeads  of those, how many are signed
 */
public record InvestmentEvent(long id, String name, EventType type, LocalDate heldOn, String regionCode,
                              String placeName, String venue, String cityCode, String cityName, long organiserOrgId,
                              String organiserName, String industryCode, String industryName, String chainCode,
                              String chainName, String description, List<Participant> participants, long leads,
                              long signedLeads, String createdBy, Instant updatedAt, int version) {

    public InvestmentEvent {
        participants = List.copyOf(participants);
    }

    /** A participating enterprise. */
    public record Participant(long enterpriseId, String name, String regionName) {
    }
}
