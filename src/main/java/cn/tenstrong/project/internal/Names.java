package cn.tenstrong.project.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

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

    /** Dice coefficient over character bigrams, 0..1. */
    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return 2.0 * common.size() / (x.size() + y.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    private static String base(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase();
        return s.replaceAll("[\\p{P}\\p{S}\\s]", "");
    }
}
