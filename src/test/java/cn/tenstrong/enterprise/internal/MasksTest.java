package cn.tenstrong.enterprise.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cn.tenstrong.enterprise.SyntheticEnterpriseGenerator;
import cn.tenstrong.shared.CsvData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 屏蔽词替换的预检: masking with the character pre-check gives exactly what the former loop (one {@code replace} per
 * phrase, in file order, kept here as the reference) gave: on every bundled listed-company and product text, on
 * synthetic enterprises, on strings made of pieces of the phrases, and on a table whose replacements make and unmake
 * each other's phrases.
 */
class MasksTest {

    private static String former(Map<String, String> masks, String text) {
        String out = text;
        for (Map.Entry<String, String> m : masks.entrySet()) {
            out = out.replace(m.getKey(), m.getValue());
        }
        return out;
    }

    private static Map<String, String> bundled() {
        Map<String, String> masks = new LinkedHashMap<>();
        CsvData.readClasspath(IndustryGate.MASKS).forEach(r -> masks.put(r.get("phrase"), r.get("replacement")));
        return masks;
    }

    @Test
    void everyBundledAndSyntheticTextIsMaskedAsTheLoopMaskedIt() {
        Map<String, String> masks = bundled();
        IndustryGate gate = IndustryGate.loadDefault();
        List<String> texts = new ArrayList<>();
        for (Map<String, String> c : CsvData.readClasspath(PublicDataLoader.LISTED)) {
            for (String column : List.of("main_business", "business_scope", "main_products_2021")) {
                texts.add(c.get(column));
            }
        }
        CsvData.readClasspath(PublicDataLoader.PRODUCTS).forEach(p -> texts.add(p.get("product")));
        SyntheticEnterpriseGenerator generator = SyntheticEnterpriseGenerator.withDefaults(3);
        for (int i = 0; i < 20_000; i++) {
            texts.add(generator.enterprise(i).businessScope());
            texts.add(generator.enterprise(i).mainProducts());
        }
        int masked = 0;
        for (String text : texts) {
            String expected = text == null || text.isEmpty() ? "" : former(masks, text);
            assertThat(gate.mask(text)).as(text).isEqualTo(expected);
            masked += text != null && !expected.equals(text) ? 1 : 0;
        }
        assertThat(masked).as("texts that hold a phrase").isGreaterThan(100);
    }

    @Test
    void piecesOfThePhrasesAreMaskedAsTheLoopMaskedThem() {
        Map<String, String> masks = bundled();
        List<String> pieces = new ArrayList<>();
        masks.forEach((phrase, replacement) -> {
            pieces.add(phrase);
            pieces.add(replacement);
            pieces.add(phrase.substring(0, phrase.length() / 2));
            pieces.add(phrase.substring(phrase.length() / 2));
        });
        pieces.add("、");
        pieces.add("（不含）");
        assertRandomStringsMaskAlike(masks, pieces, 100_000, 17);
    }

    @Test
    void chainedReplacementsAreMaskedAsTheLoopMaskedThem() {
        // each replacement makes or breaks a later (or earlier) phrase; an empty replacement deletes
        Map<String, String> masks = new LinkedHashMap<>();
        masks.put("ab", "c");
        masks.put("cd", "e");
        masks.put("e", "ab");
        masks.put("ba", "");
        masks.put("abc", "d");
        masks.put("\u0464d", "b"); // U+0464 shares d's bit (0x464 and 0x64 have the same low ten bits)
        Masks chained = new Masks(masks);
        assertThat(chained.apply("abd")).isEqualTo(former(masks, "abd")).isEqualTo("ab");
        List<String> pieces = List.of("a", "b", "c", "d", "e", "\u0430", "\u0464", "x");
        assertRandomStringsMaskAlike(masks, pieces, 200_000, 19);
    }

    private static void assertRandomStringsMaskAlike(Map<String, String> masks, List<String> pieces, int count, long seed) {
        Masks fast = new Masks(masks);
        SplittableRandom random = new SplittableRandom(seed);
        int changed = 0;
        for (int n = 0; n < count; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = 1 + random.nextInt(10); i > 0; i--) {
                s.append(pieces.get(random.nextInt(pieces.size())));
            }
            String text = s.toString();
            String expected = former(masks, text);
            assertThat(fast.apply(text)).as(text).isEqualTo(expected);
            changed += expected.equals(text) ? 0 : 1;
        }
        assertThat(changed).as("strings the masks change").isGreaterThan(count / 10);
    }
}
