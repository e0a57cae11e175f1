package cn.tenstrong.ledger.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.plan.ItemSuccession;

/**
 * Where progress reported under an item key counts now. Reports are matched to items by industry, year and item
 * key, so a revised plan's item inherits the history of the item with the same key; when a revision renumbered or
 * moved an item and the importer accepted the succession (条目衔接, from the plan module's public API), what was
 * reported under the old key before the revision counts for the new key, through any number of revisions. Pure.
 *
 * <p>A report follows a succession only when it was submitted before the succession was decided: a key that a later
 * revision gives to another item again keeps that item's own reports.
 */
final class ItemLineage {

    static final ItemLineage NONE = new ItemLineage(Map.of());

    private record Step(String toKey, Instant at) {
    }

    /** industry|year|from key → the successions from it, oldest first. */
    private final Map<String, List<Step>> steps;

    private ItemLineage(Map<String, List<Step>> steps) {
        this.steps = steps;
    }

    static ItemLineage of(List<ItemSuccession> successions) {
        Map<String, List<Step>> steps = new HashMap<>();
        for (ItemSuccession s : successions) {
            steps.computeIfAbsent(id(s.industryCode(), s.year(), s.fromKey()), k -> new ArrayList<>())
                    .add(new Step(s.toKey(), s.decidedAt()));
        }
        Map<String, List<Step>> sorted = new HashMap<>();
        steps.forEach((k, v) -> sorted.put(k, v.stream().sorted(Comparator.comparing(Step::at)).toList()));
        return new ItemLineage(Map.copyOf(sorted));
    }

    /**
     * The key under which a record of {@code key}, submitted at {@code submittedAt} (null: long ago), counts now:
     * the key itself, or its successor's, its successor's successor's…
     */
    String current(String industryCode, Integer year, String key, Instant submittedAt) {
        String now = key;
        Instant after = submittedAt == null ? Instant.MIN : submittedAt;
        for (int hops = 0; hops <= steps.size(); hops++) {
            Step next = null;
            for (Step s : steps.getOrDefault(id(industryCode, year, now), List.of())) {
                if (s.at().isAfter(after)) {
                    next = s;
                    break;
                }
            }
            if (next == null) {
                return now;
            }
            now = next.toKey();
            after = next.at();
        }
        return now;
    }

    private static String id(String industryCode, Integer year, String key) {
        return industryCode + "|" + year + "|" + key;
    }
}
