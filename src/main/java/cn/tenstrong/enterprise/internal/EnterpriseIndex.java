package cn.tenstrong.enterprise.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseQuery;
import cn.tenstrong.enterprise.EnterpriseTag;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * 企业全文索引 (Lucene, smartcn): 名称, 经营范围 and 主营产品 are segmented into Chinese words; region and
 * industry codes are indexed with their prefixes so a province, city or county and an industry division, group or
 * class filter with one term. Not a source of truth: {@link #rebuild} recreates it from the database.
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

    private final Directory directory;
    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    /** Opens (or creates) the index in a folder. */
    public EnterpriseIndex(Path folder) {
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
            IndexWriterConfig config = new IndexWriterConfig(analyzer);
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("无法打开企业检索索引 " + folder, e);
        }
    }

    /** Adds or replaces the documents of these enterprises and removes the ids given as deleted; commits. */
    public void update(Collection<Enterprise> enterprises, Collection<Long> deleted) {
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
                TopDocs top = hasText ? s.search(query, n)
                        : s.search(query, n, new Sort(new SortField(REVENUE, SortField.Type.LONG, true)));
                List<Long> ids = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = q.offset(); i < docs.length; i++) {
                    ids.add(Long.parseLong(s.storedFields().document(docs[i].doc).get(ID)));
                }
                long total = top.totalHits.relation == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO
                        ? top.totalHits.value : s.search(query, new TotalHitCountCollectorManager());
                return new Hits(total, ids);
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
        // each whitespace-separated word must occur; a word smartcn splits into several tokens must occur as a phrase
        // (光刻胶 → 光刻 胶 matches "光刻胶", not a text with 光刻机 in one place and 胶 in another)
        for (String word : q.text() == null ? new String[0] : q.text().strip().split("\\s+")) {
            List<String> tokens = analyse(word);
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

    private static Query field(String field, List<String> tokens) {
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0)));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        tokens.forEach(t -> phrase.add(new Term(field, t)));
        return phrase.build();
    }

    /** Adds many documents at once, analysing them on all cores (smartcn is the cost of indexing). */
    public void addAll(java.util.Collection<Enterprise> enterprises) {
        enterprises.parallelStream().forEach(this::add);
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

    List<String> analyse(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(SCOPE, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
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
