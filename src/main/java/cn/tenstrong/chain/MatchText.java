package cn.tenstrong.chain;

/**
 * 匹配文本规范化: the form in which segment words and enterprise texts are compared — full-width ASCII to half-width,
 * Latin upper case, excluded activities removed. Not the plan parser's {@code TextNormaliser} (a document's one
 * spelling: line breaks, traditional → simplified) nor {@code AgencyDirectory}'s name key: three forms for three
 * comparisons, one verb ({@code normalise}) for all.
 */
final class MatchText {

    /**
     * Words that make a bracketed remark an excluded activity: "（不含危险化学品）", "(除许可业务外)" must not place an
     * enterprise.
     */
    private static final String[] EXCLUSION_WORDS = {"不含", "除外", "不得", "禁止", "除许可", "除依法"};

    private MatchText() {
    }

    /** Normalises a match term or a text the same way. */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(normalise(s.charAt(i)));
        }
        return b.toString();
    }

    private static char normalise(char c) {
        if (c >= '！' && c <= '～') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            c = ' ';
        }
        if (c >= 'a' && c <= 'z') {
            c = (char) (c - 32);
        }
        return c;
    }

    /**
     * Normalises an enterprise text and drops excluded activities: a bracketed remark that holds one of
     * {@link #EXCLUSION_WORDS} becomes one space, the remark running from an opening bracket to the next bracket of
     * any kind, which must be a closing one. One pass, reading the text exactly as the lazy-quantifier regex it
     * replaced did (MatchTextTest compares them): every text of every placed enterprise goes through here, and every
     * synthetic business scope ends with such a remark.
     */
    static String normaliseText(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int length = s.length();
        char[] out = new char[length];
        int n = 0;
        int i = 0;
        while (i < length) {
            char c = s.charAt(i);
            if (c == '（' || c == '(') {
                int close = i + 1;
                while (close < length && !isBracket(s.charAt(close))) {
                    close++;
                }
                if (close < length && (s.charAt(close) == '）' || s.charAt(close) == ')') && excludes(s, i + 1, close)) {
                    out[n++] = ' ';
                    i = close + 1;
                    continue;
                }
            }
            out[n++] = normalise(c);
            i++;
        }
        return new String(out, 0, n);
    }

    private static boolean isBracket(char c) {
        return c == '（' || c == '(' || c == ')' || c == '）';
    }

    /**
     * Whether one of the exclusion words starts at {@code from} or after it and before {@code to} (they hold no
     * bracket, so none runs past {@code to}).
     */
    private static boolean excludes(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            for (String w : EXCLUSION_WORDS) {
                if (s.startsWith(w, i)) {
                    return true;
                }
            }
        }
        return false;
    }
}
