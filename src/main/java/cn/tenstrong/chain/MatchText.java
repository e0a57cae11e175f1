package cn.tenstrong.chain;

import java.util.regex.Pattern;

/**
 * 匹配文本规范化: the form in which segment words and enterprise texts are compared — full-width ASCII to half-width,
 * Latin upper case, excluded activities removed. Not the plan parser's {@code TextNormaliser} (a document's one
 * spelling: line breaks, traditional → simplified) nor {@code AgencyDirectory}'s name key: three forms for three
 * comparisons, one verb ({@code normalise}) for all.
 */
final class MatchText {

    /** "（不含危险化学品）", "(除许可业务外)": excluded activities must not place an enterprise. */
    private static final Pattern EXCLUSION = Pattern.compile(
            "[（(][^（()）]*?(不含|除外|不得|禁止|除许可|除依法)[^（()）]*?[）)]");

    private MatchText() {
    }

    /** Normalises a match term or a text the same way. */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '！' && c <= '～') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 32);
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Normalises an enterprise text and drops excluded activities. */
    static String normaliseText(String s) {
        if (s.isEmpty()) {
            return s;
        }
        return normalise(EXCLUSION.matcher(s).replaceAll(" "));
    }
}
