package cn.tenstrong.enterprise.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.Enterprises;
import cn.tenstrong.enterprise.EnterpriseQuery;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.support.OpenSearchNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The OpenSearch index against a real node: words match as written and only there (as in {@link EnterpriseIndexTest}),
 * a rebuild moves the alias to a complete new index, an index of another analysis is stale until rebuilt.
 */
@Tag("opensearch")
class OpenSearchEnterpriseIndexTest {

    private static final AtomicInteger INDICES = new AtomicInteger();

    /** A fresh alias on the shared node for each test. */
    static SearchProperties.OpenSearch cluster(String prefix) {
        return new SearchProperties.OpenSearch(List.of(URI.create(OpenSearchNode.shared().uri())), null, null,
                prefix + "-" + INDICES.incrementAndGet(), 1, 0, 10000, Duration.ofSeconds(5), Duration.ofSeconds(60));
    }

    static OpenSearchEnterpriseIndex open(SearchProperties.OpenSearch cluster) {
        return new OpenSearchEnterpriseIndex(OpenSearchConnection.open(cluster), cluster);
    }

    private static Enterprise enterprise(long id, String name, String scope, String products) {
        return Enterprises.named(name).id(id).industry("3985").capital(BigDecimal.TEN).scope(scope).products(products)
                .revenue(BigDecimal.valueOf(id)).build();
    }

    private static List<Long> ids(EnterpriseSearchIndex index, String text) {
        return index.search(new EnterpriseQuery(text, null, null, List.of(), null, null, false, 0, 50)).ids()
                .stream().sorted().toList();
    }

    @Test
    void wordsMatchAsWrittenAndOnlyThere() {
        try (OpenSearchEnterpriseIndex index = open(cluster("words"))) {
            assertThat(index.current()).isTrue();
            index.update(List.of(
                    enterprise(1, "澄湖新能源有限公司", "锂离子电池研发、生产", "动力电池"),
                    enterprise(2, "北辰材料有限公司", "锂离电材料；子电池回收", "隔膜"),
                    enterprise(3, "南山光电有限公司", "光刻胶、光刻机零部件", "KrF光刻胶"),
                    enterprise(4, "西岭化工有限公司", "胶粘剂、密封胶", "胶"),
                    enterprise(5, "东海5G科技有限公司", "5G基站天线", "LED显示屏 for the road")), List.of());

            assertThat(ids(index, "锂离子电池")).containsExactly(1L);
            assertThat(ids(index, "光刻胶")).containsExactly(3L);
            assertThat(ids(index, "光刻")).containsExactly(3L);
            assertThat(ids(index, "胶")).containsExactly(3L, 4L);
            assertThat(ids(index, "锂")).containsExactly(1L, 2L);
            assertThat(ids(index, "5g基站")).containsExactly(5L);
            assertThat(ids(index, "led")).containsExactly(5L);
            // no stop words: the built-in cjk analyzer's default would have dropped "the"
            assertThat(ids(index, "the")).containsExactly(5L);
            assertThat(ids(index, "澄湖 电池")).containsExactly(1L);
            assertThat(ids(index, "澄湖 光刻胶")).isEmpty();
            assertThat(index.search(EnterpriseQuery.text("有限公司")).total()).isEqualTo(5);

            index.update(List.of(enterprise(4, "西岭化工有限公司", "密封件", "密封件")), List.of(3L));
            assertThat(ids(index, "胶")).isEmpty();
            assertThat(index.count()).isEqualTo(4);
            assertThat(index.idsContaining("有限公司", 10)).containsExactlyInAnyOrder(1L, 2L, 4L, 5L);
        }
    }

    @Test
    void aRebuildMovesTheAliasToACompleteNewIndex() throws Exception {
        SearchProperties.OpenSearch cluster = cluster("rebuild");
        try (OpenSearchEnterpriseIndex index = open(cluster)) {
            index.update(List.of(enterprise(1, "旧数据有限公司", "旧", "旧")), List.of());
            long built = index.rebuild(sink -> {
                for (long id = 1; id <= 5001; id++) {
                    sink.accept(enterprise(id, "重建测试" + id + "有限公司", id % 2 == 0 ? "锂离子电池" : "光刻胶", ""));
                }
            });
            assertThat(built).isEqualTo(5001);
            assertThat(index.search(EnterpriseQuery.text("锂离子电池")).total()).isEqualTo(2500);
            assertThat(index.search(EnterpriseQuery.text("光刻胶")).total()).isEqualTo(2501);
            assertThat(index.search(EnterpriseQuery.text("旧数据")).total()).isZero();
            // the first index is gone, one index stands behind the alias
            assertThat(get("/_cat/aliases/" + cluster.index() + "?h=index").strip()).matches(cluster.index() + "-\\d{13}");
            assertThat(get("/_cat/indices/" + cluster.index() + "-*?h=index").strip().lines()).hasSize(1);
            // merged into one segment before the alias moved (the bulk batches wrote several)
            assertThat(get("/_cat/segments/" + cluster.index() + "?h=segment").strip().lines()).hasSize(1);
            // paging beyond the window is refused in Chinese rather than failing in the cluster
            assertThatThrownBy(() -> index.search(new EnterpriseQuery("光刻胶", null, null, List.of(), null, null, false,
                    9990, 50))).isInstanceOf(DomainException.class).hasMessageContaining("前 10000 条");
            // more ids than one page of the window
            assertThat(index.idsContaining("有限公司", 20_000)).hasSize(5001).doesNotHaveDuplicates();
        }
    }

    @Test
    void anIndexWrittenByAnotherAnalysisIsStaleUntilRebuilt() throws Exception {
        SearchProperties.OpenSearch cluster = cluster("stale");
        put("/" + cluster.index() + "-0", "{\"aliases\":{\"" + cluster.index() + "\":{}},"
                + "\"mappings\":{\"_meta\":{\"analysis\":\"cjk-bigram-1\"}}}");
        try (OpenSearchEnterpriseIndex index = open(cluster)) {
            assertThat(index.current()).isFalse();
            index.rebuild(sink -> sink.accept(enterprise(1, "澄湖新能源有限公司", "锂离子电池", "")));
            assertThat(index.current()).isTrue();
        }
        try (OpenSearchEnterpriseIndex reopened = open(cluster)) {
            assertThat(reopened.current()).isTrue();
            assertThat(ids(reopened, "锂离子电池")).containsExactly(1L);
        }
    }

    private static String get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(OpenSearchNode.shared().uri() + path))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void put(String path, String json) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(OpenSearchNode.shared().uri() + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
}
