package cn.tenstrong.enterprise.internal;

import java.util.Map;

/**
 * 挂链屏蔽词的替换: the masked phrases (enterprise/reference/placement-masks.csv) replaced in file order, each on the
 * output of the ones before, as {@code String.replace} one after the other would; but a phrase is looked for only
 * when every one of its characters may be in the text. Placement masks three texts of every enterprise it places,
 * and almost no text holds any phrase: one pass over the text marks its characters in a small bit set, and a phrase
 * with an unmarked character is skipped without a scan. A replacement marks its own characters, so the set never
 * misses a character the text holds (it may hold more: then the phrase is looked for, as before).
 */
final class Masks {

    /** Bits of the character set; characters share a bit by their low bits (CJK spreads evenly over them). */
    private static final int BITS = 1024;

    private final String[] phrases;
    private final String[] replacements;
    /** Per phrase, the bits of its distinct characters. */
    private final int[][] phraseBits;
    private final int[][] replacementBits;

    Masks(Map<String, String> masks) {
        int n = masks.size();
        phrases = new String[n];
        replacements = new String[n];
        phraseBits = new int[n][];
        replacementBits = new int[n][];
        int i = 0;
        for (Map.Entry<String, String> m : masks.entrySet()) {
            phrases[i] = m.getKey();
            replacements[i] = m.getValue();
            phraseBits[i] = bits(m.getKey());
            replacementBits[i] = bits(m.getValue());
            i++;
        }
    }

    String apply(String text) {
        long[] present = new long[BITS / 64];
        for (int i = 0; i < text.length(); i++) {
            int bit = bit(text.charAt(i));
            present[bit >>> 6] |= 1L << bit;
        }
        String out = text;
        for (int m = 0; m < phrases.length; m++) {
            if (!mayHold(present, phraseBits[m])) {
                continue;
            }
            String replaced = out.replace(phrases[m], replacements[m]);
            if (replaced != out) {
                for (int bit : replacementBits[m]) {
                    present[bit >>> 6] |= 1L << bit;
                }
                out = replaced;
            }
        }
        return out;
    }

    private static boolean mayHold(long[] present, int[] bits) {
        for (int bit : bits) {
            if ((present[bit >>> 6] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    private static int[] bits(String s) {
        return s.chars().map(c -> bit((char) c)).distinct().toArray();
    }

    private static int bit(char c) {
        return c & (BITS - 1);
    }
}
