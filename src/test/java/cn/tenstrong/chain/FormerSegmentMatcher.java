package cn.tenstrong.chain;

import static cn.tenstrong.chain.SegmentMatcher.APPLICATION_SUFFIX;
import static cn.tenstrong.chain.SegmentMatcher.FULL_LINE_SHARE;
import static cn.tenstrong.chain.SegmentMatcher.GBT_EXACT_WEIGHT;
import static cn.tenstrong.chain.SegmentMatcher.GBT_GROUP_WEIGHT;
import static cn.tenstrong.chain.SegmentMatcher.INDUSTRY_SOLE_WEIGHT;
import static cn.tenstrong.chain.SegmentMatcher.INDUSTRY_SUPPORT_WEIGHT;
import static cn.tenstrong.chain.SegmentMatcher.MIN_CONFIDENCE;
import static cn.tenstrong.chain.SegmentMatcher.PRODUCT_WEIGHT;
import static cn.tenstrong.chain.SegmentMatcher.SCALE;
import static cn.tenstrong.chain.SegmentMatcher.SCOPE_CAP;
import static cn.tenstrong.chain.SegmentMatcher.SCOPE_WEIGHT;

import cn.tenstrong.chain.SegmentMatch.GbtMatch;
import cn.tenstrong.chain.KeywordAutomaton.Hit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The matcher as it was before its allocation-light rewrite (commit 479d32c), kept as the reference the rewrite is
 * compared with (SegmentMatcherEquivalenceTest): HashMaps of boxed leaf and term ids, LinkedHashSets for the matched
 * terms, arrays of the leaf count per call, and excluded activities dropped by the former regex.
 */
final class FormerSegmentMatcher {
    private final Catalogued[] leaves;
    private final KeywordAutomaton automaton;
    private final String[] displayTerms;
    private final int[][] leavesByTerm;
    private final double[] termSpecificity;
    private final Map<String, int[]> leavesByClass;
    private final Map<String, int[]> leavesByGroup;
    private final Map<String, Integer> leafByCode = new HashMap<>();
    private final ProductWords words;
    /** Leaves named for a field of application (汽车电子芯片应用): the fields a text serves are their evidence. */
    private final boolean[] application;
    /** Each leaf's own words (name, keywords, products), normalised: the kinds of thing it is. */
    private final List<List<String>> leafWords = new ArrayList<>();

    private record Catalogued(Chain chain, ChainSegment segment) {
    }

    FormerSegmentMatcher(ChainCatalog catalog, ProductWords words) {
        this.words = words;
        List<Catalogued> list = new ArrayList<>();
        for (Chain chain : catalog.chains()) {
            chain.leaves().forEach(l -> list.add(new Catalogued(chain, l)));
        }
        leaves = list.toArray(Catalogued[]::new);
        application = new boolean[leaves.length];
        for (int i = 0; i < leaves.length; i++) {
            ChainSegment s = leaves[i].segment();
            application[i] = s.name().endsWith(APPLICATION_SUFFIX);
            List<String> own = new ArrayList<>(List.of(MatchText.normalise(s.name())));
            s.keywords().forEach(k -> own.add(MatchText.normalise(k)));
            s.products().forEach(p -> own.add(MatchText.normalise(p)));
            leafWords.add(List.copyOf(own));
        }
        Map<String, List<Integer>> byTerm = new LinkedHashMap<>();
        Map<String, String> display = new HashMap<>();
        Map<String, List<Integer>> byClass = new HashMap<>();
        Map<String, List<Integer>> byGroup = new HashMap<>();
        for (int i = 0; i < leaves.length; i++) {
            ChainSegment s = leaves[i].segment();
            leafByCode.put(s.qualifiedCode(), i);
            Set<String> own = new LinkedHashSet<>(s.keywords());
            own.addAll(s.products());
            for (String term : own) {
                String norm = MatchText.normalise(term.strip());
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

    /** The best leaf segments, at most {@code limit}, best first; empty when nothing fits. */
    public List<SegmentMatch> match(EnterpriseDescription enterprise, int limit) {
        double[] score = new double[leaves.length];
        // leaf -> term -> the strongest weight the term was found with (a term counts once per leaf)
        Map<Integer, Map<Integer, Double>> productTerms = new HashMap<>();
        // whether a product text names a segment word only as a qualifier of another product (微特电机换向器): it then
        // names a business, just not the leaf's, and the SW industry must not place on its own
        boolean qualifiedOnly = collect(normaliseText(enterprise.mainProducts()), PRODUCT_WEIGHT,
                productTerms);
        for (EnterpriseDescription.ProductLine line : enterprise.productLines()) {
            double share = Math.max(0, Math.min(1, line.share() / FULL_LINE_SHARE));
            if (share > 0) {
                qualifiedOnly |= collect(normaliseText(line.product()), PRODUCT_WEIGHT * share,
                        productTerms);
            }
        }
        Map<Integer, Map<Integer, Double>> scopeTerms = new HashMap<>();
        collect(normaliseText(enterprise.businessScope()), SCOPE_WEIGHT, scopeTerms);
        Map<Integer, Set<Integer>> termsByLeaf = new HashMap<>();
        productTerms.forEach((leaf, terms) -> terms.forEach((term, weight) -> {
            score[leaf] += weight * termSpecificity[term];
            termsByLeaf.computeIfAbsent(leaf, k -> new LinkedHashSet<>()).add(term);
        }));
        scopeTerms.forEach((leaf, terms) -> {
            double scope = 0;
            for (Map.Entry<Integer, Double> t : terms.entrySet()) {
                if (termsByLeaf.computeIfAbsent(leaf, k -> new LinkedHashSet<>()).add(t.getKey())) {
                    scope += t.getValue() * termSpecificity[t.getKey()];
                }
            }
            score[leaf] += Math.min(SCOPE_CAP, scope);
        });
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
        String[] industry = new String[leaves.length];
        double[] industryScore = new double[leaves.length];
        for (EnterpriseDescription.IndustrySegment named : enterprise.industrySegments()) {
            Integer i = leafByCode.get(named.qualifiedCode());
            if (i == null || industry[i] != null) {
                continue;
            }
            if (named.sole() && (productTerms.isEmpty() && !qualifiedOnly || productTerms.containsKey(i))) {
                // the classification speaks alone only when the texts name no other business: a company whose main
                // business reads 海水养殖 while its (newer) industry reads 体外诊断 is not placed on the industry's word
                industry[i] = named.label();
                industryScore[i] = INDUSTRY_SOLE_WEIGHT;
                score[i] += INDUSTRY_SOLE_WEIGHT;
            } else if (termsByLeaf.containsKey(i)) {
                // an industry that covers several leaves only supports the words found for one of them
                industry[i] = named.label();
                industryScore[i] = INDUSTRY_SUPPORT_WEIGHT;
                score[i] += INDUSTRY_SUPPORT_WEIGHT;
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
                    gbt[i] == null ? GbtMatch.NONE : gbt[i], industry[i], industryScore[i]));
        }
        result.sort(Comparator.comparingDouble(SegmentMatch::score).reversed());
        return result.size() > limit ? List.copyOf(result.subList(0, limit)) : result;
    }

    /** Collects the words a text names as products; true when it named one only as a qualifier of another. */
    private boolean collect(String text, double weight, Map<Integer, Map<Integer, Double>> found) {
        if (text.isEmpty()) {
            return false;
        }
        boolean qualified = false;
        List<Hit> hits = automaton.find(text);
        Map<Integer, Hit> byEnd = new HashMap<>();
        Set<Integer> starts = new HashSet<>();
        hits.forEach(h -> {
            byEnd.put(h.end(), h);
            starts.add(h.start());
        });
        boolean[] market = words.marketClauses(text);
        Set<Integer> seen = new LinkedHashSet<>();
        Set<Integer> seenInMarket = new HashSet<>();
        for (Hit hit : hits) {
            String qualifier = words.qualifier(text, hit.start(), hit.end(), starts::contains);
            if (ProductWords.ANY.equals(qualifier)) {
                // an input qualifier (农药中间体) does not stop the SW industry: such makers often make the product too
                qualified |= !words.isInputQualified(text, hit.end());
                continue;
            }
            if (restates(text, hit, byEnd) || seen.contains(hit.term())) {
                continue; // repeating a term in one text is not more evidence
            }
            // a word inside a market clause (应用于…领域, 为…提供) names the customers or fields served: it is evidence
            // only for the leaves named for a field of application
            boolean served = market[hit.start()];
            if (served && !seenInMarket.add(hit.term())) {
                continue;
            }
            // the text names a market it serves: it speaks of the business, so the SW industry does not speak alone
            qualified |= served;
            if (!served) {
                seen.add(hit.term());
            }
            for (int leaf : leavesByTerm[hit.term()]) {
                if (qualifier != null && words.takesAway(qualifier, leafWords.get(leaf))) {
                    qualified = true;
                } else if (!served || application[leaf]) {
                    found.computeIfAbsent(leaf, k -> new LinkedHashMap<>()).merge(hit.term(), weight, Math::max);
                }
            }
        }
        return qualified;
    }

    /**
     * Whether a found word only restates, in brackets, the word right before it for the same leaf: 企业资源计划(ERP)
     * is one mention of one product, not two words for it.
     */
    private boolean restates(String text, Hit hit, Map<Integer, Hit> byEnd) {
        if (hit.start() < 1 || text.charAt(hit.start() - 1) != '(' || hit.end() >= text.length()
                || text.charAt(hit.end()) != ')') {
            return false;
        }
        Hit before = byEnd.get(hit.start() - 1);
        if (before == null) {
            return false;
        }
        for (int a : leavesByTerm[before.term()]) {
            for (int b : leavesByTerm[hit.term()]) {
                if (a == b) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern EXCLUSION = java.util.regex.Pattern.compile(
            "[（(][^（()）]*?(不含|除外|不得|禁止|除许可|除依法)[^（()）]*?[）)]");

    private static String normaliseText(String s) {
        return s.isEmpty() ? s : MatchText.normalise(EXCLUSION.matcher(s).replaceAll(" "));
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
