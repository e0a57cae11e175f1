package cn.tenstrong.chain;

import cn.tenstrong.chain.SegmentMatch.GbtMatch;
import cn.tenstrong.chain.KeywordAutomaton.Hit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * 企业自动挂链: scores every leaf segment of the catalog against an enterprise's 经营范围, 主营产品, its product lines
 * (weighted by their share of revenue) and industry classifications. Built once per catalog (one automaton over all terms); thread-safe and allocation-light,
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
    /**
     * A product line counts in full from this share of revenue up, below it in proportion: a tenth of revenue is a
     * side line, and a word in it says less about what the enterprise is than the same word in its main business.
     */
    static final double FULL_LINE_SHARE = 0.3;
    /** An industry classification that names one business (白酒Ⅲ) places on its own, a little below two words. */
    static final double INDUSTRY_SOLE_WEIGHT = 2.4;
    /** An industry classification that covers several leaves only tips the balance between words. */
    static final double INDUSTRY_SUPPORT_WEIGHT = 0.75;
    /** Below this a candidate is noise and is not returned. */
    public static final double MIN_CONFIDENCE = 0.2;

    private final Catalogued[] leaves;
    private final KeywordAutomaton automaton;
    private final String[] displayTerms;
    private final int[][] leavesByTerm;
    private final double[] termSpecificity;
    private final Map<String, int[]> leavesByClass;
    private final Map<String, int[]> leavesByGroup;
    private final Map<String, Integer> leafByCode = new HashMap<>();
    private final ProductWords words;
    private final ThreadLocal<MatchScratch> scratch;
    private static final int[] NO_LEAVES = new int[0];
    /** Leaves named for a field of application (汽车电子芯片应用): the fields a text serves are their evidence. */
    private final boolean[] application;
    /** Each leaf's own words (name, keywords, products), normalised: the kinds of thing it is. */
    private final List<List<String>> leafWords = new ArrayList<>();

    /**
     * Words that, right after a segment word, make it an input for that product rather than the product
     * (农药中间体, 电解液溶剂, 聚氨酯泡沫稳定剂): the word found there is not counted (chain/input-qualifiers.csv).
     */
    public static final String INPUT_QUALIFIERS = "chain/input-qualifiers.csv";
    /** The catalog names a leaf for a field of application with this ending (汽车电子芯片应用, 显示应用). */
    static final String APPLICATION_SUFFIX = "应用";

    private record Catalogued(Chain chain, ChainSegment segment) {
    }

    private SegmentMatcher(ChainCatalog catalog, ProductWords words) {
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
        scratch = ThreadLocal.withInitial(() -> new MatchScratch(leaves.length, displayTerms.length));
    }

    /** Compiles the matcher for a catalog. */
    public static SegmentMatcher of(ChainCatalog catalog) {
        return new SegmentMatcher(catalog, ProductWords.loadDefault());
    }

    /** Compiles the matcher with its own input qualifiers (tests). */
    public static SegmentMatcher of(ChainCatalog catalog, List<String> inputQualifiers) {
        return new SegmentMatcher(catalog, ProductWords.of(inputQualifiers));
    }

    /** The best leaf segments, at most {@code limit}, best first; empty when nothing fits. */
    public List<SegmentMatch> match(EnterpriseDescription enterprise, int limit) {
        MatchScratch w = scratch.get();
        w.reset();
        // whether a product text names a segment word only as a qualifier of another product (微特电机换向器): it then
        // names a business, just not the leaf's, and the SW industry must not place on its own
        boolean qualifiedOnly = collect(MatchText.normaliseText(enterprise.mainProducts()), PRODUCT_WEIGHT,
                w.productTerms, w);
        for (EnterpriseDescription.ProductLine line : enterprise.productLines()) {
            double share = Math.max(0, Math.min(1, line.share() / FULL_LINE_SHARE));
            if (share > 0) {
                qualifiedOnly |= collect(MatchText.normaliseText(line.product()), PRODUCT_WEIGHT * share,
                        w.productTerms, w);
            }
        }
        collect(MatchText.normaliseText(enterprise.businessScope()), SCOPE_WEIGHT, w.scopeTerms, w);
        double[] score = w.score;
        LeafTerms products = w.productTerms;
        for (int l = 0; l < products.leafCount; l++) {
            int leaf = products.leaves[l];
            w.touch(leaf);
            for (int e = products.head[leaf]; e >= 0; e = products.next[e]) {
                score[leaf] += products.weight[e] * termSpecificity[products.term[e]];
            }
        }
        LeafTerms scopes = w.scopeTerms;
        for (int l = 0; l < scopes.leafCount; l++) {
            int leaf = scopes.leaves[l];
            w.touch(leaf);
            double scope = 0;
            for (int e = scopes.head[leaf]; e >= 0; e = scopes.next[e]) {
                // a word the products name counts there, once
                if (!products.holds(leaf, scopes.term[e])) {
                    scope += scopes.weight[e] * termSpecificity[scopes.term[e]];
                }
            }
            score[leaf] += Math.min(SCOPE_CAP, scope);
        }
        String code = enterprise.industryCode();
        GbtMatch[] gbt = w.gbt;
        if (code.length() == 4) {
            int[] exact = leavesByClass.getOrDefault(code, NO_LEAVES);
            for (int i : exact) {
                w.touch(i);
                gbt[i] = GbtMatch.EXACT;
                score[i] += GBT_EXACT_WEIGHT / Math.sqrt(exact.length);
            }
            int[] group = leavesByGroup.getOrDefault(code.substring(0, 3), NO_LEAVES);
            for (int i : group) {
                if (gbt[i] == null && w.hasTerms(i)) {
                    // a group match only supports keyword evidence; alone it is too broad to place anyone
                    gbt[i] = GbtMatch.GROUP;
                    score[i] += GBT_GROUP_WEIGHT;
                }
            }
        }
        String[] industry = w.industry;
        double[] industryScore = w.industryScore;
        for (EnterpriseDescription.IndustrySegment named : enterprise.industrySegments()) {
            Integer i = leafByCode.get(named.qualifiedCode());
            if (i == null || industry[i] != null) {
                continue;
            }
            if (named.sole() && (products.leafCount == 0 && !qualifiedOnly || products.head[i] >= 0)) {
                // the classification speaks alone only when the texts name no other business: a company whose main
                // business reads 海水养殖 while its (newer) industry reads 体外诊断 is not placed on the industry's word
                w.touch(i);
                industry[i] = named.label();
                industryScore[i] = INDUSTRY_SOLE_WEIGHT;
                score[i] += INDUSTRY_SOLE_WEIGHT;
            } else if (w.hasTerms(i)) {
                // an industry that covers several leaves only supports the words found for one of them
                industry[i] = named.label();
                industryScore[i] = INDUSTRY_SUPPORT_WEIGHT;
                score[i] += INDUSTRY_SUPPORT_WEIGHT;
            }
        }
        // leaf order, as the ranking breaks ties by it
        Arrays.sort(w.touched, 0, w.touchedCount);
        List<SegmentMatch> result = new ArrayList<>();
        for (int t = 0; t < w.touchedCount; t++) {
            int i = w.touched[t];
            if (score[i] <= 0) {
                continue;
            }
            double confidence = 1 - Math.exp(-score[i] / SCALE);
            if (confidence < MIN_CONFIDENCE) {
                continue;
            }
            result.add(new SegmentMatch(leaves[i].chain(), leaves[i].segment(), confidence, score[i], matchedTerms(w, i),
                    gbt[i] == null ? GbtMatch.NONE : gbt[i], industry[i], industryScore[i]));
        }
        result.sort(Comparator.comparingDouble(SegmentMatch::score).reversed());
        return result.size() > limit ? List.copyOf(result.subList(0, limit)) : result;
    }

    /** The words found for a leaf: those of the products first, then those only the scope names. */
    private List<String> matchedTerms(MatchScratch w, int leaf) {
        LeafTerms products = w.productTerms;
        LeafTerms scopes = w.scopeTerms;
        List<String> out = new ArrayList<>();
        for (int e = products.head[leaf]; e >= 0; e = products.next[e]) {
            out.add(displayTerms[products.term[e]]);
        }
        for (int e = scopes.head[leaf]; e >= 0; e = scopes.next[e]) {
            if (!products.holds(leaf, scopes.term[e])) {
                out.add(displayTerms[scopes.term[e]]);
            }
        }
        return out;
    }

    /** The five best candidates. */
    public List<SegmentMatch> match(String businessScope, String mainProducts, String industryCode) {
        return match(new EnterpriseDescription(businessScope, mainProducts, industryCode), 5);
    }

    /** How many distinct match terms the automaton holds. */
    public int termCount() {
        return displayTerms.length;
    }

    /** Collects the words a text names as products; true when it named one only as a qualifier of another. */
    private boolean collect(String text, double weight, LeafTerms found, MatchScratch w) {
        if (text.isEmpty()) {
            return false;
        }
        boolean qualified = false;
        List<Hit> hits = automaton.find(text);
        IntPredicate wordStartsAt = at -> startsAt(hits, at);
        boolean[] market = words.marketClauses(text);
        int seen = w.nextStamp();
        int seenInMarket = w.nextStamp();
        for (Hit hit : hits) {
            String qualifier = words.qualifier(text, hit.start(), hit.end(), wordStartsAt);
            if (ProductWords.ANY.equals(qualifier)) {
                // an input qualifier (农药中间体) does not stop the SW industry: such makers often make the product too
                qualified |= !words.isInputQualified(text, hit.end());
                continue;
            }
            if (restates(text, hit, hits) || w.seen[hit.term()] == seen) {
                continue; // repeating a term in one text is not more evidence
            }
            // a word inside a market clause (应用于…领域, 为…提供) names the customers or fields served: it is evidence
            // only for the leaves named for a field of application
            boolean served = market[hit.start()];
            if (served) {
                if (w.seenInMarket[hit.term()] == seenInMarket) {
                    continue;
                }
                w.seenInMarket[hit.term()] = seenInMarket;
            }
            // the text names a market it serves: it speaks of the business, so the SW industry does not speak alone
            qualified |= served;
            if (!served) {
                w.seen[hit.term()] = seen;
            }
            for (int leaf : leavesByTerm[hit.term()]) {
                if (qualifier != null && words.takesAway(qualifier, leafWords.get(leaf))) {
                    qualified = true;
                } else if (!served || application[leaf]) {
                    found.keepStrongest(leaf, hit.term(), weight);
                }
            }
        }
        return qualified;
    }

    private static boolean startsAt(List<Hit> hits, int at) {
        for (Hit h : hits) {
            if (h.start() == at) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a found word only restates, in brackets, the word right before it for the same leaf: 企业资源计划(ERP)
     * is one mention of one product, not two words for it.
     */
    private boolean restates(String text, Hit hit, List<Hit> hits) {
        if (hit.start() < 1 || text.charAt(hit.start() - 1) != '(' || hit.end() >= text.length()
                || text.charAt(hit.end()) != ')') {
            return false;
        }
        // found words do not overlap: at most one ends at a position
        Hit before = null;
        for (Hit h : hits) {
            if (h.end() == hit.start() - 1) {
                before = h;
            }
        }
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

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Map<String, int[]> toArrays(Map<String, List<Integer>> map) {
        Map<String, int[]> out = new HashMap<>();
        map.forEach((k, v) -> out.put(k, toArray(v)));
        return Map.copyOf(out);
    }
}
