package cn.tenstrong.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.tenstrong.chain.ChainCatalog;
import cn.tenstrong.chain.ChainSegment;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseSource;
import cn.tenstrong.enterprise.SyntheticEnterpriseGenerator;
import cn.tenstrong.enterprise.internal.BenchSearchIndexes;
import cn.tenstrong.enterprise.internal.EnterpriseIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full-text query of a recommendation's real-only list (the default view: 含模拟数据 off) on an index of N
 * synthetic enterprises with a few real ones among them (one in {@code N / bench.real}, as the 5,486 listed companies
 * among millions): the platform's query, which filters on the real mark, against the query before index format 3,
 * which matched everything and excluded the synthetic ones — both on one searcher, in one run, for the vocabularies of
 * every leaf segment (the best 400 outside Shandong, as the recommender asks). Both must return the same enterprises.
 */
@Tag("bench")
class RealOnlyCandidatesBenchmarkTest {

    @Test
    void realOnlyCandidatesByFilterAgainstByExclusion() throws Exception {
        long n = Long.getLong("bench.enterprises", 1_000_000);
        long real = Long.getLong("bench.real", 5_486);
        int rounds = Integer.getInteger("bench.rounds", 3);
        Path folder = index(n, real);
        List<Set<String>> vocabularies = new ArrayList<>();
        for (ChainSegment leaf : ChainCatalog.loadDefault().leaves()) {
            Set<String> words = new LinkedHashSet<>(leaf.keywords());
            words.addAll(leaf.products());
            vocabularies.add(words);
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<Double> byFilter = new ArrayList<>();
            List<Double> byExclusion = new ArrayList<>();
            String before = RecommendationBenchmarkTest.load();
            for (int round = -1; round < rounds; round++) { // round -1 warms up
                for (Set<String> words : vocabularies) {
                    Query filter = BenchSearchIndexes.realOnlyCandidates(words, "37");
                    Query exclusion = BenchSearchIndexes.realOnlyCandidatesByExclusion(words, "37");
                    if (filter == null) {
                        continue;
                    }
                    long t0 = System.nanoTime();
                    ScoreDoc[] a = searcher.search(filter, 400).scoreDocs;
                    long t1 = System.nanoTime();
                    ScoreDoc[] b = searcher.search(exclusion, 400).scoreDocs;
                    long t2 = System.nanoTime();
                    assertThat(docs(a)).as("same enterprises for %s", words).isEqualTo(docs(b));
                    if (round >= 0) {
                        byFilter.add((t1 - t0) / 1e6);
                        byExclusion.add((t2 - t1) / 1e6);
                    }
                }
            }
            System.out.printf("%,d 家，%d 个末级环节 × %d 轮；负载 %s → %s%n", n, vocabularies.size(), rounds, before,
                    RecommendationBenchmarkTest.load());
            System.out.printf("真实企业作过滤条件（现行） p50 %.2f ms  p95 %.2f ms  max %.2f ms%n",
                    pct(byFilter, 50), pct(byFilter, 95), pct(byFilter, 100));
            System.out.printf("排除模拟企业（基线）      p50 %.2f ms  p95 %.2f ms  max %.2f ms%n",
                    pct(byExclusion, 50), pct(byExclusion, 95), pct(byExclusion, 100));
        }
        assertThat(Files.exists(folder)).isTrue();
    }

    /** The index of N generated enterprises, one in N / real marked real, built unless already there; its folder. */
    static Path index(long n, long real) {
        long every = Math.max(1, n / real);
        Path folder = Path.of("target/bench-real-only-" + n);
        try (EnterpriseIndex index = new EnterpriseIndex(folder)) {
            if (index.count() != n || !index.current()) {
                long start = System.nanoTime();
                index.rebuild(sink -> SyntheticEnterpriseGenerator.withDefaults(42).stream(n)
                        .forEach(e -> sink.accept(marked(EnterpriseSearchBenchmarkTest.toEnterprise(e), every))));
                System.out.printf("索引 %,d 家（其中每 %,d 家一家真实企业）：%.1f s；负载 %s%n", n, every,
                        (System.nanoTime() - start) / 1e9, RecommendationBenchmarkTest.load());
            }
        }
        return folder;
    }

    private static Enterprise marked(Enterprise e, long every) {
        if (e.id() % every != 0) {
            return e;
        }
        return new Enterprise(e.id(), e.uscc(), e.name(), e.regionCode(), e.regionName(), e.local(), e.industryCode(),
                e.industryName(), e.registeredCapital(), e.foundedOn(), e.businessScope(), e.mainProducts(), e.tags(),
                e.revenue(), e.employees(), EnterpriseSource.PUBLIC_DATA, false, false, "", 0);
    }

    private static List<Integer> docs(ScoreDoc[] hits) {
        List<Integer> out = new ArrayList<>();
        for (ScoreDoc d : hits) {
            out.add(d.doc);
        }
        return out;
    }

    private static double pct(List<Double> values, int p) {
        return RecommendationBenchmarkTest.pct(values, p);
    }
}
