package cn.tenstrong.enterprise.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * 基准用检索索引: the Lucene candidate queries, and opens the platform's OpenSearch index ({@link OpenSearchEnterpriseIndex}) on a node for the
 * benchmarks in {@code cn.tenstrong.bench}, which cannot reach the package-private cluster settings; one shard, no
 * replica (a one-node cluster), the platform's defaults otherwise.
 */
public final class BenchSearchIndexes {

    private BenchSearchIndexes() {
    }

    /** The index behind {@code alias} on the node(s) at {@code uris} (comma-separated), created when missing. */
    public static EnterpriseSearchIndex openSearch(String uris, String alias) {
        SearchProperties.OpenSearch cluster = new SearchProperties.OpenSearch(Arrays.stream(uris.split(","))
                .map(String::strip).map(URI::create).toList(), null, null, alias, 1, 0, 10000,
                Duration.ofSeconds(5), Duration.ofSeconds(300));
        return new OpenSearchEnterpriseIndex(OpenSearchConnection.open(cluster), cluster);
    }

    /** The Lucene query of a real-only candidate list as the platform builds it: real enterprises as a filter. */
    public static Query realOnlyCandidates(Collection<String> words, String excludedRegionPrefix) {
        return LuceneDocuments.anyWords(words, excludedRegionPrefix, false);
    }

    /** The same list as built before index format 3 (the baseline): every match, synthetic ones excluded. */
    public static Query realOnlyCandidatesByExclusion(Collection<String> words, String excludedRegionPrefix) {
        Query all = nestedCandidates(words, excludedRegionPrefix, true);
        return all == null ? null : new BooleanQuery.Builder().add(all, Occur.MUST)
                .add(new TermQuery(new Term(EnterpriseIndex.SYNTHETIC, "1")), Occur.MUST_NOT).build();
    }

    /** The Lucene query of a candidate list as the platform builds it. */
    public static Query candidates(Collection<String> words, String excludedRegionPrefix, boolean includeSynthetic) {
        return LuceneDocuments.anyWords(words, excludedRegionPrefix, includeSynthetic);
    }

    /**
     * The candidates query as built before 2026-12-03 (the baseline): the word clauses nested in one required
     * disjunction beside the exclusion and the filter.
     */
    public static Query nestedCandidates(Collection<String> words, String excludedRegionPrefix, boolean includeSynthetic) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : words) {
            SearchWords.Shape shape = word == null ? null : SearchWords.shape(word);
            if (shape == null || clauses == SearchWords.MAX_ANY_WORDS) {
                continue;
            }
            any.add(new BoostQuery(LuceneDocuments.field(EnterpriseIndex.NAME, shape), SearchWords.NAME_BOOST), Occur.SHOULD);
            any.add(new BoostQuery(LuceneDocuments.field(EnterpriseIndex.PRODUCTS, shape), SearchWords.PRODUCTS_BOOST),
                    Occur.SHOULD);
            any.add(LuceneDocuments.field(EnterpriseIndex.SCOPE, shape), Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(any.build(), Occur.MUST);
        String region = SearchWords.regionPrefix(excludedRegionPrefix);
        if (region != null) {
            b.add(new TermQuery(new Term(EnterpriseIndex.REGION, region)), Occur.MUST_NOT);
        }
        if (!includeSynthetic) {
            b.add(new TermQuery(new Term(EnterpriseIndex.SYNTHETIC, "0")), Occur.FILTER);
        }
        return b.build();
    }

    /**
     * Not the same hits (a probe of where the time goes): the candidates query with every phrase replaced by the
     * conjunction of its terms, so no positions are read.
     */
    public static Query candidatesWithoutPositions(Collection<String> words, String excludedRegionPrefix,
                                                   boolean includeSynthetic) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : words) {
            SearchWords.Shape shape = word == null ? null : SearchWords.shape(word);
            if (shape == null || clauses == SearchWords.MAX_ANY_WORDS) {
                continue;
            }
            for (String field : new String[] {EnterpriseIndex.NAME, EnterpriseIndex.PRODUCTS, EnterpriseIndex.SCOPE}) {
                Query q;
                if (shape instanceof SearchWords.Phrase p) {
                    BooleanQuery.Builder all = new BooleanQuery.Builder();
                    p.terms().forEach(t -> all.add(new TermQuery(new Term(field, t.text())), Occur.MUST));
                    q = all.build();
                } else {
                    q = LuceneDocuments.field(field, shape);
                }
                float boost = field.equals(EnterpriseIndex.NAME) ? SearchWords.NAME_BOOST
                        : field.equals(EnterpriseIndex.PRODUCTS) ? SearchWords.PRODUCTS_BOOST : 1f;
                b.add(boost == 1f ? q : new BoostQuery(q, boost), Occur.SHOULD);
            }
            clauses++;
        }
        if (clauses == 0) {
            return null;
        }
        b.setMinimumNumberShouldMatch(1);
        String region = SearchWords.regionPrefix(excludedRegionPrefix);
        if (region != null) {
            b.add(new TermQuery(new Term(EnterpriseIndex.REGION, region)), Occur.MUST_NOT);
        }
        if (!includeSynthetic) {
            b.add(new TermQuery(new Term(EnterpriseIndex.SYNTHETIC, "0")), Occur.FILTER);
        }
        return b.build();
    }
}
