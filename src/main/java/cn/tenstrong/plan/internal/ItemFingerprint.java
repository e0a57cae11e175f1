package cn.tenstrong.plan.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import cn.tenstrong.plan.PlanItem;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.plan.Target;

/**
 * How items are compared across plan revisions: a key that names the item's place in the plan, and
 * a description of its content that is the same whether the item comes from a document or the database.
 */
final class ItemFingerprint {

    private ItemFingerprint() {
    }

    static String key(PlanItem item) {
        return key(item.kind().name(), item.part(), item.section(), item.number(), item.clause());
    }

    static String key(String kind, String part, String section, String number, Integer clause) {
        return kind + "|" + part + "|" + (section == null ? "" : section) + "|" + number + "|"
                + (clause == null ? "" : clause);
    }

    /**
     * The keys the items are stored under: an item's {@link #key(PlanItem)}, or, when an earlier item of the plan
     * already has that key, the key followed by {@code #} and the item's position (1-based).
     */
    static List<String> storedKeys(List<PlanItem> items) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> keys = new java.util.ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String key = key(items.get(i));
            keys.add(seen.add(key) ? key : key + "#" + (i + 1));
        }
        return List.copyOf(keys);
    }

    static String content(PlanItem item) {
        return describe(item.heading(), item.text(), item.lead(), item.support(),
                item.targets().stream().map(ItemFingerprint::target).toList(),
                item.deadline() == null ? "" : item.deadline().toString());
    }

    static String content(PlanItemView item) {
        return describe(item.heading(), item.text(),
                item.lead().stream().map(PlanItemView.Responsible::name).toList(),
                item.support().stream().map(PlanItemView.Responsible::name).toList(),
                item.targets().stream().map(t -> target(t.text(), t.metric(), t.value(), t.low(), t.high(), t.unit(),
                        t.qualifier().name())).toList(),
                item.deadline() == null ? "" : item.deadline().toString());
    }

    static String planHash(List<PlanItem> items) {
        String all = items.stream().map(i -> key(i) + "\n" + content(i)).collect(Collectors.joining("\n\n"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String target(Target t) {
        return target(t.text(), t.metric(), t.value(), t.low(), t.high(), t.unit(), t.qualifier().name());
    }

    private static String target(String text, String metric, java.math.BigDecimal value, java.math.BigDecimal low,
                                 java.math.BigDecimal high, String unit, String qualifier) {
        return text + "[" + (metric == null ? "" : metric) + ";" + plain(value) + ";" + plain(low) + ";" + plain(high)
                + ";" + (unit == null ? "" : unit) + ";" + qualifier + "]";
    }

    private static String plain(java.math.BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }

    private static String describe(String heading, String text, List<String> lead, List<String> support,
                                   List<String> targets, String deadline) {
        return (heading == null ? "" : heading + "。") + text + "\n牵头单位:" + String.join("、", lead) + "\n配合单位:"
                + String.join("、", support) + "\n指标:" + String.join(" ", targets) + "\n时限:" + deadline;
    }
}
