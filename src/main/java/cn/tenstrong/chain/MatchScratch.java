package cn.tenstrong.chain;

import java.util.Arrays;

import cn.tenstrong.chain.SegmentMatch.GbtMatch;

/**
 * 匹配工作区: one thread's working state for {@link SegmentMatcher#match}, kept between calls (placing a library calls
 * it for every enterprise): arrays by leaf and by term that a call clears only where the previous call wrote.
 */
final class MatchScratch {

    final double[] score;
    final GbtMatch[] gbt;
    final String[] industry;
    final double[] industryScore;
    /** Leaves that have a score, a GB/T match or an industry label to clear, each once. */
    final int[] touched;
    final boolean[] isTouched;
    int touchedCount;
    final LeafTerms productTerms;
    final LeafTerms scopeTerms;
    /** Per term, the stamp of the last text that counted it (outside and inside a market clause). */
    final int[] seen;
    final int[] seenInMarket;
    int stamp;

    MatchScratch(int leaves, int terms) {
        score = new double[leaves];
        gbt = new GbtMatch[leaves];
        industry = new String[leaves];
        industryScore = new double[leaves];
        touched = new int[leaves];
        isTouched = new boolean[leaves];
        productTerms = new LeafTerms(leaves);
        scopeTerms = new LeafTerms(leaves);
        seen = new int[terms];
        seenInMarket = new int[terms];
    }

    void touch(int leaf) {
        if (!isTouched[leaf]) {
            isTouched[leaf] = true;
            touched[touchedCount++] = leaf;
        }
    }

    boolean hasTerms(int leaf) {
        return productTerms.head[leaf] >= 0 || scopeTerms.head[leaf] >= 0;
    }

    /** A stamp no term carries yet. */
    int nextStamp() {
        if (stamp == Integer.MAX_VALUE) {
            Arrays.fill(seen, 0);
            Arrays.fill(seenInMarket, 0);
            stamp = 0;
        }
        return ++stamp;
    }

    void reset() {
        for (int t = 0; t < touchedCount; t++) {
            int i = touched[t];
            score[i] = 0;
            gbt[i] = null;
            industry[i] = null;
            industryScore[i] = 0;
            isTouched[i] = false;
        }
        touchedCount = 0;
        productTerms.reset();
        scopeTerms.reset();
    }
}
