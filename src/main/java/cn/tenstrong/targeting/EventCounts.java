package cn.tenstrong.targeting;

import java.time.LocalDate;
import java.util.List;

/**
 * 招商活动统计: events held in a year up to a day, among those the viewer may see, per industry, per city and per
 * type, with the leads registered from them and how many of those were signed by the day.
 */
public record EventCounts(int year, LocalDate asOf, Group total, List<Group> byIndustry, List<Group> byCity,
                          List<Group> byType) {

    public EventCounts {
        byIndustry = List.copyOf(byIndustry);
        byCity = List.copyOf(byCity);
        byType = List.copyOf(byType);
    }

    /** One row: an industry, a city (key 省级 for provincial events outside Shandong), a type, or the total. */
    public record Group(String key, String label, long events, long participants, long leads, long signedLeads) {
    }
}
