package cn.tenstrong.plan.internal.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Brings extracted text to one spelling so that the structure rules need only one form: the
 * full-width forms (U+FF01–FF5E: digits, letters, brackets, colon, semicolon, comma, percent) become
 * their ASCII twins, as NFKC would do, ideographic spaces become spaces, traditional characters
 * become simplified. Chinese 、。“” stay. (A comma is therefore always a clause break, never a
 * thousands separator.) 文本规范化 of a plan document; matching texts on chains have their own form ({@code chain.MatchText}).
 */
final class TextNormaliser {

    /** Where the traditional → simplified character pairs are (derived from OpenCC's t2s table). */
    static final String TRADITIONAL_RESOURCE = "/plan/traditional-simplified.txt";

    /** Lookup built once from the resource; never written afterwards. */
    private static final char[] SIMPLIFY = new char[0x10000];

    static {
        for (int c = 0; c < SIMPLIFY.length; c++) {
            SIMPLIFY[c] = (char) c;
        }
        try (InputStream in = TextNormaliser.class.getResourceAsStream(TRADITIONAL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("缺少繁简对照表 " + TRADITIONAL_RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.length() == 2 && !line.startsWith("#")) {
                    SIMPLIFY[line.charAt(0)] = line.charAt(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("读取繁简对照表失败", e);
        }
    }

    private TextNormaliser() {}

    static String normalise(String s) {
        char[] out = new char[s.length()];
        int o = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\r' -> {
                    if (i + 1 < n && s.charAt(i + 1) == '\n') {
                        continue;
                    }
                    out[o++] = '\n';
                    continue;
                }
                case '\u2028', '\u2029', '\u000B', '\u000C', '\u0085' -> {
                    out[o++] = '\n';
                    continue;
                }
                case '\u3000', '\u00A0', '\t', '\u2002', '\u2003', '\u2009', '\u200B', '\uFEFF' -> {
                    out[o++] = ' ';
                    continue;
                }
                case '\u301C', '\uFF5E' -> {
                    out[o++] = '~';
                    continue;
                }
                default -> { }
            }
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c >= 0x3400) {
                c = SIMPLIFY[c];
            }
            out[o++] = c;
        }
        return new String(out, 0, o);
    }
}
