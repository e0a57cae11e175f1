package cn.tenstrong.org;

import java.util.List;
import java.util.Optional;

/** 园区名录: the parks with a profile (org/parks.csv), by level and city. Reference data: no scope applies here. */
public interface ParkDirectory {

    /** Every park, by level, then city, then name. */
    List<Park> parks();

    /** The parks of one city (6-digit city code). */
    List<Park> parks(String cityCode);

    Optional<Park> park(long organizationId);
}
