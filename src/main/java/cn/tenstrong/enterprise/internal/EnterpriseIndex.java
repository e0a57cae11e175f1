package cn.tenstrong.enterprise.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseQuery;
import cn.tenstrong.enterprise.EnterpriseTag;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * 企业全文索引 (Lucene, CJK bigrams): 名称, 经营范围 and 主营产品 are indexed as overlapping two-character
 * terms, so a searched word matches wherever it occurs as written (like {@code ILIKE '%光刻胶%'}, never a word
 * boundary guessed wrong) at a tenth of the cost of dictionary segmentation; region and industry codes are indexed
 * with their prefixes so a province, city or county and an industry division, group or class filter with one term.
 * Not a source of truth: the database is, and an index written by another analysis ({@link #FORMAT}) is rebuilt.
 */
public final class EnterpriseIndex implements AutoCloseable {

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
    /** Bumped when the documents change (2: the 模拟数据 mark, so that candidate lists can leave them out). */
    static final String FORMAT = "cjk-bigram-2";

    private static final Sort BY_REVENUE = new Sort(new SortField(REVENUE, SortField.Type.LONG, true));

    private final Directory directory;
    private final Analyzer analyzer = new CJKAnalyzer(CharArraySet.EMPTY_SET);
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile boolean current;

    /** Opens (or creates) the index in a folder. */
    public EnterpriseIndex(Path folder) {
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
    public boolean current() {
        return current;
    }

    /**
     * Adds or replaces the documents of these enterprises and removes the ids given as deleted; commits. Never at the
     * same time as {@link #rebuild} (both hold this index's monitor): the after-commit updates run on other threads,
     * and one landing between a rebuild's clear and its own add of the same enterprise would leave two documents.
     */
    public synchronized void update(Collection<Enterprise> enterprises, Collection<Long> deleted) {
        try {
            for (Enterprise e : enterprises) {
                writer.updateDocument(new Term(ID, Long.toString(e.id())), document(e));
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
            writer.addDocument(document(e));
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

    /** Live documents. */
    public long count() {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ids of the matching enterprises (best first, or by revenue when there is no text) and the total. */
    public Hits search(EnterpriseQuery q) {
        try {
            Query query = query(q);
            IndexSearcher s = searchers.acquire();
            try {
                int n = q.offset() + q.limit();
                boolean hasText = q.text() != null && !q.text().isBlank();
                // one pass that scores, keeps the best n and counts every hit (a second counting pass cost as much)
                TopDocs top = hasText ? s.search(query, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE))
                        : s.search(query, new TopFieldCollectorManager(BY_REVENUE, n, null, Integer.MAX_VALUE));
                List<Long> ids = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = q.offset(); i < docs.length; i++) {
                    ids.add(Long.parseLong(s.storedFields().document(docs[i].doc).get(ID)));
                }
                long total = top.totalHits.value;
                return new Hits(total, ids);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("企业检索失败", e);
        }
    }

    /**
     * Ids of the enterprises best matching any of the words, best first, outside a region prefix; the top hits only
     * (Lucene may skip documents that cannot enter them), no total.
     */
    public List<Long> bestMatchingAny(java.util.Collection<String> words, String excludedRegionPrefix,
                                      boolean includeSynthetic, int limit) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : words) {
            List<Token> tokens = word == null ? List.of() : analyse(word.strip());
            if (tokens.isEmpty() || clauses == 64) {
                continue;
            }
            any.add(new BoostQuery(field(NAME, tokens), 3f), Occur.SHOULD);
            any.add(new BoostQuery(field(PRODUCTS, tokens), 2f), Occur.SHOULD);
            any.add(field(SCOPE, tokens), Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) {
            return List.of();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(any.build(), Occur.MUST);
        String region = regionPrefix(excludedRegionPrefix);
        if (region != null) {
            b.add(new TermQuery(new Term(REGION, region)), Occur.MUST_NOT);
        }
        if (!includeSynthetic) {
            b.add(new TermQuery(new Term(SYNTHETIC, "1")), Occur.MUST_NOT);
        }
        try {
            IndexSearcher s = searchers.acquire();
            try {
                List<Long> ids = new ArrayList<>();
                for (ScoreDoc d : s.search(b.build(), Math.max(1, limit)).scoreDocs) {
                    ids.add(Long.parseLong(s.storedFields().document(d.doc).get(ID)));
                }
                return ids;
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("企业检索失败", e);
        }
    }

    /**
     * Ids of up to {@code max} enterprises whose name, scope or products contain the word (any order), for jobs that
     * must visit every match rather than a page of them.
     */
    public List<Long> idsContaining(String word, int max) {
        try {
            Query query = query(EnterpriseQuery.text(word));
            IndexSearcher s = searchers.acquire();
            try {
                List<Long> ids = new ArrayList<>();
                for (ScoreDoc d : s.search(query, Math.max(1, max)).scoreDocs) {
                    ids.add(Long.parseLong(s.storedFields().document(d.doc).get(ID)));
                }
                return ids;
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("企业检索失败", e);
        }
    }

    /** Search result ids. */
    public record Hits(long total, List<Long> ids) {
    }

    Query query(EnterpriseQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        // each whitespace-separated word must occur as written in name, products or scope
        for (String word : q.text() == null ? new String[0] : q.text().strip().split("\\s+")) {
            List<Token> tokens = analyse(word);
            if (tokens.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder fields = new BooleanQuery.Builder();
            fields.add(new BoostQuery(field(NAME, tokens), 3f), Occur.SHOULD);
            fields.add(new BoostQuery(field(PRODUCTS, tokens), 2f), Occur.SHOULD);
            fields.add(field(SCOPE, tokens), Occur.SHOULD);
            b.add(fields.build(), Occur.MUST);
            any = true;
        }
        if (!any) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        String region = regionPrefix(q.regionPrefix());
        if (region != null) {
            b.add(new TermQuery(new Term(REGION, region)), Occur.FILTER);
        }
        String industry = q.industryPrefix() == null ? ""
                : q.industryPrefix().strip().toUpperCase().replaceFirst("^[A-T](?=\\d)", "");
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
     * A word as a query on one field. Several bigrams become a phrase of the fewest bigrams that still cover every
     * character at its place (锂离子电池 → 锂离 _ 子电 电池), which matches exactly the texts containing the word and
     * reads fewer postings. A lone CJK character is not a term of its own in the index (only the bigrams it starts or
     * ends are), so it matches either.
     */
    static Query field(String field, List<Token> tokens) {
        if (tokens.size() == 1) {
            Token t = tokens.get(0);
            if (t.text().codePointCount(0, t.text().length()) == 1 && Character.isIdeographic(t.text().codePointAt(0))) {
                return new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(field, t.text())), Occur.SHOULD)
                        .add(new PrefixQuery(new Term(field, t.text())), Occur.SHOULD)
                        .add(new WildcardQuery(new Term(field, "?" + t.text())), Occur.SHOULD).build();
            }
            return new TermQuery(new Term(field, t.text()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int last = tokens.size() - 1;
        for (int i = 0; i <= last; i++) {
            if (i == 0 || i == last || !bigramCovered(tokens, i)) {
                phrase.add(new Term(field, tokens.get(i).text()), tokens.get(i).position());
            }
        }
        return phrase.build();
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

    /** A term of an analysed word with its position; bigram when it is two CJK characters from a run. */
    record Token(String text, int position, boolean bigram) {
    }

    /**
     * Replaces the whole index with the enterprises a source streams (e.g. a database cursor), and commits. The source
     * is read on the calling thread while batches are analysed on all cores, so reading and indexing overlap.
     *
     * @return documents in the index afterwards
     */
    public synchronized long rebuild(Consumer<Consumer<Enterprise>> source) {
        clear();
        inParallel(source, this::add);
        commit();
        return count();
    }

    /**
     * Adds or replaces the documents of the enterprises a source streams, analysed on all cores while the source is
     * read, and commits once (a bulk load's after-commit sync: one commit instead of one per chunk).
     */
    public synchronized void replaceAll(Consumer<Consumer<Enterprise>> source, Collection<Long> deleted) {
        inParallel(source, this::replace);
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
            writer.updateDocument(new Term(ID, Long.toString(e.id())), document(e));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void inParallel(Consumer<Consumer<Enterprise>> source, Consumer<Enterprise> action) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            BatchFeeder feeder = new BatchFeeder(pool, threads * 2, action);
            source.accept(feeder);
            feeder.finish();
        } finally {
            pool.shutdownNow();
        }
    }

    /** Collects enterprises into batches and hands each to the pool, never more than a few waiting. */
    private final class BatchFeeder implements Consumer<Enterprise> {

        private static final int BATCH = 2000;

        private final ExecutorService pool;
        private final Consumer<Enterprise> action;
        private final Semaphore slots;
        private final List<Future<?>> submitted = new ArrayList<>();
        private List<Enterprise> batch = new ArrayList<>(BATCH);

        BatchFeeder(ExecutorService pool, int slots, Consumer<Enterprise> action) {
            this.pool = pool;
            this.action = action;
            this.slots = new Semaphore(slots);
        }

        @Override
        public void accept(Enterprise e) {
            batch.add(e);
            if (batch.size() == BATCH) {
                submit();
            }
        }

        private void submit() {
            List<Enterprise> work = batch;
            batch = new ArrayList<>(BATCH);
            slots.acquireUninterruptibly();
            submitted.add(pool.submit(() -> {
                try {
                    work.forEach(action);
                } finally {
                    slots.release();
                }
            }));
        }

        /** Submits the last batch and waits for all; an indexing failure is rethrown. */
        void finish() {
            submit();
            try {
                for (Future<?> f : submitted) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("重建企业检索索引被中断", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("重建企业检索索引失败", e.getCause());
            }
        }
    }

    /** 370000 → 37, 370100 → 3701, 370102 → 370102; 2, 4 or 6 digits pass as they are. */
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

    List<Token> analyse(String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(SCOPE, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            org.apache.lucene.analysis.tokenattributes.TypeAttribute type =
                    ts.addAttribute(org.apache.lucene.analysis.tokenattributes.TypeAttribute.class);
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
        if (e.synthetic()) {
            d.add(new StringField(SYNTHETIC, "1", Field.Store.NO));
        }
        return d;
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
