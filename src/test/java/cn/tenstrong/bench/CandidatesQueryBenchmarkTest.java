package cn.tenstrong.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import cn.tenstrong.chain.ChainCatalog;
import cn.tenstrong.chain.ChainSegment;
import cn.tenstrong.enterprise.internal.BenchSearchIndexes;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full-text query of a recommendation (best 400 outside Shandong of a leaf segment's whole vocabulary) alone, on
 * the index of {@link RealOnlyCandidatesBenchmarkTest} (N generated enterprises, one in N / 5,486 marked real; built
 * there or here), with 含模拟数据 on and off, for every leaf segment: the platform's query (the word clauses as a
 * top-level disjunction) against the query before 2026-12-03 (nested in one required disjunction) with the searcher's
 * default count threshold of 1,000 and with 400, one after the other on one searcher in one run, each required to return
 * the same documents in the same order with the same scores.
 *
 * <pre>
 * mvn -B -Pbench test -Dtest=CandidatesQueryBenchmarkTest [-Dbench.enterprises=1000000] [-Dbench.rounds=2]
 *     [-Dbench.segments=577] [-Dbench.forceMerge=true]
 * </pre>
 */
@Tag("bench")
class CandidatesQueryBenchmarkTest {

    @Test
    void candidatesQueryVariants() throws Exception {
        long n = Long.getLong("bench.enterprises", 1_000_000);
        int rounds = Integer.getInteger("bench.rounds", 2);
        int segments = Integer.getInteger("bench.segments", 577);
        Path folder = RealOnlyCandidatesBenchmarkTest.index(n, Long.getLong("bench.real", 5_486));
        if (Boolean.parseBoolean(System.getProperty("bench.forceMerge", "false"))) {
            try (cn.tenstrong.enterprise.internal.EnterpriseIndex index = new cn.tenstrong.enterprise.internal.EnterpriseIndex(folder)) {
                long t0 = System.nanoTime();
                int before = index.segments();
                index.forceMerge(1);
                System.out.printf("force-merge %d 段 → 1 段：%.1f s；负载 %s%n", before, (System.nanoTime() - t0) / 1e9,
                        RecommendationBenchmarkTest.load());
            }
        }
        List<Set<String>> vocabularies = new ArrayList<>();
        List<ChainSegment> leaves = ChainCatalog.loadDefault().leaves();
        // spread over all chains when fewer than all are asked for
        for (int i = 0; i < segments && i < leaves.size(); i++) {
            ChainSegment leaf = leaves.get((int) ((long) i * leaves.size() / Math.min(segments, leaves.size())));
            Set<String> words = new LinkedHashSet<>(leaf.keywords());
            words.addAll(leaf.products());
            vocabularies.add(words);
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            System.out.printf("%,d 家，%d 段，%d 个末级环节 × %d 轮%n", n, reader.leaves().size(), vocabularies.size(), rounds);
            for (boolean synthetic : new boolean[] {true, false}) {
                Map<String, Function<Set<String>, ScoreDoc[]>> variants = new LinkedHashMap<>();
                variants.put("原：嵌套析取（基线）", w -> top(searcher,
                        BenchSearchIndexes.nestedCandidates(w, "37", synthetic), 1000));
                variants.put("原 + 计数阈值 400", w -> top(searcher,
                        BenchSearchIndexes.nestedCandidates(w, "37", synthetic), 400));
                variants.put("现行：展平析取", w -> top(searcher, BenchSearchIndexes.candidates(w, "37", synthetic), 1000));
                // probes of where the time goes, not compared: every match visited (count), and no positions read
                Map<String, Function<Set<String>, ScoreDoc[]>> probes = new LinkedHashMap<>();
                List<Long> matches = new ArrayList<>();
                probes.put("探查：计数全部匹配（不评分）", w -> {
                    try {
                        matches.add((long) searcher.count(BenchSearchIndexes.candidates(w, "37", synthetic)));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return new ScoreDoc[0];
                });
                probes.put("探查：短语换成词项合取（不读位置）", w -> top(searcher,
                        BenchSearchIndexes.candidatesWithoutPositions(w, "37", synthetic), 1000));
                Map<String, List<Double>> times = new LinkedHashMap<>();
                probes.keySet().forEach(k -> times.put(k, new ArrayList<>()));
                variants.keySet().forEach(k -> times.put(k, new ArrayList<>()));
                String before = RecommendationBenchmarkTest.load();
                for (int round = -1; round < rounds; round++) { // round -1 warms up
                    for (Set<String> words : vocabularies) {
                        if (BenchSearchIndexes.nestedCandidates(words, "37", synthetic) == null) {
                            continue;
                        }
                        List<String> reference = null;
                        for (var v : variants.entrySet()) {
                            long t0 = System.nanoTime();
                            ScoreDoc[] hits = v.getValue().apply(words);
                            double ms = (System.nanoTime() - t0) / 1e6;
                            List<String> got = docs(hits);
                            if (reference == null) {
                                reference = got;
                            } else {
                                assertThat(got).as("%s: same enterprises, order and scores for %s", v.getKey(), words)
                                        .isEqualTo(reference);
                            }
                            if (round >= 0) {
                                times.get(v.getKey()).add(ms);
                            }
                        }
                        for (var probe : probes.entrySet()) {
                            long t0 = System.nanoTime();
                            probe.getValue().apply(words);
                            if (round >= 0) {
                                times.get(probe.getKey()).add((System.nanoTime() - t0) / 1e6);
                            }
                        }
                    }
                }
                System.out.printf("含模拟数据 %s；负载 %s → %s%n", synthetic ? "开" : "关", before,
                        RecommendationBenchmarkTest.load());
                List<Double> counted = matches.stream().map(Long::doubleValue).toList();
                System.out.printf("  匹配文档数（每个环节的析取）p50 %,.0f  p95 %,.0f  max %,.0f%n",
                        RecommendationBenchmarkTest.pct(counted, 50), RecommendationBenchmarkTest.pct(counted, 95),
                        RecommendationBenchmarkTest.pct(counted, 100));
                for (var t : times.entrySet()) {
                    System.out.printf("  %-28s p50 %8.2f ms  p95 %8.2f ms  max %8.2f ms%n", t.getKey(),
                            RecommendationBenchmarkTest.pct(t.getValue(), 50), RecommendationBenchmarkTest.pct(t.getValue(), 95),
                            RecommendationBenchmarkTest.pct(t.getValue(), 100));
                }
            }
        }
    }

    private static ScoreDoc[] top(IndexSearcher searcher, Query query, int totalHitsThreshold) {
        try {
            return searcher.search(query, new TopScoreDocCollectorManager(400, null, totalHitsThreshold)).scoreDocs;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> docs(ScoreDoc[] hits) {
        List<String> out = new ArrayList<>();
        for (ScoreDoc d : hits) {
            out.add(d.doc + ":" + d.score);
        }
        return out;
    }
}
