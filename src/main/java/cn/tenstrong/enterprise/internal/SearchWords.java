package cn.tenstrong.enterprise.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * 检索词: how a searched word becomes index terms, shared by both engines so that they are sent the same query.
 * Texts are analysed by Lucene's {@link CJKAnalyzer} without stop words (Chinese as overlapping character bigrams,
 * Latin words lower-cased, full-width folded) — OpenSearch's built-in {@code cjk} analyzer is that same class, given
 * {@code "stopwords": "_none_"} (its default would drop English words such as "the").
 */
final class SearchWords {

    /** Field weights: a word in the 名称 counts three times, in the 主营产品 twice, in the 经营范围 once. */
    static final float NAME_BOOST = 3f;
    static final float PRODUCTS_BOOST = 2f;
    /** Recommendation candidates take at most this many words (three clauses each). */
    static final int MAX_ANY_WORDS = 64;

    private static final Analyzer ANALYZER = new CJKAnalyzer(CharArraySet.EMPTY_SET);

    private SearchWords() {
    }

    /** A term of an analysed word with its position; bigram when it is two CJK characters from a run. */
    record Token(String text, int position, boolean bigram) {
    }

    /** What one word asks of one field. */
    sealed interface Shape permits Term, LoneCharacter, Phrase {
    }

    /** One term, as indexed. */
    record Term(String text) implements Shape {
    }

    /**
     * A lone CJK character is not a term of its own in the index (only the bigrams it starts or ends are), so it
     * matches itself (a character standing alone), any term it starts or any two-character term it ends.
     */
    record LoneCharacter(String text) implements Shape {
    }

    /**
     * Several terms at fixed positions, the fewest bigrams that still cover every character at its place (锂离子电池 →
     * 锂离 _ 子电 电池): matches exactly the texts containing the word and reads fewer postings.
     */
    record Phrase(List<Token> terms) implements Shape {

        Phrase {
            terms = List.copyOf(terms);
        }
    }

    /** The whitespace-separated words of a search text (each must occur). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text == null ? new String[0] : text.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** The shape of a word, or {@code null} when it has no terms (punctuation only). */
    static Shape shape(String word) {
        return shape(analyse(word == null ? "" : word.strip()));
    }

    static Shape shape(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            String t = tokens.get(0).text();
            boolean loneCharacter = t.codePointCount(0, t.length()) == 1 && Character.isIdeographic(t.codePointAt(0));
            return loneCharacter ? new LoneCharacter(t) : new Term(t);
        }
        List<Token> kept = new ArrayList<>();
        int last = tokens.size() - 1;
        for (int i = 0; i <= last; i++) {
            if (i == 0 || i == last || !bigramCovered(tokens, i)) {
                kept.add(tokens.get(i));
            }
        }
        return new Phrase(kept);
    }

    /** A middle bigram may be left out when its neighbours are adjacent bigrams that already cover both its characters. */
    private static boolean bigramCovered(List<Token> tokens, int i) {
        Token before = tokens.get(i - 1);
        Token self = tokens.get(i);
        Token after = tokens.get(i + 1);
        boolean allBigrams = before.bigram() && self.bigram() && after.bigram();
        boolean adjacent = self.position() == before.position() + 1 && after.position() == self.position() + 1;
        // keep every other one: positions 0, 2, 4 … and always the last
        return allBigrams && adjacent && (self.position() - tokens.get(0).position()) % 2 == 1;
    }

    static List<Token> analyse(String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(new Token(term.toString(), position, "<DOUBLE>".equals(type.type())));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** 370000 → 37, 370100 → 3701, 370102 → 370102; 2, 4 or 6 digits pass as they are; anything else is no filter. */
    static String regionPrefix(String raw) {
        String r = raw == null ? "" : raw.strip();
        if (!r.matches("\\d{2}|\\d{4}|\\d{6}")) {
            return null;
        }
        while (r.length() > 2 && r.endsWith("00")) {
            r = r.substring(0, r.length() - 2);
        }
        return r;
    }

    /** An industry code prefix without its section letter (C3985 → 3985), or "" for no filter. */
    static String industryPrefix(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase().replaceFirst("^[A-T](?=\\d)", "");
    }
}
