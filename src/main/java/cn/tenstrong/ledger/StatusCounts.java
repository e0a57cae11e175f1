package cn.tenstrong.ledger;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import cn.tenstrong.shared.AsOf;

/**
 * 状态统计: how many items hold each status on one 评估日期. Every page, export and report that counts statuses gets
 * its numbers from here, so the same date gives the same counts everywhere.
 */
public record StatusCounts(AsOf asOf, Map<ProgressStatus, Integer> byStatus) {

    public StatusCounts {
        EnumMap<ProgressStatus, Integer> all = new EnumMap<>(ProgressStatus.class);
        for (ProgressStatus s : ProgressStatus.values()) {
            all.put(s, byStatus.getOrDefault(s, 0));
        }
        byStatus = Collections.unmodifiableMap(all);
    }

    /** The counts of some ledger rows (all computed on {@code asOf}). */
    public static StatusCounts of(AsOf asOf, Collection<LedgerRow> rows) {
        Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
        rows.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return new StatusCounts(asOf, counts);
    }

    public int get(ProgressStatus status) {
        return byStatus.get(status);
    }

    public int total() {
        return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** 已完成 + 正常推进 over all items; 0 without items. */
    public double healthyShare() {
        int total = total();
        return total == 0 ? 0 : (double) (get(ProgressStatus.DONE) + get(ProgressStatus.ON_TRACK)) / total;
    }
}
