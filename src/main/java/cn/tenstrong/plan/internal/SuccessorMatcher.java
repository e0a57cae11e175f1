package cn.tenstrong.plan.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.tenstrong.plan.PlanItem;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.plan.Target;
import cn.tenstrong.shared.CharacterBigrams;

/**
 * 条目衔接: for the items a revision removes (their key is gone), the added item that most likely continues each
 * one — the same task renumbered or moved to another section. Pure: no state, no I/O.
 *
 * <p>Similarity is the Dice coefficient over the character bigrams of heading and text, counted as often as they
 * occur ({@link CharacterBigrams#ofCounted}, the measure {@link #THRESHOLD} was set on), over letters, digits and
 * ideographs only, lower case, so punctuation, spacing and case do not count. Pairs at or above {@link #THRESHOLD} are proposed,
 * one to one, best first: the best pair of all is taken, then the best of what is left, and so on. A task split in
 * two keeps the more similar half as its single successor, two tasks merged into one give it to the more similar of
 * them. Pairs whose similarity rounds to the same whole percent are ordered by shared targets, then by shared
 * agencies, then by document order.
 */
final class SuccessorMatcher {

    /** The least similarity proposed. */
    static final double THRESHOLD = 0.5;

    /** An item as the matcher sees it: its key, words, agencies and target texts. */
    record Candidate(String key, String heading, String text, Set<String> agencies, Set<String> targets) {

        Candidate {
            agencies = Set.copyOf(agencies);
            targets = Set.copyOf(targets);
        }

        static Candidate of(String key, PlanItem item) {
            Set<String> agencies = new LinkedHashSet<>(item.lead());
            agencies.addAll(item.support());
            Set<String> targets = new LinkedHashSet<>();
            item.targets().stream().map(Target::text).forEach(targets::add);
            return new Candidate(key, item.heading(), item.text(), agencies, targets);
        }

        static Candidate of(PlanItemView item) {
            Set<String> agencies = new LinkedHashSet<>();
            item.lead().forEach(r -> agencies.add(r.name()));
            item.support().forEach(r -> agencies.add(r.name()));
            Set<String> targets = new LinkedHashSet<>();
            item.targets().forEach(t -> targets.add(t.text()));
            return new Candidate(item.itemKey(), item.heading(), item.text(), agencies, targets);
        }

        String words() {
            return (heading == null ? "" : heading) + " " + (text == null ? "" : text);
        }
    }

    /** A proposed pair: the removed item and its successor. */
    record Pair(Candidate from, Candidate to, double similarity) {
    }

    private SuccessorMatcher() {
    }

    /** The proposed successors, in the order of the removed items; removed items without one are left out. */
    static List<Pair> propose(List<Candidate> removed, List<Candidate> added) {
        record Scored(int from, int to, double similarity, int percent, int targets, int agencies) {
        }
        List<CharacterBigrams.Counted> addedGrams = added.stream().map(c -> bigrams(c.words())).toList();
        List<Scored> scored = new ArrayList<>();
        for (int r = 0; r < removed.size(); r++) {
            CharacterBigrams.Counted grams = bigrams(removed.get(r).words());
            for (int a = 0; a < added.size(); a++) {
                double s = grams.dice(addedGrams.get(a));
                if (s >= THRESHOLD) {
                    scored.add(new Scored(r, a, s, (int) Math.round(s * 100),
                            shared(removed.get(r).targets(), added.get(a).targets()),
                            shared(removed.get(r).agencies(), added.get(a).agencies())));
                }
            }
        }
        scored.sort(Comparator.comparingInt(Scored::percent).reversed()
                .thenComparing(Comparator.comparingInt(Scored::targets).reversed())
                .thenComparing(Comparator.comparingInt(Scored::agencies).reversed())
                .thenComparing(Comparator.comparingDouble(Scored::similarity).reversed())
                .thenComparingInt(Scored::from)
                .thenComparingInt(Scored::to));
        Pair[] byRemoved = new Pair[removed.size()];
        Set<Integer> taken = new HashSet<>();
        for (Scored s : scored) {
            if (byRemoved[s.from()] == null && !taken.contains(s.to())) {
                byRemoved[s.from()] = new Pair(removed.get(s.from()), added.get(s.to()), s.similarity());
                taken.add(s.to());
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (Pair p : byRemoved) {
            if (p != null) {
                pairs.add(p);
            }
        }
        return List.copyOf(pairs);
    }

    /** Dice coefficient of the two items' heading and text bigrams, 0 to 1. */
    static double similarity(Candidate a, Candidate b) {
        return similarity(a.words(), b.words());
    }

    static double similarity(String a, String b) {
        return bigrams(a).dice(bigrams(b));
    }

    /** The counted bigrams of the letters, digits and ideographs of a text, lower case. */
    private static CharacterBigrams.Counted bigrams(String text) {
        int[] cps = (text == null ? "" : text).codePoints().filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase).toArray();
        return CharacterBigrams.counted(new String(cps, 0, cps.length));
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String s : a) {
            if (b.contains(s)) {
                n++;
            }
        }
        return n;
    }
}
