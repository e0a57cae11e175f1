package cn.tenstrong.shared;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * 字符二元组相似度: the one character-bigram similarity of the platform, the Dice coefficient of the two texts'
 * character bigrams (2 × shared / (bigrams of one + bigrams of the other), 0 to 1). Texts are taken as given: each
 * caller brings them to its own form first (project names through {@code project.internal.Names}, plan items to their
 * letters, digits and ideographs).
 *
 * <p>Two measures, because two uses were tuned on different ones and a threshold must not silently move:
 * <ul>
 *   <li>{@link #ofDistinct} — each bigram counts once (sets). Used by 疑似重复 for the names of one enterprise's
 *   projects, flagged at ≥ 0.6 (README "duplicates"); short names, where a repeated bigram says nothing more. Equal
 *   texts are 1 (also two empty names), a text without a bigram (one character or none) is 0 to any other.</li>
 *   <li>{@link #ofCounted} — bigrams counted as often as they occur (multisets), a one-character text counting as its
 *   character. Used by 条目衔接 for a plan item's heading and text, proposed at ≥ 0.5 ({@code SuccessorMatcher}):
 *   paragraphs, where how often a phrase recurs is part of what the item says. Two empty texts are 0.</li>
 * </ul>
 * On texts without a repeated bigram and of two characters or more the two are equal. Characters are code points.
 */
public final class CharacterBigrams {

    private CharacterBigrams() {
    }

    /** Dice coefficient of the sets of character bigrams (each counted once); equal texts are 1. */
    public static double ofDistinct(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        Set<String> x = new HashSet<>(counts(a, false).keySet());
        Set<String> y = counts(b, false).keySet();
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int all = x.size() + y.size();
        x.retainAll(y);
        return 2.0 * x.size() / all;
    }

    /** Dice coefficient of the bigrams counted as often as they occur; a lone character is its own gram. */
    public static double ofCounted(String a, String b) {
        return counted(a).dice(counted(b));
    }

    /** A text's bigrams with their counts, for comparing one text with many without counting it again. */
    public static Counted counted(String text) {
        return new Counted(counts(text, true));
    }

    /** The bigrams of a text with how often each occurs (a one-character text: that character once). */
    public record Counted(Map<String, Integer> grams) {

        public Counted {
            grams = Map.copyOf(grams);
        }

        /** {@link CharacterBigrams#ofCounted} of this text and another. */
        public double dice(Counted other) {
            int size = size() + other.size();
            if (size == 0) {
                return 0;
            }
            int common = 0;
            for (Map.Entry<String, Integer> e : grams.entrySet()) {
                common += Math.min(e.getValue(), other.grams.getOrDefault(e.getKey(), 0));
            }
            return 2.0 * common / size;
        }

        private int size() {
            return grams.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static Map<String, Integer> counts(String text, boolean loneCharacterCounts) {
        int[] cps = (text == null ? "" : text).codePoints().toArray();
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.merge(new String(cps, i, 2), 1, Integer::sum);
        }
        if (loneCharacterCounts && cps.length == 1) {
            grams.put(new String(cps, 0, 1), 1);
        }
        return grams;
    }
}
