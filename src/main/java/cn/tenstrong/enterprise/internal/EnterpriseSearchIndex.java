package cn.tenstrong.enterprise.internal;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseQuery;

/**
 * 企业检索索引: what the library needs of a full-text engine for its search and its recommendation candidates. Two
 * engines answer alike — the embedded Lucene index ({@link EnterpriseIndex}, the default) and an OpenSearch cluster
 * ({@link OpenSearchEnterpriseIndex}, for several platform nodes) — because both analyse with the same CJK bigrams
 * and are sent the same query shape ({@link SearchWords}); {@code platform.search.engine} chooses.
 * Not a source of truth: the database is, and an index written by another analysis is rebuilt.
 */
public interface EnterpriseSearchIndex extends AutoCloseable {

    /** False when the documents were analysed differently (an older version): they must be rebuilt. */
    boolean current();

    /** Adds or replaces the documents of these enterprises and removes the ids given as deleted; visible on return. */
    void update(Collection<Enterprise> enterprises, Collection<Long> deleted);

    /**
     * Adds or replaces the documents of the enterprises a source streams and removes the ids given as deleted, for a
     * bulk load's after-commit sync: analysed while the source is read, made visible once at the end.
     */
    void replaceAll(Consumer<Consumer<Enterprise>> source, Collection<Long> deleted);

    /** Live documents. */
    long count();

    /**
     * Ids of the matching enterprises (best first, or by revenue when there is no text) and the total, counted only up
     * to the engine's threshold ({@code platform.search.total-hits-threshold}): beyond it the total is that threshold
     * and {@link Hits#totalExact()} false, so that a common word need not visit every match to show a page.
     */
    Hits search(EnterpriseQuery q);

    /**
     * The exact number of enterprises matching the query (its paging ignored), for figures shown as a count of
     * enterprises (KPI bindings, benchmarks): never capped, so it visits every match.
     */
    long count(EnterpriseQuery q);

    /**
     * Ids of the enterprises best matching any of the words, best first, outside a region prefix; the top hits only
     * (the total is not counted: -1).
     */
    Hits bestMatchingAny(Collection<String> words, String excludedRegionPrefix, boolean includeSynthetic, int limit);

    /**
     * Ids of up to {@code max} enterprises whose name, scope or products contain the word (any order), for jobs that
     * must visit every match rather than a page of them.
     */
    List<Long> idsContaining(String word, int max);

    /**
     * Replaces the whole index with the enterprises a source streams (e.g. a database cursor); searches see the old
     * documents until the new ones are complete.
     *
     * @return documents in the index afterwards
     */
    long rebuild(Consumer<Consumer<Enterprise>> source);

    @Override
    void close();

    /**
     * Ids of hits in order and their relevance scores ({@code NaN} when ordered by revenue).
     *
     * @param total      number of matches: exact, or the threshold when there are more, or -1 when not counted
     * @param totalExact whether {@code total} is the exact number (false: there are more than {@code total})
     */
    record Hits(long total, boolean totalExact, List<Long> ids, List<Float> scores) {

        public Hits {
            ids = List.copyOf(ids);
            scores = List.copyOf(scores);
        }

        /** Hits of an exact total (or of none counted, -1). */
        public Hits(long total, List<Long> ids, List<Float> scores) {
            this(total, true, ids, scores);
        }
    }
}
