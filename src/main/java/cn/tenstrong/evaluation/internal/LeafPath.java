package cn.tenstrong.evaluation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.tenstrong.evaluation.internal.Scheme.Node;

/**
 * A leaf with the chain of nodes above it, which fixes its weight: the scheme total times, at each level, the node's
 * weight over the sum of its siblings' weights (cohort weights where the cohort's weight set names the node).
 */
record LeafPath(Node node, List<Node> ancestors, List<List<Node>> siblingsPerLevel) {

    /** The codes of the groups the leaf belongs to, outermost first. */
    List<String> groupCodes() {
        return ancestors.stream().map(Node::code).toList();
    }

    static List<LeafPath> of(Scheme scheme) {
        List<LeafPath> out = new ArrayList<>();
        walk(scheme.groups(), new ArrayList<>(), new ArrayList<>(), out);
        return out;
    }

    private static void walk(List<Node> level, List<Node> above, List<List<Node>> siblings, List<LeafPath> out) {
        for (Node n : level) {
            List<List<Node>> s = new ArrayList<>(siblings);
            s.add(level);
            if (n.isLeaf()) {
                out.add(new LeafPath(n, List.copyOf(above), List.copyOf(s)));
            } else {
                List<Node> a = new ArrayList<>(above);
                a.add(n);
                walk(n.children(), a, s, out);
            }
        }
    }

    /** The leaf's weight in scheme points for a cohort (null or unknown cohort: the default weights). */
    BigDecimal weight(Scheme scheme, String cohort) {
        Map<String, BigDecimal> set = cohort == null ? Map.of() : scheme.weightSets().getOrDefault(cohort, Map.of());
        BigDecimal w = scheme.total();
        List<Node> chain = new ArrayList<>(ancestors);
        chain.add(node);
        for (int level = 0; level < chain.size(); level++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Node sibling : siblingsPerLevel.get(level)) {
                sum = sum.add(set.getOrDefault(sibling.code(), sibling.weight()));
            }
            if (sum.signum() == 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal own = set.getOrDefault(chain.get(level).code(), chain.get(level).weight());
            w = w.multiply(own, ScoringRule.MC).divide(sum, ScoringRule.MC);
        }
        return w;
    }
}
