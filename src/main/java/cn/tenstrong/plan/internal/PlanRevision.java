package cn.tenstrong.plan.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.plan.ImportPreview;
import cn.tenstrong.plan.ImportPreview.Action;
import cn.tenstrong.plan.ImportPreview.ItemChange;
import cn.tenstrong.plan.ImportPreview.ItemRef;
import cn.tenstrong.plan.ImportPreview.PlanChange;
import cn.tenstrong.plan.ImportPreview.Succession;
import cn.tenstrong.plan.PlanItem;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.plan.SuccessionChoice;
import cn.tenstrong.shared.DomainException;

/**
 * 计划修订: what a new version of a plan changes against the stored one — the item diff (added, changed, removed) and
 * the mapping step (each removed item with its proposed successor among the added ones) — and the importer's choice
 * of successions checked against it. Pure: no database, so it is tested on its own.
 *
 * @param changes     the item diff, in the new version's order, removed items last
 * @param successions each removed item with its proposed successor, or none
 * @param added       the added items, the candidates a removed item may be continued by
 */
record PlanRevision(List<ItemChange> changes, List<Succession> successions, List<ItemRef> added) {

    static final PlanRevision NONE = new PlanRevision(List.of(), List.of(), List.of());

    static PlanRevision of(List<PlanItemView> before, List<PlanItem> after) {
        Map<String, PlanItemView> old = new LinkedHashMap<>();
        before.forEach(i -> old.put(i.itemKey(), i));
        List<ItemChange> changes = new ArrayList<>();
        List<SuccessorMatcher.Candidate> addedCandidates = new ArrayList<>();
        Map<String, ItemRef> addedRefs = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> keys = ItemFingerprint.storedKeys(after);
        for (int i = 0; i < after.size(); i++) {
            PlanItem item = after.get(i);
            String key = keys.get(i);
            seen.add(key);
            PlanItemView was = old.get(key);
            String now = ItemFingerprint.content(item);
            if (was == null) {
                changes.add(new ItemChange(key, label(key), ImportPreview.Kind.ADDED, null, now));
                addedCandidates.add(SuccessorMatcher.Candidate.of(key, item));
                addedRefs.put(key, new ItemRef(key, label(key), item.heading(), item.text()));
            } else if (!ItemFingerprint.content(was).equals(now)) {
                changes.add(new ItemChange(key, label(key), ImportPreview.Kind.CHANGED, ItemFingerprint.content(was), now));
            }
        }
        List<SuccessorMatcher.Candidate> removedCandidates = new ArrayList<>();
        List<ItemRef> removedRefs = new ArrayList<>();
        old.forEach((key, was) -> {
            if (!seen.contains(key)) {
                changes.add(new ItemChange(key, label(key), ImportPreview.Kind.REMOVED, ItemFingerprint.content(was), null));
                removedCandidates.add(SuccessorMatcher.Candidate.of(was));
                removedRefs.add(new ItemRef(key, label(key), was.heading(), was.text()));
            }
        });
        Map<String, SuccessorMatcher.Pair> proposals = new HashMap<>();
        SuccessorMatcher.propose(removedCandidates, addedCandidates).forEach(p -> proposals.put(p.from().key(), p));
        List<Succession> successions = removedRefs.stream().map(r -> {
            SuccessorMatcher.Pair p = proposals.get(r.itemKey());
            return p == null ? new Succession(r, null, null)
                    : new Succession(r, addedRefs.get(p.to().key()), round(p.similarity()));
        }).toList();
        return new PlanRevision(changes, successions, List.copyOf(addedRefs.values()));
    }

    static String label(String key) {
        String[] f = key.split("\\|", -1);
        StringBuilder sb = new StringBuilder(f[1]);
        if (!f[2].isEmpty()) {
            sb.append('.').append(f[2]);
        }
        if (!f[3].isEmpty() && !f[3].equals(f[2])) {
            sb.append('.').append(f[3]);
        }
        if (!f[4].isEmpty()) {
            sb.append('(').append(f[4]).append(')');
        }
        return sb.toString();
    }

    /** An accepted pair of the mapping step, ready to store. */
    record Chosen(ItemRef from, ItemRef to, double similarity, boolean proposed) {
    }

    /**
     * The pairs to store, by plan index: the preview's proposals when the importer sent no mapping, else exactly the
     * pairs sent, each checked against the revision (a removed item, an added item, each at most once).
     */
    static Map<Integer, List<Chosen>> choose(ImportPreview preview, List<SuccessionChoice> choices) {
        Map<Integer, List<Chosen>> chosen = new HashMap<>();
        if (choices == null) {
            for (PlanChange p : preview.plans()) {
                for (Succession s : p.successions()) {
                    if (s.to() != null) {
                        chosen.computeIfAbsent(p.index(), k -> new ArrayList<>())
                                .add(new Chosen(s.from(), s.to(), s.similarity(), true));
                    }
                }
            }
            return chosen;
        }
        Set<String> fromSeen = new HashSet<>();
        Set<String> toSeen = new HashSet<>();
        for (SuccessionChoice c : choices) {
            if (c == null) {
                continue;
            }
            PlanChange plan = preview.plans().stream().filter(p -> p.index() == c.planIndex()).findFirst()
                    .orElseThrow(() -> DomainException.invalid("条目衔接：计划序号超出范围"));
            if (plan.action() != Action.REVISED) {
                throw DomainException.invalid("条目衔接只适用于修订现行版本的计划，“" + plan.title() + "”不是");
            }
            Succession s = plan.successions().stream().filter(x -> x.from().itemKey().equals(c.fromKey())).findFirst()
                    .orElseThrow(() -> DomainException.invalid("条目衔接：“" + shorten(c.fromKey())
                            + "”不是“" + plan.title() + "”本次修订删除的条目"));
            if (!fromSeen.add(plan.index() + "\n" + c.fromKey())) {
                throw DomainException.invalid("条目衔接：原条目 " + s.from().label() + " 出现了不止一次");
            }
            if (c.toKey() == null || c.toKey().isBlank()) {
                continue; // dropped: the removed item is not continued
            }
            ItemRef to = plan.addedItems().stream().filter(a -> a.itemKey().equals(c.toKey())).findFirst()
                    .orElseThrow(() -> DomainException.invalid("条目衔接：“" + shorten(c.toKey())
                            + "”不是“" + plan.title() + "”本次修订新增的条目"));
            if (!toSeen.add(plan.index() + "\n" + c.toKey())) {
                throw DomainException.invalid("条目衔接：新条目 " + to.label() + " 只能承接一个原条目");
            }
            boolean proposed = s.to() != null && s.to().itemKey().equals(to.itemKey());
            double similarity = proposed ? s.similarity() : round(SuccessorMatcher.similarity(words(s.from()), words(to)));
            chosen.computeIfAbsent(plan.index(), k -> new ArrayList<>()).add(new Chosen(s.from(), to, similarity, proposed));
        }
        return chosen;
    }

    /** Proposals the importer dropped or replaced, for the audit entry: "old → proposed". */
    static List<String> dropped(ImportPreview preview, Map<Integer, List<Chosen>> chosen) {
        List<String> dropped = new ArrayList<>();
        for (PlanChange p : preview.plans()) {
            for (Succession s : p.successions()) {
                if (s.to() != null && chosen.getOrDefault(p.index(), List.of()).stream()
                        .noneMatch(c -> c.proposed() && c.from().itemKey().equals(s.from().itemKey()))) {
                    dropped.add(s.from().label() + " → " + s.to().label());
                }
            }
        }
        return dropped;
    }

    private static String words(ItemRef item) {
        return (item.heading() == null ? "" : item.heading()) + " " + item.text();
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static double round(double similarity) {
        return Math.round(similarity * 10_000) / 10_000.0;
    }
}
