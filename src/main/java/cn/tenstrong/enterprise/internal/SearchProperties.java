package cn.tenstrong.enterprise.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.search}: which engine holds the enterprise search index (检索引擎).
 *
 * @param engine     {@code lucene} (default: an embedded index under {@code <platform.data-dir>/lucene/enterprises},
 *                   one platform process) or {@code opensearch} (a cluster that several platform nodes share)
 * @param opensearch the cluster, when the engine is {@code opensearch}
 * @param totalHitsThreshold a search counts its matches up to this many and then says "more than" (超过…家): a
 *                   common word need not visit every match to show its first page (Lucene may skip what cannot
 *                   enter the page; OpenSearch's {@code track_total_hits}). Figures that count enterprises use an
 *                   exact count instead.
 */
@ConfigurationProperties("platform.search")
record SearchProperties(@DefaultValue("lucene") Engine engine, @DefaultValue OpenSearch opensearch,
                        @DefaultValue("10000") int totalHitsThreshold) {

    /** The threshold when none is configured (tests and benchmarks that open an index directly). */
    static final int DEFAULT_TOTAL_HITS_THRESHOLD = 10_000;

    SearchProperties {
        if (totalHitsThreshold < 1) {
            throw new IllegalStateException("platform.search.total-hits-threshold 应 ≥ 1：" + totalHitsThreshold);
        }
        if (engine == Engine.OPENSEARCH && opensearch.uris().isEmpty()) {
            throw new IllegalStateException("platform.search.engine=opensearch 需要 platform.search.opensearch.uris"
                    + "（例如 http://127.0.0.1:9200）");
        }
    }

    enum Engine { LUCENE, OPENSEARCH }

    /**
     * An OpenSearch cluster.
     *
     * @param uris            its nodes' HTTP addresses, e.g. {@code https://os1:9200,https://os2:9200} (requests are
     *                        spread over them; https uses the JVM's trust store)
     * @param username        basic-auth user (security plugin), none when blank
     * @param password        its password
     * @param index           the alias searched; each rebuild writes a new index {@code <index>-<millis>} and moves the
     *                        alias to it in one step
     * @param shards          primary shards: 1 keeps scores identical to the embedded index (BM25 statistics are per
     *                        shard); 10M enterprises fit in one shard of a few GB
     * @param replicas        replica copies (0 on a one-node cluster)
     * @param maxResultWindow how deep a page may start (offset + size), OpenSearch's {@code index.max_result_window}
     * @param connectTimeout  connection timeout
     * @param responseTimeout response timeout (a rebuild's bulk requests are the slowest)
     */
    record OpenSearch(@DefaultValue List<URI> uris, String username, String password,
                      @DefaultValue("tenstrong-enterprises") String index, @DefaultValue("1") int shards,
                      @DefaultValue("1") int replicas, @DefaultValue("10000") int maxResultWindow,
                      @DefaultValue("5s") Duration connectTimeout, @DefaultValue("60s") Duration responseTimeout) {

        OpenSearch {
            uris = uris == null ? List.of() : List.copyOf(uris);
            if (!index.matches("[a-z0-9][a-z0-9_.-]*")) {
                throw new IllegalStateException("platform.search.opensearch.index 只能含小写字母、数字、_ . -：" + index);
            }
            if (shards < 1 || replicas < 0 || maxResultWindow < 1) {
                throw new IllegalStateException("platform.search.opensearch 的 shards ≥ 1、replicas ≥ 0、"
                        + "max-result-window ≥ 1");
            }
        }
    }
}
