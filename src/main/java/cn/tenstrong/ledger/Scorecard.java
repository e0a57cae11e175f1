package cn.tenstrong.ledger;

import java.util.Map;

/**
 * 评分卡 of an agency or an industry: items, reporting discipline, the share on track, and the {@link ScorecardFigure
 * figures} other modules count per agency (by key, e.g. overdueRectifications: 逾期整改).
 */
public record Scorecard(String key, String name, int itemsLed, int itemsSupported, int reportsDue, int reportsOnTime,
                        Map<ProgressStatus, Integer> byStatus, Map<String, Integer> figures) {

    public Scorecard {
        figures = figures == null ? Map.of() : Map.copyOf(figures);
    }

    /** The same card with the figures given. */
    public Scorecard withFigures(Map<String, Integer> figures) {
        return new Scorecard(key, name, itemsLed, itemsSupported, reportsDue, reportsOnTime, byStatus, figures);
    }

    /** A figure's count (0 when the module counted none). */
    public int figure(String key) {
        return figures.getOrDefault(key, 0);
    }

    public double onTimeRate() {
        return reportsDue == 0 ? 1.0 : (double) reportsOnTime / reportsDue;
    }

    public double onTrackShare() {
        int total = byStatus.values().stream().mapToInt(Integer::intValue).sum();
        int healthy = byStatus.getOrDefault(ProgressStatus.DONE, 0) + byStatus.getOrDefault(ProgressStatus.ON_TRACK, 0);
        return total == 0 ? 0 : (double) healthy / total;
    }
}
