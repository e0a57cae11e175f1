package cn.tenstrong.enterprise.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseQuery;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * 企业全文索引 (Lucene, CJK bigrams): 名称, 经营范围 and 主营产品 are indexed as overlapping two-character
 * terms, so a searched word matches wherever it occurs as written (like {@code ILIKE '%光刻胶%'}, never a word
 * boundary guessed wrong) at a tenth of the cost of dictionary segmentation; region and industry codes are indexed
 * with their prefixes so a province, city or county and an industry division, group or class filter with one term.
 * Not a source of truth: the database is, and an index written by another analysis ({@link #FORMAT}) is rebuilt.
 * The default engine ({@code platform.search.engine=lucene}); {@link OpenSearchEnterpriseIndex} answers alike.
 */
public final class EnterpriseIndex implements EnterpriseSearchIndex {

    static final String ID = "id";
    static final String NAME = "name";
    static final String SCOPE = "scope";
    static final String PRODUCTS = "products";
    static final String REGION = "region";
    static final String INDUSTRY = "industry";
    static final String TAG = "tag";
    static final String CAPITAL = "capital";
    static final String REVENUE = "revenue";
    static final String REVIEW = "review";
    static final String SYNTHETIC = "synthetic";
    /** Commit user-data key and value naming how the documents were analysed; any other value means rebuild. */
    static final String FORMAT_KEY = "analysis";
    /**
     * Bumped when the documents change (2: the 模拟数据 mark, so that candidate lists can leave them out; 3: real
     * enterprises marked too, so that a list of real ones filters on that mark instead of visiting every synthetic
     * match to exclude it).
     */
    static final String FORMAT = "cjk-bigram-3";

    private static final Sort BY_REVENUE = new Sort(new SortField(REVENUE, SortField.Type.LONG, true));

    private final Directory directory;
    /** The analysis of {@link SearchWords}, for the documents. */
    private final Analyzer analyzer = new CJKAnalyzer(CharArraySet.EMPTY_SET);
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile boolean current;
    /** A search counts its total up to this many matches (see {@link SearchProperties#totalHitsThreshold()}). */
    private final int totalHitsThreshold;

    /** Opens (or creates) the index in a folder, totals counted up to the default threshold. */
    public EnterpriseIndex(Path folder) {
        this(folder, SearchProperties.DEFAULT_TOTAL_HITS_THRESHOLD);
    }

    /** Opens (or creates) the index in a folder; a search counts its total up to {@code totalHitsThreshold}. */
    public EnterpriseIndex(Path folder, int totalHitsThreshold) {
        this.totalHitsThreshold = totalHitsThreshold;
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
            IndexWriterConfig config = new IndexWriterConfig(analyzer);
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            current = FORMAT.equals(writer.getLiveCommitData() == null ? null : userData(writer).get(FORMAT_KEY))
                    || !DirectoryReader.indexExists(directory);
            if (current) {
                markFormat();
            }
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("无法打开企业检索索引 " + folder, e);
        }
    }

    private void markFormat() {
        writer.setLiveCommitData(java.util.Map.of(FORMAT_KEY, FORMAT).entrySet());
    }

    private static java.util.Map<String, String> userData(IndexWriter writer) {
        java.util.Map<String, String> data = new java.util.HashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        return data;
    }

    /** False when the documents on disk were analysed differently (an older version): they must be rebuilt. */
    @Override
    public boolean current() {
        return current;
    }

    /**
     * Adds or replaces the documents of these enterprises and removes the ids given as deleted; commits. Never at the
     * same time as {@link #rebuild} (both hold this index's monitor): the after-commit updates run on other threads,
     * and one landing between a rebuild's clear and its own add of the same enterprise would leave two documents.
     */
    @Override
    public synchronized void update(Collection<Enterprise> enterprises, Collection<Long> deleted) {
        try {
            for (Enterprise e : enterprises) {
                writer.updateDocument(new Term(ID, Long.toString(e.id())), LuceneDocuments.document(e));
            }
            for (Long id : deleted) {
                writer.deleteDocuments(new Term(ID, Long.toString(id)));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("更新企业检索索引失败", e);
        }
    }

    /** Empties the index; documents are then added with {@link #add} and made visible with {@link #commit}. */
    public void clear() {
        try {
            writer.deleteAll();
            markFormat();
            current = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a document without replacing (for bulk rebuilds after {@link #clear}). */
    public void add(Enterprise e) {
        try {
            writer.addDocument(LuceneDocuments.document(e));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Segments of the searched index (how a bulk build left it). */
    public int segments() {
        return searched(s -> s.getIndexReader().leaves().size());
    }

    /** Merges the index into at most this many segments, commits and searches the result (for measuring it). */
    public synchronized void forceMerge(int maxSegments) {
        try {
            writer.forceMerge(maxSegments);
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Live documents. */
    @Override
    public long count() {
        return searched(s -> s.getIndexReader().numDocs());
    }

    /** Ids of the matching enterprises (best first, or by revenue when there is no text) and the total up to the threshold. */
    @Override
    public Hits search(EnterpriseQuery q) {
        Query query = LuceneDocuments.query(q);
        return searched(s -> {
            int n = q.offset() + q.limit();
            boolean hasText = q.text() != null && !q.text().isBlank();
            // one pass that scores and keeps the best n; past the threshold the collector stops counting and lets
            // the scorers skip documents that cannot enter the page (block-max WAND / MaxScore)
            TopDocs top = hasText ? s.search(query, new TopScoreDocCollectorManager(n, null, totalHitsThreshold))
                    : s.search(query, new TopFieldCollectorManager(BY_REVENUE, n, null, totalHitsThreshold));
            // the collector counts at least the page it keeps (offset + limit may pass the threshold): what it
            // counted past the threshold is reported as the lower bound, as OpenSearch does
            boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO
                    && top.totalHits.value <= totalHitsThreshold;
            // a lower bound is reported as the threshold itself, as OpenSearch's track_total_hits does, so that
            // both engines say the same; the collector's own figure depends on where it stopped
            Hits page = hits(s, top.scoreDocs, q.offset(), -1);
            return new Hits(exact ? top.totalHits.value : totalHitsThreshold, exact, page.ids(), page.scores());
        });
    }

    @Override
    public long count(EnterpriseQuery q) {
        Query query = LuceneDocuments.query(q);
        return searched(s -> s.count(query));
    }

    @Override
    public Hits bestMatchingAny(Collection<String> words, String excludedRegionPrefix, boolean includeSynthetic,
                                int limit) {
        Query query = LuceneDocuments.anyWords(words, excludedRegionPrefix, includeSynthetic);
        if (query == null) {
            return new Hits(-1, List.of(), List.of());
        }
        return searched(s -> {
            // the top hits only: Lucene may skip documents that cannot enter them
            return hits(s, s.search(query, Math.max(1, limit)).scoreDocs, 0, -1);
        });
    }

    /** Runs {@code work} on the current searcher, released afterwards. */
    private <T> T searched(SearcherWork<T> work) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return work.on(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("企业检索失败", e);
        }
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T on(IndexSearcher searcher) throws IOException;
    }

    private static Hits hits(IndexSearcher s, ScoreDoc[] docs, int from, long total) throws IOException {
        List<Long> ids = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        for (int i = from; i < docs.length; i++) {
            ids.add(Long.parseLong(s.storedFields().document(docs[i].doc).get(ID)));
            scores.add(docs[i].score);
        }
        return new Hits(total, ids, scores);
    }

    /**
     * Ids of up to {@code max} enterprises whose name, scope or products contain the word (any order), for jobs that
     * must visit every match rather than a page of them.
     */
    @Override
    public List<Long> idsContaining(String word, int max) {
        Query query = LuceneDocuments.query(EnterpriseQuery.text(word));
        return searched(s -> hits(s, s.search(query, Math.max(1, max)).scoreDocs, 0, -1).ids());
    }

    /**
     * Replaces the whole index with the enterprises a source streams (e.g. a database cursor), and commits. The source
     * is read on the calling thread while batches are analysed on all cores, so reading and indexing overlap.
     *
     * @return documents in the index afterwards
     */
    @Override
    public synchronized long rebuild(Consumer<Consumer<Enterprise>> source) {
        clear();
        BatchFeeder.feed(source, batch -> batch.forEach(this::add));
        commit();
        // one segment after a whole rebuild: at 10M the search mix's p95 fell to 0.17× (11 segments → 1, 119 s on a
        // loaded 2-core machine; README "Enterprise search"). Searches see the committed segments meanwhile. Not after
        // incremental updates, where merging would rewrite the whole index for a few documents.
        forceMerge(1);
        return count();
    }

    /** A bulk load's after-commit sync: analysed on all cores while the source is read, one commit at the end. */
    @Override
    public synchronized void replaceAll(Consumer<Consumer<Enterprise>> source, Collection<Long> deleted) {
        BatchFeeder.feed(source, batch -> batch.forEach(this::replace));
        try {
            for (Long id : deleted) {
                writer.deleteDocuments(new Term(ID, Long.toString(id)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        commit();
    }

    private void replace(Enterprise e) {
        try {
            writer.updateDocument(new Term(ID, Long.toString(e.id())), LuceneDocuments.document(e));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
