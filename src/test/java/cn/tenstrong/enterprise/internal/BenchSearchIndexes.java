package cn.tenstrong.enterprise.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;

/**
 * 基准用检索索引: opens the platform's OpenSearch index ({@link OpenSearchEnterpriseIndex}) on a node for the
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
}
