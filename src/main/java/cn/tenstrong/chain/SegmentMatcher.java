package cn.tenstrong.chain;

import cn.tenstrong.chain.SegmentMatch.GbtMatch;
import cn.tenstrong.chain.internal.KeywordAutomaton;
import cn.tenstrong.chain.internal.KeywordAutomaton.Hit;
import cn.tenstrong.chain.internal.TextNormaliser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 企业自动挂链: scores every leaf segment of the catalog against an enterprise's 经营范围, 主营产品 and
 * industry code. Built once per catalog (one automaton over all terms); thread-safe and allocation-light,
 * since it runs over the whole enterprise library.
 */
public final class SegmentMatcher {

    /** A term found in 主营产品 says more than one in the long, boilerplate-rich 经营范围. */
    static final double PRODUCT_WEIGHT = 3.0;
    static final double SCOPE_WEIGHT = 1.0;
    static final double GBT_EXACT_WEIGHT = 1.5;
    static final double GBT_GROUP_WEIGHT = 0.5;
    /**
     * Ceiling on what 经营范围 alone can add to one segment: scopes are long and full of boilerplate
     * (广告设计、制作、代理、发布 …), so scope evidence says "possible", products say "likely".
     */
    static final double SCOPE_CAP = 2.0;
    /** Score at which confidence reaches 1 - 1/e. */
    static final double SCALE = 3.0;
    /** Below this a candidate is noise and is not returned. */
    public static final double MIN_CONFIDENCE = 0.2;

    private final Catalogued[] leaves;
    private final KeywordAutomaton automaton;
    private final String[] displayTerms;
    private final int[][] leavesByTerm;
    private final double[] termSpecificity;
    private final Map<String, int[]> leavesByClass;
    private final Map<String, int[]> leavesByGroup;

    private record Catalogued(Chain chain, ChainSegment segment) {
    }

    private SegmentMatcher(ChainCatalog catalog) {
        List<Catalogued> list = new ArrayList<>();
        for (Chain chain : catalog.chains()) {
            chain.leaves().forEach(l -> list.add(new Catalogued(chain, l)));
        }
        leaves = list.toArray(Catalogued[]::new);
        Map<String, List<Integer>> byTerm = new LinkedHashMap<>();
        Map<String, String> display = new HashMap<>();
        Map<String, List<Integer>> byClass = new HashMap<>();
        Map<String, List<Integer>> byGroup = new HashMap<>();
        for (int i = 0; i < leaves.length; i++) {
            ChainSegment s = leaves[i].segment();
            Set<String> own = new LinkedHashSet<>(s.keywords());
            own.addAll(s.products());
            for (String term : own) {
                String norm = TextNormaliser.normalise(term.strip());
                if (norm.length() < 2) {
                    continue; // a single character matches everywhere
                }
                byTerm.computeIfAbsent(norm, k -> new ArrayList<>()).add(i);
                display.putIfAbsent(norm, term.strip());
            }
            for (String code : s.gbtCodes()) {
                byClass.computeIfAbsent(code, k -> new ArrayList<>()).add(i);
                List<Integer> group = byGroup.computeIfAbsent(code.substring(0, 3), k -> new ArrayList<>());
                if (!group.contains(i)) {
                    group.add(i);
                }
            }
        }
        List<String> terms = new ArrayList<>(byTerm.keySet());
        automaton = new KeywordAutomaton(terms);
        displayTerms = terms.stream().map(display::get).toArray(String[]::new);
        leavesByTerm = terms.stream().map(t -> toArray(byTerm.get(t))).toArray(int[][]::new);
        termSpecificity = new double[terms.size()];
        for (int t = 0; t < terms.size(); t++) {
            // a term shared by many segments says little about which one; a two-character term is often generic
            double lengthFactor = terms.get(t).length() >= 3 ? 1.0 : 0.7;
            termSpecificity[t] = lengthFactor / Math.sqrt(leavesByTerm[t].length);
        }
        leavesByClass = toArrays(byClass);
        leavesByGroup = toArrays(byGroup);
    }

    /** Compiles the matcher for a catalog. */
    public static SegmentMatcher of(ChainCatalog catalog) {
        return new SegmentMatcher(catalog);
    }

    /** The best leaf segments, at most {@code limit}, best first; empty when nothing fits. */
    public List<SegmentMatch> match(EnterpriseDescription enterprise, int limit) {
        double[] score = new double[leaves.length];
        double[] scopeScore = new double[leaves.length];
        Map<Integer, Set<Integer>> termsByLeaf = new HashMap<>();
        accumulate(TextNormaliser.normaliseText(enterprise.mainProducts()), PRODUCT_WEIGHT, score, termsByLeaf);
        accumulate(TextNormaliser.normaliseText(enterprise.businessScope()), SCOPE_WEIGHT, scopeScore, termsByLeaf);
        for (int i = 0; i < leaves.length; i++) {
            score[i] += Math.min(SCOPE_CAP, scopeScore[i]);
        }
        String code = enterprise.industryCode();
        GbtMatch[] gbt = new GbtMatch[leaves.length];
        if (code.length() == 4) {
            int[] exact = leavesByClass.getOrDefault(code, new int[0]);
            for (int i : exact) {
                gbt[i] = GbtMatch.EXACT;
                score[i] += GBT_EXACT_WEIGHT / Math.sqrt(exact.length);
            }
            int[] group = leavesByGroup.getOrDefault(code.substring(0, 3), new int[0]);
            for (int i : group) {
                if (gbt[i] == null && termsByLeaf.containsKey(i)) {
                    // a group match only supports keyword evidence; alone it is too broad to place anyone
                    gbt[i] = GbtMatch.GROUP;
                    score[i] += GBT_GROUP_WEIGHT;
                }
            }
        }
        List<SegmentMatch> result = new ArrayList<>();
        for (int i = 0; i < leaves.length; i++) {
            if (score[i] <= 0) {
                continue;
            }
            double confidence = 1 - Math.exp(-score[i] / SCALE);
            if (confidence < MIN_CONFIDENCE) {
                continue;
            }
            List<String> matched = termsByLeaf.getOrDefault(i, Set.of()).stream().map(t -> displayTerms[t]).toList();
            result.add(new SegmentMatch(leaves[i].chain(), leaves[i].segment(), confidence, score[i], matched,
                    gbt[i] == null ? GbtMatch.NONE : gbt[i]));
        }
        result.sort(Comparator.comparingDouble(SegmentMatch::score).reversed());
        return result.size() > limit ? List.copyOf(result.subList(0, limit)) : result;
    }

    /** The five best candidates. */
    public List<SegmentMatch> match(String businessScope, String mainProducts, String industryCode) {
        return match(new EnterpriseDescription(businessScope, mainProducts, industryCode), 5);
    }

    /** How many distinct match terms the automaton holds. */
    public int termCount() {
        return displayTerms.length;
    }

    private void accumulate(String text, double weight, double[] score, Map<Integer, Set<Integer>> termsByLeaf) {
        if (text.isEmpty()) {
            return;
        }
        Set<Integer> seen = new LinkedHashSet<>();
        for (Hit hit : automaton.find(text)) {
            if (!seen.add(hit.term())) {
                continue; // repeating a term in one text is not more evidence
            }
            for (int leaf : leavesByTerm[hit.term()]) {
                Set<Integer> terms = termsByLeaf.computeIfAbsent(leaf, k -> new LinkedHashSet<>());
                if (terms.add(hit.term())) {
                    score[leaf] += weight * termSpecificity[hit.term()];
                }
            }
        }
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Map<String, int[]> toArrays(Map<String, List<Integer>> map) {
        Map<String, int[]> out = new HashMap<>();
        map.forEach((k, v) -> out.put(k, toArray(v)));
        return Map.copyOf(out);
    }
}
