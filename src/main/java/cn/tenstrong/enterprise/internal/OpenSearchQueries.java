package cn.tenstrong.enterprise.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import cn.tenstrong.enterprise.EnterpriseQuery;
import cn.tenstrong.enterprise.EnterpriseTag;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * The embedded index's queries in OpenSearch's query DSL, clause for clause, so that both engines score alike: the
 * same terms, phrases at the same positions, the same boosts and filters. A phrase of the fewest covering bigrams
 * (锂离 _ 子电 电池) has no DSL of its own: it is sent as a {@code match_phrase} of its terms, the skipped places
 * marked {@value #GAP}, through the index's {@code covering_terms} analyzer (whitespace, then a stop filter that drops
 * the marks and leaves their positions empty) — which builds exactly the Lucene phrase the embedded index runs.
 * <p>
 * OpenSearch 2.x scores BM25 as {@code LegacyBM25Similarity}, (k1 + 1) = 2.2 times Lucene's {@code BM25Similarity}
 * (3.x scores as Lucene does). Relevance clauses scale with it but a lone character's prefix and wildcard clauses
 * score a constant, so they are given that factor as their boost ({@code bm25Scale}): then every OpenSearch score is
 * the embedded score times one constant, and the order is the same.
 */
final class OpenSearchQueries {

    /** Marks a skipped position in a covering phrase; never a term of the CJK analysis (it drops punctuation). */
    static final String GAP = "|";
    static final String COVERING_ANALYZER = "covering_terms";

    private OpenSearchQueries() {
    }

    /** As the embedded index's {@code query}: every word in a field, the filters, all documents without words. */
    static Query search(EnterpriseQuery q, float bm25Scale) {
        BoolQuery.Builder b = new BoolQuery.Builder();
        boolean any = false;
        for (String word : SearchWords.words(q.text())) {
            SearchWords.Shape shape = SearchWords.shape(word);
            if (shape == null) {
                continue;
            }
            b.must(m -> m.bool(fields -> fields.should(inFields(shape, bm25Scale))));
            any = true;
        }
        if (!any) {
            b.must(m -> m.matchAll(all -> all));
        }
        String region = SearchWords.regionPrefix(q.regionPrefix());
        if (region != null) {
            b.filter(term(EnterpriseIndex.REGION, FieldValue.of(region)));
        }
        String industry = SearchWords.industryPrefix(q.industryPrefix());
        if (!industry.isEmpty()) {
            b.filter(f -> f.prefix(p -> p.field(EnterpriseIndex.INDUSTRY).value(industry)));
        }
        for (EnterpriseTag tag : q.tags()) {
            b.filter(term(EnterpriseIndex.TAG, FieldValue.of(tag.name())));
        }
        if (q.capitalMin() != null || q.capitalMax() != null) {
            b.filter(f -> f.range(r -> {
                r.field(EnterpriseIndex.CAPITAL);
                if (q.capitalMin() != null) {
                    r.gte(JsonData.of(q.capitalMin().doubleValue()));
                }
                if (q.capitalMax() != null) {
                    r.lte(JsonData.of(q.capitalMax().doubleValue()));
                }
                return r;
            }));
        }
        if (q.needsReview()) {
            b.filter(term(EnterpriseIndex.REVIEW, FieldValue.of(true)));
        }
        return Query.of(x -> x.bool(b.build()));
    }

    /** As the embedded index's candidates query: any word in any field, outside a region, 模拟数据 left out. */
    static Query anyOf(Collection<String> words, String excludedRegionPrefix, boolean includeSynthetic,
                       float bm25Scale) {
        List<Query> should = new ArrayList<>();
        int used = 0;
        for (String word : words) {
            SearchWords.Shape shape = word == null ? null : SearchWords.shape(word);
            if (shape == null || used == SearchWords.MAX_ANY_WORDS) {
                continue;
            }
            should.addAll(inFields(shape, bm25Scale));
            used++;
        }
        if (should.isEmpty()) {
            return null;
        }
        // as the embedded index: the word clauses at the top, one of them required (a top-level disjunction)
        BoolQuery.Builder b = new BoolQuery.Builder().should(should).minimumShouldMatch("1");
        String region = SearchWords.regionPrefix(excludedRegionPrefix);
        if (region != null) {
            b.mustNot(term(EnterpriseIndex.REGION, FieldValue.of(region)));
        }
        if (!includeSynthetic) {
            b.filter(term(EnterpriseIndex.SYNTHETIC, FieldValue.of(false))); // as EnterpriseIndex: a filter, not an exclusion
        }
        return Query.of(x -> x.bool(b.build()));
    }

    /** One word in 名称 ×3, 主营产品 ×2, 经营范围 ×1. */
    private static List<Query> inFields(SearchWords.Shape shape, float bm25Scale) {
        return List.of(field(EnterpriseIndex.NAME, shape, SearchWords.NAME_BOOST, bm25Scale),
                field(EnterpriseIndex.PRODUCTS, shape, SearchWords.PRODUCTS_BOOST, bm25Scale),
                field(EnterpriseIndex.SCOPE, shape, 1f, bm25Scale));
    }

    /**
     * A word on one field; boost 1 is left out, as OpenSearch then adds no boost wrapper (nor does Lucene). Constant
     * clauses are scaled as the cluster scales BM25.
     */
    static Query field(String field, SearchWords.Shape shape, float boost, float bm25Scale) {
        Float weight = boost == 1f ? null : boost;
        if (shape instanceof SearchWords.Term t) {
            return Query.of(x -> x.term(term -> term.field(field).value(FieldValue.of(t.text())).boost(weight)));
        }
        if (shape instanceof SearchWords.LoneCharacter c) {
            Float constant = bm25Scale == 1f ? null : bm25Scale;
            return Query.of(x -> x.bool(b -> b.boost(weight)
                    .should(term(field, FieldValue.of(c.text())))
                    .should(s -> s.prefix(p -> p.field(field).value(c.text()).boost(constant)))
                    .should(s -> s.wildcard(w -> w.field(field).value("?" + c.text()).boost(constant)))));
        }
        String phrase = coveringText(((SearchWords.Phrase) shape).terms());
        return Query.of(x -> x.matchPhrase(m -> m.field(field).query(phrase).analyzer(COVERING_ANALYZER).boost(weight)));
    }

    /** 锂离@0 子电@2 电池@3 → "锂离 | 子电 电池": one gap mark per empty position between kept terms. */
    static String coveringText(List<SearchWords.Token> terms) {
        StringBuilder text = new StringBuilder(terms.get(0).text());
        for (int i = 1; i < terms.size(); i++) {
            for (int gap = terms.get(i).position() - terms.get(i - 1).position() - 1; gap > 0; gap--) {
                text.append(' ').append(GAP);
            }
            text.append(' ').append(terms.get(i).text());
        }
        return text.toString();
    }

    private static Query term(String field, FieldValue value) {
        return Query.of(x -> x.term(t -> t.field(field).value(value)));
    }
}
