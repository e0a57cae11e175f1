package cn.tenstrong.bench;

import java.util.Set;

/**
 * 基准的检索引擎选择: {@code -Dbench.engine=lucene|opensearch|both} (both only where one run can hold two engines) and
 * the OpenSearch node to use, {@code -Dbench.opensearch.uris}. The node runs in its own JVM
 * ({@code cn.tenstrong.support.OpenSearchNodeMain}, README "Benchmarks"): the OpenSearch server's jars and logging stay
 * out of the benchmark JVM, as they stay out of the Spring tests' JVM, and the node gets a heap of its own as a real
 * cluster node would.
 */
final class BenchEngine {

    static final String LUCENE = "lucene";
    static final String OPENSEARCH = "opensearch";
    static final String BOTH = "both";

    private BenchEngine() {
    }

    /** The engine asked for, checked; {@code both} only when the benchmark can run two engines side by side. */
    static String engine(boolean bothAllowed) {
        String engine = System.getProperty("bench.engine", LUCENE);
        Set<String> allowed = bothAllowed ? Set.of(LUCENE, OPENSEARCH, BOTH) : Set.of(LUCENE, OPENSEARCH);
        if (!allowed.contains(engine)) {
            throw new IllegalArgumentException("bench.engine 应为 " + allowed + "：" + engine);
        }
        return engine;
    }

    static boolean lucene(String engine) {
        return LUCENE.equals(engine) || BOTH.equals(engine);
    }

    static boolean opensearch(String engine) {
        return OPENSEARCH.equals(engine) || BOTH.equals(engine);
    }

    /** The node's HTTP address(es); a run on OpenSearch without one fails with how to start one. */
    static String opensearchUris() {
        String uris = System.getProperty("bench.opensearch.uris", "");
        if (uris.isBlank()) {
            throw new IllegalStateException("bench.engine=opensearch 需要 -Dbench.opensearch.uris=http://127.0.0.1:9200："
                    + "先启动一个节点（README「Benchmarks」：cn.tenstrong.support.OpenSearchNodeMain）");
        }
        return uris;
    }
}
