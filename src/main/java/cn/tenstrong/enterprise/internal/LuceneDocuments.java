package cn.tenstrong.enterprise.internal;

import java.util.Collection;

import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseQuery;
import cn.tenstrong.enterprise.EnterpriseTag;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;

import static cn.tenstrong.enterprise.internal.EnterpriseIndex.*;

/** How an enterprise is written into the Lucene index and how a search reads it (the fields of {@link EnterpriseIndex}). */
final class LuceneDocuments {

    private LuceneDocuments() {
    }

    /** The query for a search: every word in name, products or scope, and the filters. */
    static Query query(EnterpriseQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        // each whitespace-separated word must occur as written in name, products or scope
        for (String word : SearchWords.words(q.text())) {
            SearchWords.Shape shape = SearchWords.shape(word);
            if (shape == null) {
                continue;
            }
            BooleanQuery.Builder fields = new BooleanQuery.Builder();
            fields.add(new BoostQuery(field(NAME, shape), SearchWords.NAME_BOOST), Occur.SHOULD);
            fields.add(new BoostQuery(field(PRODUCTS, shape), SearchWords.PRODUCTS_BOOST), Occur.SHOULD);
            fields.add(field(SCOPE, shape), Occur.SHOULD);
            b.add(fields.build(), Occur.MUST);
            any = true;
        }
        if (!any) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        String region = SearchWords.regionPrefix(q.regionPrefix());
        if (region != null) {
            b.add(new TermQuery(new Term(REGION, region)), Occur.FILTER);
        }
        String industry = SearchWords.industryPrefix(q.industryPrefix());
        if (!industry.isEmpty()) {
            b.add(new PrefixQuery(new Term(INDUSTRY, industry)), Occur.FILTER);
        }
        for (EnterpriseTag tag : q.tags()) {
            b.add(new TermQuery(new Term(TAG, tag.name())), Occur.FILTER);
        }
        if (q.capitalMin() != null || q.capitalMax() != null) {
            double min = q.capitalMin() == null ? Double.NEGATIVE_INFINITY : q.capitalMin().doubleValue();
            double max = q.capitalMax() == null ? Double.POSITIVE_INFINITY : q.capitalMax().doubleValue();
            b.add(DoublePoint.newRangeQuery(CAPITAL, min, max), Occur.FILTER);
        }
        if (q.needsReview()) {
            b.add(new TermQuery(new Term(REVIEW, "1")), Occur.FILTER);
        }
        return b.build();
    }

    /**
     * Candidates for a list: any of the words in name, products or scope (the first SearchWords.MAX_ANY_WORDS of them),
     * outside a region, real enterprises only unless synthetic ones are asked for; null when no word is searchable.
     */
    static Query anyWords(Collection<String> words, String excludedRegionPrefix, boolean includeSynthetic) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : words) {
            SearchWords.Shape shape = word == null ? null : SearchWords.shape(word);
            if (shape == null || clauses == SearchWords.MAX_ANY_WORDS) {
                continue;
            }
            b.add(new BoostQuery(field(NAME, shape), SearchWords.NAME_BOOST), Occur.SHOULD);
            b.add(new BoostQuery(field(PRODUCTS, shape), SearchWords.PRODUCTS_BOOST), Occur.SHOULD);
            b.add(field(SCOPE, shape), Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) {
            return null;
        }
        // the word clauses directly in the top query, one of them required: a top-level disjunction, which Lucene
        // scores with MaxScore (skipping documents that cannot enter the best n); nested as one required clause it was
        // a WAND scorer under a conjunction, 1.5× slower at 1M for the same documents and scores
        b.setMinimumNumberShouldMatch(1);
        String region = SearchWords.regionPrefix(excludedRegionPrefix);
        if (region != null) {
            b.add(new TermQuery(new Term(REGION, region)), Occur.MUST_NOT);
        }
        if (!includeSynthetic) {
            // a filter the conjunction can lead with (few real enterprises among millions of synthetic ones), where
            // an exclusion would visit every synthetic match first
            b.add(new TermQuery(new Term(SYNTHETIC, "0")), Occur.FILTER);
        }
        return b.build();
    }

    /** A word as a query on one field (see {@link SearchWords} for the shapes). */
    static Query field(String field, SearchWords.Shape shape) {
        if (shape instanceof SearchWords.Term t) {
            return new TermQuery(new Term(field, t.text()));
        }
        if (shape instanceof SearchWords.LoneCharacter c) {
            return new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(field, c.text())), Occur.SHOULD)
                    .add(new PrefixQuery(new Term(field, c.text())), Occur.SHOULD)
                    .add(new WildcardQuery(new Term(field, "?" + c.text())), Occur.SHOULD).build();
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        ((SearchWords.Phrase) shape).terms().forEach(t -> phrase.add(new Term(field, t.text()), t.position()));
        return phrase.build();
    }

    /** The document of one enterprise: analysed text, filter terms, capital and revenue. */
    static Document document(Enterprise e) {
        Document d = new Document();
        d.add(new StringField(ID, Long.toString(e.id()), Field.Store.YES));
        d.add(new TextField(NAME, e.name(), Field.Store.NO));
        d.add(new TextField(SCOPE, e.businessScope() == null ? "" : e.businessScope(), Field.Store.NO));
        d.add(new TextField(PRODUCTS, e.mainProducts() == null ? "" : e.mainProducts(), Field.Store.NO));
        if (e.regionCode() != null) {
            String r = e.regionCode();
            d.add(new StringField(REGION, r.substring(0, 2), Field.Store.NO));
            d.add(new StringField(REGION, r.substring(0, 4), Field.Store.NO));
            d.add(new StringField(REGION, r, Field.Store.NO));
        }
        if (e.industryCode() != null) {
            d.add(new StringField(INDUSTRY, e.industryCode(), Field.Store.NO));
        }
        for (EnterpriseTag t : e.tags()) {
            d.add(new StringField(TAG, t.name(), Field.Store.NO));
        }
        if (e.registeredCapital() != null) {
            d.add(new DoublePoint(CAPITAL, e.registeredCapital().doubleValue()));
        }
        d.add(new NumericDocValuesField(REVENUE, e.revenue() == null ? 0 : e.revenue().longValue()));
        if (e.needsReview()) {
            d.add(new StringField(REVIEW, "1", Field.Store.NO));
        }
        d.add(new StringField(SYNTHETIC, e.synthetic() ? "1" : "0", Field.Store.NO));
        return d;
    }
}
