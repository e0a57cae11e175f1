package cn.tenstrong.enterprise.internal;

import static cn.tenstrong.enterprise.internal.EnterpriseIndex.ID;
import static cn.tenstrong.enterprise.internal.EnterpriseIndex.NAME;
import static cn.tenstrong.enterprise.internal.EnterpriseIndex.SCOPE;
import static cn.tenstrong.enterprise.internal.EnterpriseIndex.PRODUCTS;
import static cn.tenstrong.enterprise.internal.EnterpriseIndex.REGION;
import static cn.tenstrong.enterprise.internal.EnterpriseIndex.INDUSTRY;
import static cn.tenstrong.enterprise.internal.EnterpriseIndex.TAG;
import static cn.tenstrong.enterprise.internal.EnterpriseIndex.CAPITAL;
import static cn.tenstrong.enterprise.internal.EnterpriseIndex.REVENUE;
import static cn.tenstrong.enterprise.internal.EnterpriseIndex.REVIEW;
import static cn.tenstrong.enterprise.internal.EnterpriseIndex.SYNTHETIC;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseQuery;
import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.shared.DomainException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.core.search.TotalHitsRelation;
import org.opensearch.client.opensearch.indices.update_aliases.Action;

/**
 * 企业检索索引 on an OpenSearch cluster ({@code platform.search.engine=opensearch}), for several platform nodes that
 * share one index. Same documents, analysis and queries as the embedded {@link EnterpriseIndex}: fields analysed by
 * the built-in {@code cjk} analyzer without stop words, one primary shard so that BM25 sees the statistics the
 * embedded index sees, and queries built clause for clause by {@link OpenSearchQueries}.
 * The platform searches an alias; a rebuild fills a new index and moves the alias to it in one step (searches never
 * see a half-built index, and two nodes rebuilding at once each finish cleanly). Documents keep no {@code _source}:
 * the database is the source of truth.
 */
public final class OpenSearchEnterpriseIndex implements EnterpriseSearchIndex {

    private static final String DEFINITION = "/enterprise/search/opensearch-index.json";

    private final OpenSearchClient client;
    private final OpenSearchRequests requests;
    private final String alias;
    private final SearchProperties.OpenSearch cluster;
    /** The index a rebuild in this process is filling: updates meanwhile go there too, or the swap would lose them. */
    private volatile String building;
    private volatile boolean current;
    /** What the cluster's BM25 scores are times Lucene's (see {@link OpenSearchQueries}). */
    private final float bm25Scale;

    /** A search counts its total up to this many matches ({@code track_total_hits}). */
    private final int totalHitsThreshold;

    /** As {@link #OpenSearchEnterpriseIndex(OpenSearchClient, SearchProperties.OpenSearch, int)}, the default threshold. */
    public OpenSearchEnterpriseIndex(OpenSearchClient client, SearchProperties.OpenSearch cluster) {
        this(client, cluster, SearchProperties.DEFAULT_TOTAL_HITS_THRESHOLD);
    }

    /** Connects to the cluster and creates the index when there is none; an older analysis makes it not current. */
    public OpenSearchEnterpriseIndex(OpenSearchClient client, SearchProperties.OpenSearch cluster,
                                     int totalHitsThreshold) {
        this.totalHitsThreshold = totalHitsThreshold;
        this.client = client;
        this.requests = new OpenSearchRequests(client);
        this.cluster = cluster;
        this.alias = cluster.index();
        try {
            bm25Scale = bm25Scale(client.info().version().number());
            if (client.indices().existsAlias(a -> a.name(alias)).value()) {
                current = EnterpriseIndex.FORMAT.equals(format());
            } else if (client.indices().exists(e -> e.index(alias)).value()) {
                current = false; // an index of that name not made by us: the rebuild replaces it
            } else {
                createFirst();
                current = true;
            }
        } catch (IOException | OpenSearchException e) {
            throw new IllegalStateException("无法连接企业检索集群 " + cluster.uris() + "：" + e.getMessage(), e);
        }
    }

    /** OpenSearch before 3.0 scores BM25 with Lucene's legacy formula, (k1 + 1) = 2.2 times the current one. */
    static float bm25Scale(String version) {
        int major = Integer.parseInt(version.substring(0, version.indexOf('.')));
        return major < 3 ? 2.2f : 1f;
    }

    /** The format mark of the index behind the alias. */
    private String format() throws IOException {
        for (var mapping : client.indices().getMapping(m -> m.index(alias)).result().values()) {
            JsonData mark = mapping.mappings().meta().get(EnterpriseIndex.FORMAT_KEY);
            return mark == null ? null : mark.to(String.class);
        }
        return null;
    }

    /** The first index, under a fixed name so that two nodes starting at once cannot both create one. */
    private void createFirst() throws IOException {
        String first = alias + "-0";
        try {
            requests.createUnlessExists(first, definition(cluster.replicas(), true));
        } catch (IllegalStateException e) {
            throw new IllegalStateException("创建企业检索索引失败：" + e.getMessage(), e);
        }
    }

    /** The index definition with this cluster's shards, replicas and window, the format mark and maybe the alias. */
    private String definition(int replicas, boolean withAlias) {
        try (InputStream in = OpenSearchEnterpriseIndex.class.getResourceAsStream(DEFINITION)) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = (ObjectNode) json.readTree(in);
            ObjectNode index = (ObjectNode) root.path("settings").path("index");
            index.put("number_of_shards", cluster.shards());
            index.put("number_of_replicas", replicas);
            index.put("max_result_window", cluster.maxResultWindow());
            ((ObjectNode) root.path("mappings").path("_meta")).put(EnterpriseIndex.FORMAT_KEY, EnterpriseIndex.FORMAT);
            if (withAlias) {
                root.putObject("aliases").putObject(alias);
            }
            return json.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean current() {
        return current;
    }

    @Override
    public void update(Collection<Enterprise> enterprises, Collection<Long> deleted) {
        String extra = building;
        List<String> targets = extra == null ? List.of(alias) : List.of(alias, extra);
        List<BulkOperation> ops = new ArrayList<>();
        for (String target : targets) {
            for (Enterprise e : enterprises) {
                ops.add(BulkOperation.of(o -> o.index(i -> i.index(target).id(Long.toString(e.id())).document(document(e)))));
            }
            for (Long id : deleted) {
                ops.add(BulkOperation.of(o -> o.delete(d -> d.index(target).id(Long.toString(id)))));
            }
        }
        if (!ops.isEmpty()) {
            bulk(ops, Refresh.True, "更新企业检索索引失败");
        }
    }

    @Override
    public void replaceAll(Consumer<Consumer<Enterprise>> source, Collection<Long> deleted) {
        // batches are sent (and made visible) as the source is read, on all cores
        BatchFeeder.feed(source, batch -> update(batch, List.of()));
        update(List.of(), deleted);
    }

    private void bulk(List<BulkOperation> ops, Refresh refresh, String failure) {
        try {
            BulkResponse r = client.bulk(b -> b.operations(ops).refresh(refresh));
            if (r.errors()) {
                BulkResponseItem first = r.items().stream().filter(i -> i.error() != null).findFirst().orElseThrow();
                throw new IllegalStateException(failure + "：" + first.id() + " " + first.error().reason());
            }
        } catch (IOException | OpenSearchException e) {
            throw new IllegalStateException(failure + "：" + e.getMessage(), e);
        }
    }

    @Override
    public long count() {
        try {
            return client.count(c -> c.index(alias)).count();
        } catch (IOException | OpenSearchException e) {
            throw new IllegalStateException("企业检索失败：" + e.getMessage(), e);
        }
    }

    @Override
    public Hits search(EnterpriseQuery q) {
        if (q.offset() + q.limit() > cluster.maxResultWindow()) {
            throw DomainException.invalid("检索结果只能翻到前 " + cluster.maxResultWindow() + " 条，请增加检索条件缩小范围");
        }
        boolean hasText = !SearchWords.words(q.text()).isEmpty();
        SearchRequest.Builder request = new SearchRequest.Builder().index(alias).query(OpenSearchQueries.search(q, bm25Scale))
                .from(q.offset()).size(q.limit()).trackTotalHits(t -> t.count(totalHitsThreshold))
                .source(s -> s.fetch(false));
        if (!hasText) {
            request.sort(s -> s.field(f -> f.field(REVENUE).order(SortOrder.Desc)));
        }
        SearchResponse<Void> r = run(request.build());
        var total = r.hits().total();
        Hits page = hits(r, -1);
        // gte: the cluster stopped counting at the threshold (its value is then the threshold)
        boolean exact = total != null && total.relation() == TotalHitsRelation.Eq;
        return new Hits(total == null ? -1 : total.value(), exact, page.ids(), page.scores());
    }

    @Override
    public long count(EnterpriseQuery q) {
        Query query = OpenSearchQueries.search(q, bm25Scale);
        try {
            return client.count(c -> c.index(alias).query(query)).count();
        } catch (IOException | OpenSearchException e) {
            throw new IllegalStateException("企业检索失败：" + e.getMessage(), e);
        }
    }

    @Override
    public Hits bestMatchingAny(Collection<String> words, String excludedRegionPrefix, boolean includeSynthetic,
                                int limit) {
        Query query = OpenSearchQueries.anyOf(words, excludedRegionPrefix, includeSynthetic, bm25Scale);
        if (query == null) {
            return new Hits(-1, List.of(), List.of());
        }
        int size = Math.max(1, Math.min(limit, cluster.maxResultWindow()));
        // the top hits only, like the embedded index: no exact total
        return hits(run(SearchRequest.of(s -> s.index(alias).query(query).size(size).trackTotalHits(t -> t.enabled(false))
                .source(src -> src.fetch(false)))), -1);
    }

    @Override
    public List<Long> idsContaining(String word, int max) {
        Query query = OpenSearchQueries.search(EnterpriseQuery.text(word), bm25Scale);
        List<Long> ids = new ArrayList<>();
        List<FieldValue> after = null;
        // best first like the embedded index, page after page (a page may not pass max_result_window)
        while (ids.size() < max) {
            int size = Math.min(max - ids.size(), cluster.maxResultWindow());
            SearchRequest.Builder request = new SearchRequest.Builder().index(alias).query(query).size(size)
                    .trackTotalHits(t -> t.enabled(false)).source(s -> s.fetch(false))
                    .sort(List.of(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))),
                            SortOptions.of(s -> s.field(f -> f.field(ID).order(SortOrder.Asc)))));
            if (after != null) {
                request.searchAfter(after);
            }
            List<Hit<Void>> page = run(request.build()).hits().hits();
            page.forEach(h -> ids.add(Long.parseLong(h.id())));
            if (page.size() < size) {
                break;
            }
            after = page.get(page.size() - 1).sort();
        }
        return ids;
    }

    private SearchResponse<Void> run(SearchRequest request) {
        try {
            return client.search(request, Void.class);
        } catch (IOException | OpenSearchException e) {
            throw new IllegalStateException("企业检索失败：" + e.getMessage(), e);
        }
    }

    private static Hits hits(SearchResponse<Void> r, long total) {
        List<Long> ids = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        for (Hit<Void> h : r.hits().hits()) {
            ids.add(Long.parseLong(h.id()));
            scores.add(h.score() == null ? Float.NaN : h.score().floatValue());
        }
        return new Hits(total, ids, scores);
    }

    @Override
    public long rebuild(Consumer<Consumer<Enterprise>> source) {
        String target = alias + "-" + System.currentTimeMillis();
        try {
            // filled without replicas or refreshes (faster), then given both before the alias moves to it
            requests.send("PUT", "/" + target, definition(0, false));
            requests.send("PUT", "/" + target + "/_settings", "{\"index\":{\"refresh_interval\":\"-1\"}}");
            building = target;
            BatchFeeder.feed(source, batch -> bulk(batch.stream().map(e -> BulkOperation.of(o -> o.index(i -> i
                    .index(target).id(Long.toString(e.id())).document(document(e))))).toList(), Refresh.False,
                    "重建企业检索索引失败"));
            requests.forceMerge(target);
            requests.send("PUT", "/" + target + "/_settings",
                    "{\"index\":{\"refresh_interval\":null,\"number_of_replicas\":" + cluster.replicas() + "}}");
            requests.send("POST", "/" + target + "/_refresh", null);
            List<Action> actions = new ArrayList<>();
            actions.add(Action.of(a -> a.add(add -> add.index(target).alias(alias))));
            if (client.indices().existsAlias(a -> a.name(alias)).value()) {
                for (String old : client.indices().getAlias(a -> a.name(alias)).result().keySet()) {
                    actions.add(Action.of(a -> a.removeIndex(r -> r.index(old))));
                }
            } else if (client.indices().exists(e -> e.index(alias)).value()) {
                requests.send("DELETE", "/" + alias, null); // a plain index under the alias's name is in the way
            }
            client.indices().updateAliases(u -> u.actions(actions));
            current = true;
            return count();
        } catch (IOException | RuntimeException e) {
            requests.deleteQuietly(target);
            throw new IllegalStateException("重建企业检索索引失败：" + e.getMessage(), e);
        } finally {
            building = null;
        }
    }

    /** The document of an enterprise: the fields {@link EnterpriseIndex#document} indexes, under the same names. */
    static Map<String, Object> document(Enterprise e) {
        Map<String, Object> d = new HashMap<>();
        d.put(ID, e.id());
        d.put(NAME, e.name());
        d.put(SCOPE, e.businessScope() == null ? "" : e.businessScope());
        d.put(PRODUCTS, e.mainProducts() == null ? "" : e.mainProducts());
        if (e.regionCode() != null) {
            String r = e.regionCode();
            d.put(REGION, List.of(r.substring(0, 2), r.substring(0, 4), r));
        }
        if (e.industryCode() != null) {
            d.put(INDUSTRY, e.industryCode());
        }
        d.put(TAG, e.tags().stream().map(EnterpriseTag::name).sorted().toList());
        if (e.registeredCapital() != null) {
            d.put(CAPITAL, e.registeredCapital().doubleValue());
        }
        d.put(REVENUE, e.revenue() == null ? 0 : e.revenue().longValue());
        d.put(REVIEW, e.needsReview());
        d.put(SYNTHETIC, e.synthetic());
        return d;
    }

    @Override
    public void close() {
        try {
            client._transport().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
