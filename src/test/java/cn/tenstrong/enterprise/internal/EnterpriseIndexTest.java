package cn.tenstrong.enterprise.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.Enterprises;
import cn.tenstrong.enterprise.EnterpriseQuery;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The index finds a word wherever it is written, and only there; an index of another analysis is reported stale. */
class EnterpriseIndexTest {

    @TempDir
    Path dir;

    private static Enterprise enterprise(long id, String name, String scope, String products) {
        return Enterprises.named(name).id(id).industry("3985").capital(BigDecimal.TEN).scope(scope).products(products)
                .revenue(BigDecimal.valueOf(id)).build();
    }

    private static List<Long> ids(EnterpriseIndex index, String text) {
        return index.search(new EnterpriseQuery(text, null, null, List.of(), null, null, false, 0, 50)).ids()
                .stream().sorted().toList();
    }

    @Test
    void wordsMatchAsWrittenAndOnlyThere() {
        try (EnterpriseIndex index = new EnterpriseIndex(dir)) {
            index.update(List.of(
                    enterprise(1, "澄湖新能源有限公司", "锂离子电池研发、生产", "动力电池"),
                    enterprise(2, "北辰材料有限公司", "锂离电材料；子电池回收", "隔膜"),
                    enterprise(3, "南山光电有限公司", "光刻胶、光刻机零部件", "KrF光刻胶"),
                    enterprise(4, "西岭化工有限公司", "胶粘剂、密封胶", "胶"),
                    enterprise(5, "东海5G科技有限公司", "5G基站天线", "LED显示屏")), List.of());

            // a five-character word is checked by three bigrams at fixed places: no match where the pieces are apart
            assertThat(ids(index, "锂离子电池")).containsExactly(1L);
            assertThat(ids(index, "光刻胶")).containsExactly(3L);
            assertThat(ids(index, "光刻")).containsExactly(3L);
            // a lone character matches at the start, the end or alone
            assertThat(ids(index, "胶")).containsExactly(3L, 4L);
            assertThat(ids(index, "锂")).containsExactly(1L, 2L);
            // mixed Latin and Chinese, case-insensitive
            assertThat(ids(index, "5g基站")).containsExactly(5L);
            assertThat(ids(index, "led")).containsExactly(5L);
            // every word must occur
            assertThat(ids(index, "澄湖 电池")).containsExactly(1L);
            assertThat(ids(index, "澄湖 光刻胶")).isEmpty();
            assertThat(index.search(EnterpriseQuery.text("有限公司")).total()).isEqualTo(5);
        }
    }

    @Test
    void aTotalPastTheThresholdIsALowerBoundAndTheCountStaysExact() {
        try (EnterpriseIndex index = new EnterpriseIndex(dir, 3)) {
            List<Enterprise> all = new java.util.ArrayList<>();
            for (long id = 1; id <= 7; id++) {
                all.add(enterprise(id, "澄湖第" + id + "电池有限公司", "锂离子电池研发", id <= 2 ? "光刻胶" : "隔膜"));
            }
            index.update(all, List.of());

            // more matches than the threshold: the total says "at least 3", the page is still the best ones
            EnterpriseSearchIndex.Hits common = index.search(EnterpriseQuery.text("电池"));
            assertThat(common.totalExact()).isFalse();
            assertThat(common.total()).isEqualTo(3);
            assertThat(common.ids()).hasSize(7);
            assertThat(index.count(EnterpriseQuery.text("电池"))).isEqualTo(7);
            // without words (ordered by revenue) alike, and a page past the threshold is still served
            EnterpriseQuery all5 = new EnterpriseQuery(null, "37", null, List.of(), null, null, false, 5, 5);
            assertThat(index.search(all5).totalExact()).isFalse();
            assertThat(index.search(all5).ids()).containsExactly(2L, 1L);
            assertThat(index.count(all5)).isEqualTo(7);
            // up to the threshold the total is exact
            EnterpriseSearchIndex.Hits rare = index.search(EnterpriseQuery.text("光刻胶"));
            assertThat(rare.totalExact()).isTrue();
            assertThat(rare.total()).isEqualTo(2);
            assertThat(index.count(EnterpriseQuery.text("光刻胶"))).isEqualTo(2);
        }
    }

    @Test
    void coveringPhraseKeepsEveryOtherBigramAndTheLast() {
        List<SearchWords.Token> tokens = SearchWords.analyse("锂离子电池");
        assertThat(tokens).extracting(SearchWords.Token::text).containsExactly("锂离", "离子", "子电", "电池");
        assertThat(LuceneDocuments.field("scope", SearchWords.shape(tokens)).toString()).isEqualTo("scope:\"锂离 ? 子电 电池\"");
        assertThat(LuceneDocuments.field("scope", SearchWords.shape("技术服务")).toString()).isEqualTo("scope:\"技术 ? 服务\"");
        // the same phrase as OpenSearch is sent it: kept terms with a gap mark per skipped place
        assertThat(OpenSearchQueries.coveringText(((SearchWords.Phrase) SearchWords.shape("锂离子电池")).terms()))
                .isEqualTo("锂离 | 子电 电池");
    }

    @Test
    void aRebuildReplacesEverythingWithWhatTheSourceStreams() {
        try (EnterpriseIndex index = new EnterpriseIndex(dir)) {
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
        }
    }

    @Test
    void anIndexWrittenByAnotherAnalysisIsStaleUntilRebuilt() throws Exception {
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter old = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField(EnterpriseIndex.ID, "1", Field.Store.YES));
            old.addDocument(doc);
            old.commit();
        }
        try (EnterpriseIndex index = new EnterpriseIndex(dir)) {
            assertThat(index.current()).isFalse();
            index.clear();
            index.add(enterprise(1, "澄湖新能源有限公司", "锂离子电池", ""));
            index.commit();
            assertThat(index.current()).isTrue();
        }
        try (EnterpriseIndex reopened = new EnterpriseIndex(dir)) {
            assertThat(reopened.current()).isTrue();
            assertThat(ids(reopened, "锂离子电池")).containsExactly(1L);
        }
    }
}
