package cn.tenstrong.chain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import cn.tenstrong.chain.KeywordAutomaton.Hit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The automaton against a matcher that tries every term at every position (the rule written out plainly). */
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

            assertThat(sorted(automaton.find(text))).as("terms %s in %s", terms, text)
                    .isEqualTo(sorted(bruteForce(terms, text)));
        }
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

    private static List<Hit> sorted(List<Hit> hits) {
        return hits.stream().sorted(Comparator.comparingInt(Hit::start)).toList();
    }

    private static String word(Random random, char[] alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return sb.toString();
    }
}
