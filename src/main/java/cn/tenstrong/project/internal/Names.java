package cn.tenstrong.project.internal;

import java.text.Normalizer;

import cn.tenstrong.shared.CharacterBigrams;

/** Normalised names for duplicate detection. */
final class Names {

    private Names() {
    }

    /** Full-width folded, punctuation and spaces removed, a trailing 项目 dropped. */
    static String project(String name) {
        String s = base(name);
        return s.endsWith("项目") && s.length() > 2 ? s.substring(0, s.length() - 2) : s;
    }

    /** Enterprise name without legal-form suffixes; "" when none. */
    static String enterprise(String name) {
        String s = base(name);
        for (String suffix : new String[] {"股份有限公司", "有限责任公司", "有限公司", "集团", "公司"}) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) {
                s = s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }

    /**
     * Similarity of two normalised names: {@link CharacterBigrams#ofDistinct}, each bigram once — the measure the
     * duplicate threshold (0.6) was set on.
     */
    static double similarity(String a, String b) {
        return CharacterBigrams.ofDistinct(a, b);
    }

    private static String base(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase();
        return s.replaceAll("[\\p{P}\\p{S}\\s]", "");
    }
}
