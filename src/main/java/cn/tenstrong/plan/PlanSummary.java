package cn.tenstrong.plan;

import java.time.Instant;

/** 行动计划 as listed: what it is and how much it holds. */
public record PlanSummary(long id, String industryCode, String industryName, String title, Integer year, int revision,
                          String status, int goals, int tasks, int measures, int targets, int agencies,
                          String fileName, Instant importedAt) {

    public int items() {
        return goals + tasks + measures;
    }
}
