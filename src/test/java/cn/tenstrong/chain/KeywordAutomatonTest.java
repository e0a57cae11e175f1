package cn.tenstrong.chain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.tenstrong.chain.KeywordAutomaton.Hit;
import cn.tenstrong.enterprise.SyntheticEnterpriseGenerator;
import cn.tenstrong.shared.CsvData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The automaton against a matcher that tries every term at every position (the rule written out plainly), hits in the
 * same order, on random terms and texts and on the catalog's words in synthetic and listed-company texts.
 */
class KeywordAutomatonTest {

    @Test
    void theLongestTermWinsAndLatinTermsStandAlone() {
        KeywordAutomaton a = new KeywordAutomaton(List.of("光刻", "光刻胶", "CT", "PA6", "刻胶"));

        assertThat(a.find("高端光刻胶和光刻机")).containsExactly(new Hit(1, 2, 5), new Hit(0, 6, 8));
        assertThat(a.find("OCTOBER的CT设备")).containsExactly(new Hit(2, 8, 10));
        assertThat(a.find("PA66与PA6")).containsExactly(new Hit(3, 5, 8));
        assertThat(a.find("")).isEmpty();
    }

    @Test
    void findsWhatTryingEveryTermAtEveryPositionFinds() {
        Random random = new Random(20261203);
        char[] alphabet = {'光', '刻', '胶', '材', 'A', 'B', '6', '-'};
        for (int round = 0; round < 2000; round++) {
            Set<String> distinct = new LinkedHashSet<>();
            int count = 1 + random.nextInt(8);
            while (distinct.size() < count) {
                distinct.add(word(random, alphabet, 1 + random.nextInt(4)));
            }
            List<String> terms = List.copyOf(distinct);
            String text = word(random, alphabet, random.nextInt(40));
            KeywordAutomaton automaton = new KeywordAutomaton(terms);

            // in the order the matcher reads them: longest first, leftmost among equals
            assertThat(automaton.find(text)).as("terms %s in %s", terms, text).isEqualTo(bruteForce(terms, text));
        }
    }

    @Test
    void findsTheCatalogWordsThatTryingEveryTermFinds() {
        Set<String> distinct = new LinkedHashSet<>();
        for (ChainSegment s : ChainCatalog.loadDefault().leaves()) {
            for (String t : s.keywords()) {
                distinct.add(MatchText.normalise(t.strip()));
            }
            for (String t : s.products()) {
                distinct.add(MatchText.normalise(t.strip()));
            }
        }
        List<String> terms = distinct.stream().filter(t -> t.length() >= 2).toList();
        KeywordAutomaton automaton = new KeywordAutomaton(terms);
        SyntheticEnterpriseGenerator generator = SyntheticEnterpriseGenerator.withDefaults(5);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            texts.add(MatchText.normaliseText(generator.enterprise(i).businessScope()));
            texts.add(MatchText.normaliseText(generator.enterprise(i).mainProducts()));
        }
        List<Map<String, String>> listed = CsvData.readClasspath("enterprise/reference/listed-companies.csv");
        for (int i = 0; i < listed.size(); i += 20) {
            texts.add(MatchText.normaliseText(listed.get(i).get("main_business")));
        }
        int found = 0;
        for (String text : texts) {
            List<Hit> expected = bruteForce(terms, text);
            assertThat(automaton.find(text)).as(text).isEqualTo(expected);
            found += expected.size();
        }
        assertThat(found).isGreaterThan(500);
    }

    /** Every occurrence that stands alone, then the longest first (leftmost among equals), none overlapping. */
    private static List<Hit> bruteForce(List<String> terms, String text) {
        List<Hit> all = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            String term = terms.get(t);
            for (int start = 0; start + term.length() <= text.length(); start++) {
                int end = start + term.length();
                if (text.startsWith(term, start) && alone(text, start, end)) {
                    all.add(new Hit(t, start, end));
                }
            }
        }
        all.sort(Comparator.comparingInt((Hit h) -> -(h.end() - h.start())).thenComparingInt(Hit::start));
        boolean[] taken = new boolean[text.length()];
        List<Hit> kept = new ArrayList<>();
        for (Hit h : all) {
            boolean free = true;
            for (int p = h.start(); p < h.end(); p++) {
                free &= !taken[p];
            }
            if (free) {
                Arrays.fill(taken, h.start(), h.end(), true);
                kept.add(h);
            }
        }
        return kept;
    }

    private static boolean alone(String text, int start, int end) {
        boolean gluedBefore = latin(text.charAt(start)) && start > 0 && latin(text.charAt(start - 1));
        boolean gluedAfter = latin(text.charAt(end - 1)) && end < text.length() && latin(text.charAt(end));
        return !gluedBefore && !gluedAfter;
    }

    private static boolean latin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static String word(Random random, char[] alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return sb.toString();
    }
}
