package cn.tenstrong.chain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Aho–Corasick automaton over normalised text: finds every occurrence of every term in one pass,
 * then keeps the leftmost-longest non-overlapping ones so that 光刻胶 does not also count as 光刻.
 */
final class KeywordAutomaton {

    private final LongIntTable edges = new LongIntTable();
    private int[] fail = new int[1024];
    private int[] termAt = new int[1024];      // longest term ending exactly at a node, -1 if none
    private int[] outputLink = new int[1024];  // nearest node on the fail chain that ends a term, -1 if none
    private int[] depth = new int[1024];
    private int nodes = 1;
    private final List<String> terms = new ArrayList<>();
    /**
     * The characters some term holds, as a bit set: any other character leads every node back to the root, so the
     * scan skips the fail chain for it (most characters of a business scope are in no term).
     */
    private final long[] alphabet = new long[1 << 10];
    /** The root's edges by character (-1: none), the one node every scan keeps coming back to. */
    private final int[] rootNext = new int[1 << 16];

    /** A found term: from start up to (not including) end of the normalised text. */
    record Hit(int term, int start, int end) {
        int length() {
            return end - start;
        }
    }

    /** Builds the automaton over the given (already normalised, distinct) terms; ids are list positions. */
    KeywordAutomaton(List<String> normalisedTerms) {
        Arrays.fill(termAt, -1);
        Arrays.fill(rootNext, -1);
        for (String term : normalisedTerms) {
            add(term);
        }
        link();
    }

    List<String> terms() {
        return terms;
    }

    private void add(String term) {
        int id = terms.size();
        terms.add(term);
        int node = 0;
        for (int i = 0; i < term.length(); i++) {
            alphabet[term.charAt(i) >>> 6] |= 1L << term.charAt(i);
            long key = key(node, term.charAt(i));
            int next = edges.get(key);
            if (next < 0) {
                next = newNode(depth[node] + 1);
                edges.put(key, next);
                if (node == 0) {
                    rootNext[term.charAt(i)] = next;
                }
            }
            node = next;
        }
        if (termAt[node] < 0) {
            termAt[node] = id;
        }
    }

    private int newNode(int d) {
        if (nodes == fail.length) {
            int size = nodes * 2;
            fail = Arrays.copyOf(fail, size);
            outputLink = Arrays.copyOf(outputLink, size);
            depth = Arrays.copyOf(depth, size);
            int old = termAt.length;
            termAt = Arrays.copyOf(termAt, size);
            Arrays.fill(termAt, old, size, -1);
        }
        depth[nodes] = d;
        return nodes++;
    }

    private void link() {
        // breadth-first over the trie: children of each node are found through the edge table
        List<List<long[]>> children = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            children.add(new ArrayList<>());
        }
        edges.forEach((key, child) -> children.get((int) (key >>> 16)).add(new long[]{key & 0xFFFF, child}));
        Arrays.fill(outputLink, 0, nodes, -1);
        Deque<Integer> queue = new ArrayDeque<>();
        for (long[] c : children.get(0)) {
            fail[(int) c[1]] = 0;
            queue.add((int) c[1]);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (long[] c : children.get(node)) {
                char ch = (char) c[0];
                int child = (int) c[1];
                int f = fail[node];
                while (f > 0 && edges.get(key(f, ch)) < 0) {
                    f = fail[f];
                }
                int target = edges.get(key(f, ch));
                fail[child] = target >= 0 && target != child ? target : 0;
                int fl = fail[child];
                outputLink[child] = termAt[fl] >= 0 ? fl : outputLink[fl];
                queue.add(child);
            }
        }
    }

    /** Leftmost-longest, non-overlapping term occurrences. */
    List<Hit> find(String text) {
        List<Hit> all = new ArrayList<>();
        int node = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if ((alphabet[ch >>> 6] & (1L << ch)) == 0) {
                node = 0; // the root ends no term
                continue;
            }
            int next = -1;
            while (node > 0 && (next = edges.get(key(node, ch))) < 0) {
                node = fail[node];
            }
            if (node == 0) {
                next = rootNext[ch];
            }
            node = Math.max(next, 0);
            for (int n = termAt[node] >= 0 ? node : outputLink[node]; n >= 0; n = outputLink[n]) {
                int start = i + 1 - depth[n];
                if (standsAlone(text, start, i + 1)) {
                    all.add(new Hit(termAt[n], start, i + 1));
                }
            }
        }
        if (all.size() < 2) {
            return all;
        }
        all.sort((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.start() - b.start());
        boolean[] taken = new boolean[text.length()];
        List<Hit> kept = new ArrayList<>();
        for (Hit h : all) {
            boolean free = true;
            for (int p = h.start(); p < h.end() && free; p++) {
                free = !taken[p];
            }
            if (free) {
                Arrays.fill(taken, h.start(), h.end(), true);
                kept.add(h);
            }
        }
        return kept;
    }

    /** A Latin term must not be glued to more Latin: CT is not in OCTOBER, PA6 is not PA66. */
    private static boolean standsAlone(String text, int start, int end) {
        boolean latinStart = isLatinOrDigit(text.charAt(start));
        boolean latinEnd = isLatinOrDigit(text.charAt(end - 1));
        return !(latinStart && start > 0 && isLatinOrDigit(text.charAt(start - 1)))
                && !(latinEnd && end < text.length() && isLatinOrDigit(text.charAt(end)));
    }

    private static boolean isLatinOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
    }

    private static long key(int node, char ch) {
        return ((long) node << 16) | ch;
    }

    /** Open-addressing long→int map; the automaton's only hot structure. Keys are never negative: -1 marks a free slot. */
    static final class LongIntTable {
        private static final long FREE = -1;
        private long[] keys = free(1 << 12);
        private int[] values = new int[1 << 12];
        private int size;

        int get(long key) {
            long[] k = keys;
            int mask = k.length - 1;
            for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
                long at = k[i];
                if (at == key) {
                    return values[i];
                }
                if (at == FREE) {
                    return -1;
                }
            }
        }

        void put(long key, int value) {
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = mix(key) & mask;
            while (keys[i] != FREE && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (keys[i] == FREE) {
                size++;
            }
            keys[i] = key;
            values[i] = value;
        }

        void forEach(java.util.function.ObjIntConsumer<Long> action) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != FREE) {
                    action.accept(keys[i], values[i]);
                }
            }
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = free(oldKeys.length * 2);
            values = new int[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != FREE) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static long[] free(int length) {
            long[] k = new long[length];
            Arrays.fill(k, FREE);
            return k;
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
