package cn.tenstrong.ledger;

import java.util.Map;

/** 评分卡 of an agency or an industry: items, reporting discipline and the share on track. */
public record Scorecard(String key, String name, int itemsLed, int itemsSupported, int reportsDue, int reportsOnTime,
                        Map<ProgressStatus, Integer> byStatus) {

    public double onTimeRate() {
        return reportsDue == 0 ? 1.0 : (double) reportsOnTime / reportsDue;
    }

    public double onTrackShare() {
        int total = byStatus.values().stream().mapToInt(Integer::intValue).sum();
        int healthy = byStatus.getOrDefault(ProgressStatus.DONE, 0) + byStatus.getOrDefault(ProgressStatus.ON_TRACK, 0);
        return total == 0 ? 0 : (double) healthy / total;
    }
}
