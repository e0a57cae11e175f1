package cn.tenstrong.evaluation;

import java.util.List;

import cn.tenstrong.org.Park;

/**
 * 园区档案 with the platform's data, scoped like the rest: a park user sees its own park, a city bureau its city's
 * parks, everyone else with evaluation:round:read every park. Another park: FORBIDDEN; no such park: NOT_FOUND.
 */
public interface ParkProfiles {

    /** The parks the caller may see, by level, city, name. */
    List<Park> parks();

    ParkProfile profile(long parkId);

    /**
     * 园区排名: the newest published park round's results of the parks the caller may see, in rank order (a city
     * sees how its parks placed); empty when no park round is published.
     */
    java.util.Optional<RoundResults> ranking();
}
