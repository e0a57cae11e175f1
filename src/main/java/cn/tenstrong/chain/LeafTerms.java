package cn.tenstrong.chain;

import java.util.Arrays;

/**
 * Leaf → term → the strongest weight the term was found with (a term counts once per leaf), terms in the order
 * first found: a list per leaf in shared entry arrays.
 */
final class LeafTerms {

    final int[] head;
    final int[] tail;
    /** The leaves that have terms, in the order first found. */
    final int[] leaves;
    int leafCount;
    int[] next = new int[64];
    int[] term = new int[64];
    double[] weight = new double[64];
    int size;

    LeafTerms(int leafCount) {
        head = new int[leafCount];
        tail = new int[leafCount];
        leaves = new int[leafCount];
        Arrays.fill(head, -1);
    }

    void keepStrongest(int leaf, int t, double w) {
        for (int e = head[leaf]; e >= 0; e = next[e]) {
            if (term[e] == t) {
                weight[e] = Math.max(weight[e], w);
                return;
            }
        }
        if (size == next.length) {
            next = Arrays.copyOf(next, size * 2);
            term = Arrays.copyOf(term, size * 2);
            weight = Arrays.copyOf(weight, size * 2);
        }
        int e = size++;
        next[e] = -1;
        term[e] = t;
        weight[e] = w;
        if (head[leaf] < 0) {
            head[leaf] = e;
            leaves[leafCount++] = leaf;
        } else {
            next[tail[leaf]] = e;
        }
        tail[leaf] = e;
    }

    boolean holds(int leaf, int t) {
        for (int e = head[leaf]; e >= 0; e = next[e]) {
            if (term[e] == t) {
                return true;
            }
        }
        return false;
    }

    void reset() {
        for (int l = 0; l < leafCount; l++) {
            head[leaves[l]] = -1;
        }
        leafCount = 0;
        size = 0;
    }
}
