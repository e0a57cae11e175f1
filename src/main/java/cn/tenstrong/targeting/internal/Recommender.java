package cn.tenstrong.targeting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import cn.tenstrong.chain.Chain;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSegment;
import cn.tenstrong.chain.DeclaredGap;
import cn.tenstrong.chain.DeclaredGaps;
import cn.tenstrong.chain.ProductWords;
import cn.tenstrong.enterprise.ChainMaps;
import cn.tenstrong.enterprise.ChainTarget;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.EnterpriseProduct;
import cn.tenstrong.enterprise.EnterpriseRelation;
import cn.tenstrong.enterprise.EnterpriseRelations;
import cn.tenstrong.enterprise.PlacedEnterprise;
import cn.tenstrong.enterprise.PlacementRole;
import cn.tenstrong.enterprise.RelationKind;
import cn.tenstrong.enterprise.SwIndustrySegments;
import cn.tenstrong.enterprise.SwIndustrySegments.SwIndustrySegment;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Region;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.targeting.ChainWeights;
import cn.tenstrong.targeting.Recommendation;
import cn.tenstrong.targeting.Recommendation.Factor;
import cn.tenstrong.targeting.RecommendationList;
import cn.tenstrong.targeting.RecommendationQuery;
import cn.tenstrong.targeting.RecommendationWeights;
import cn.tenstrong.targeting.RegionScope;
import cn.tenstrong.targeting.TargetRecommender;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Ranks enterprises for a segment by six explained factors whose points add up to the score (产品匹配, 主营描述,
 * 行业代码, 荣誉标签, 规模, 供应链关系), with one plain sentence on why each fits. Each factor's points are rounded
 * to one decimal before they are added, so the explanation adds up exactly.
 */
@Service
class Recommender implements TargetRecommender {

    static final String CODE = "行业代码";
    static final String RELATIONS = "供应链关系";
    /** Enterprises placed on the segment taken per recommendation (链主 and 骨干 first, then by revenue). */
    static final int PLACED_CANDIDATES = 300;
    /** Enterprises taken from the full-text index per recommendation, besides those placed on the segment. */
    static final int TEXT_CANDIDATES = 400;
    /** Enterprises taken whose 主营产品构成 names the segment (largest revenue share first). */
    static final int PRODUCT_CANDIDATES = 200;
    /** Anchors (local 链主/骨干) read per chain at most. */
    static final int MAX_ANCHORS = 5000;

    private final ChainDirectory chains;
    private final ChainMaps maps;
    private final EnterpriseLibrary enterprises;
    private final EnterpriseRelations relations;
    private final RecommendationWeights weights;
    private final OrgDirectory orgs;
    private final Executor executor;
    private final TargetingProperties properties;
    private final DeclaredGaps declaredGaps;
    private final SwIndustrySegments swSegments;
    /** How a segment word in a product name is read (the placement's reading: 光刻胶光引发剂 is no photoresist). */
    private final ProductWords productWords = ProductWords.loadDefault();

    Recommender(ChainDirectory chains, ChainMaps maps, EnterpriseLibrary enterprises, EnterpriseRelations relations,
                RecommendationWeights weights, OrgDirectory orgs, TargetingProperties properties,
                DeclaredGaps declaredGaps, SwIndustrySegments swSegments,
                @Qualifier("applicationTaskExecutor") Executor executor) {
        this.swSegments = swSegments;
        this.properties = properties;
        this.declaredGaps = declaredGaps;
        this.executor = executor;
        this.chains = chains;
        this.maps = maps;
        this.enterprises = enterprises;
        this.relations = relations;
        this.weights = weights;
        this.orgs = orgs;
    }

    /** A local 链主/骨干 enterprise of the chain, the other end of a relation that earns points. */
    record Anchor(long id, String name, PlacementRole role) {
    }

    /** Where the anchors are ("本省" or a city) and which enterprises may be recommended. */
    record Area(RegionScope scope, String cityPrefix, String anchorLabel) {

        boolean admits(Enterprise e) {
            return switch (scope) {
                case OUTSIDE_SHANDONG -> !e.local();
                case OUTSIDE_CITY -> e.regionCode() == null || !e.regionCode().startsWith(cityPrefix);
                case ALL -> true;
            };
        }

        boolean anchorArea(Enterprise e) {
            return scope != RegionScope.OUTSIDE_CITY
                    ? e.local() : e.regionCode() != null && e.regionCode().startsWith(cityPrefix);
        }
    }

    @Override
    public RecommendationList recommendList(RecommendationQuery query) {
        Chain chain = chains.requireChain(query.chainCode());
        ChainSegment segment = chain.segment(query.segmentCode())
                .orElseThrow(() -> DomainException.notFound("环节不存在：" + query.chainCode() + "/" + query.segmentCode()));
        Area area = area(query);
        ChainWeights w = weights.weights(chain.code());
        Set<String> vocabulary = new LinkedHashSet<>();
        Set<String> classes = new LinkedHashSet<>();
        Set<String> codes = new HashSet<>();
        Set<String> names = new LinkedHashSet<>();
        segment.selfAndDescendants().forEach(s -> {
            vocabulary.addAll(s.keywords());
            vocabulary.addAll(s.products());
            classes.addAll(s.gbtCodes());
            codes.add(s.code());
            names.add(s.name());
        });
        ProductWords.Reading reading = productWords.reading(vocabulary, names);
        Segments target = new Segments(chain.code(), segment.name(), classes, codes);
        // the segment's placed enterprises (SQL) are read while the full-text index is queried
        Boolean local = area.scope() == RegionScope.OUTSIDE_SHANDONG ? Boolean.FALSE : null;
        boolean synthetic = query.includeSynthetic();
        CompletableFuture<List<PlacedEnterprise>> placed = CompletableFuture.supplyAsync(() -> maps.placed(chain.code(),
                segment.code(), local, EnumSet.allOf(PlacementRole.class), Set.of(), synthetic, PLACED_CANDIDATES),
                executor);
        // one index query for the whole vocabulary, outside the area's region: those using more of the segment's
        // words come first, and the index skips what cannot reach the top (no counting pass)
        String excluded = switch (area.scope()) {
            case OUTSIDE_SHANDONG -> "37";
            case OUTSIDE_CITY -> area.cityPrefix();
            case ALL -> null;
        };
        CompletableFuture<List<Enterprise>> naming = CompletableFuture.supplyAsync(() ->
                enterprises.namingInProducts(vocabulary, excluded, synthetic, PRODUCT_CANDIDATES), executor);
        List<Enterprise> textual = enterprises.bestMatchingAny(vocabulary, excluded, synthetic, TEXT_CANDIDATES);
        Map<Long, Enterprise> candidates = new LinkedHashMap<>();
        Map<Long, String> placedHow = new HashMap<>();
        for (PlacedEnterprise p : join(placed)) {
            candidates.put(p.enterprise().id(), p.enterprise());
            placedHow.put(p.enterprise().id(), p.placement().method().label() + "，" + p.placement().status().label());
        }
        for (Enterprise e : join(naming)) {
            candidates.putIfAbsent(e.id(), e);
        }
        for (Enterprise e : textual) {
            candidates.putIfAbsent(e.id(), e);
        }
        candidates.values().removeIf(e -> !area.admits(e) || (e.synthetic() && !synthetic));
        Map<Long, List<EnterpriseProduct>> products = enterprises.products(candidates.keySet());
        Map<Long, List<Link>> links = links(chain.code(), area, candidates.keySet(), w, synthetic);
        Set<Long> targets = new HashSet<>();
        for (ChainTarget t : maps.targets(chain.code())) {
            if (t.enterpriseId() != null) {
                targets.add(t.enterpriseId());
            }
        }
        FitSentence.Target fit = FitSentence.Target.of(segment.name(), declaredTerm(chain, segment));
        TargetingProperties.Scoring scoring = properties.scoring();
        List<Recommendation> out = new ArrayList<>();
        int notFitting = 0;
        for (Enterprise e : candidates.values()) {
            List<EnterpriseProduct> own = products.getOrDefault(e.id(), List.of());
            List<Factors.ProductMatch> matches = Factors.productMatches(own, vocabulary, reading);
            List<String> hits = Factors.descriptionHits(e, vocabulary, reading);
            List<Link> linked = links.getOrDefault(e.id(), List.of());
            Factor code = code(e, target, swSegments.segmentsOf(e.swIndustryName()), w);
            Factor product = Factors.product(matches, !own.isEmpty(), w, scoring);
            Factor description = Factors.description(hits, vocabulary.size(), w, scoring);
            // a listed company whose SW industry the chain (or the leaf) does not admit — the gate placement uses — is
            // not placed there, and its words do not make it one of the chain's: an automotive-electronics maker's
            // 汽车电子 products are no chips. Its product and description points are not counted, and it says so.
            String outside = swSegments.admits(chain.code(), segment.code(), e.swIndustryName()) ? null
                    : "申万行业“" + e.swIndustryName() + "”不属于" + chain.name() + "「" + segment.name() + "」的行业范围";
            // fits: placed on the segment (automatically, through the same gate, or by the task force), or naming it
            // in its main business or products within an admitted SW industry; the others would only rank by honours
            // and scale, which says nothing about this segment, so they are left out rather than padding the list
            boolean fits = placedHow.containsKey(e.id()) || outside == null && (!matches.isEmpty() || !hits.isEmpty());
            if (!fits) {
                notFitting++;
                continue;
            }
            if (outside != null) {
                product = uncounted(product, outside);
                description = uncounted(description, outside);
            }
            List<Factor> factors = List.of(product, description, code,
                    Factors.tags(e, w, properties.selfReportedShare()), Factors.scale(e, w, scoring),
                    relations(linked, area, w));
            BigDecimal score = factors.stream().map(Factor::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (score.signum() == 0) {
                continue;
            }
            String reason = FitSentence.of(e, fit, matches, hits, placedHow.get(e.id()), code.points().signum() > 0,
                    linked.isEmpty() ? null : linked.get(0).text());
            if (outside != null) {
                reason += "；但" + outside + "，产品与主营描述不计分";
            }
            out.add(new Recommendation(e.id(), e.name(), e.regionName(), e.local(), score, factors,
                    targets.contains(e.id()), reason));
        }
        out.sort(Comparator.comparing(Recommendation::score).reversed().thenComparing(Recommendation::name));
        int limit = Math.max(0, query.limit());
        List<Recommendation> items = out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
        return new RecommendationList(items, limit, notFitting, shortNote(items.size(), limit, notFitting, segment,
                area));
    }

    /** Why the list is shorter than asked: the data has no more enterprises that fit (null when it is not shorter). */
    static String shortNote(int found, int limit, int notFitting, ChainSegment segment, Area area) {
        if (found >= limit) {
            return null;
        }
        String where = switch (area.scope()) {
            case OUTSIDE_SHANDONG -> "省外";
            case OUTSIDE_CITY -> area.anchorLabel() + "以外";
            case ALL -> "";
        };
        return "符合条件的" + where + "企业只有" + found + "家，未凑满" + limit + "家：只推荐已挂在「" + segment.name()
                + "」环节、或主营业务与主营产品写明该环节且申万行业属于该环节范围的企业"
                + (notFitting > 0 ? "；另有" + notFitting + "家候选的申万行业不属于该环节或未写明该环节（只会因荣誉、规模得分），未列入" : "");
    }

    /**
     * The term of a declared gap (专班认定短板) in force on the segment or one of its ancestors, so the sentence names
     * the weak link as the plan does (汽车芯片 for 汽车电子芯片应用); null when none. A gap below the segment is not
     * taken: a parent's candidates are not all in that one child.
     */
    private String declaredTerm(Chain chain, ChainSegment segment) {
        Set<String> related = new LinkedHashSet<>();
        chain.pathTo(segment.code()).forEach(s -> related.add(s.code()));
        String best = null;
        for (DeclaredGap g : declaredGaps.active(chain.code())) {
            if (g.segmentCode().equals(segment.code())) {
                return g.term();
            }
            if (best == null && related.contains(g.segmentCode())) {
                best = g.term();
            }
        }
        return best;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private Area area(RecommendationQuery query) {
        if (query.scope() != RegionScope.OUTSIDE_CITY) {
            return new Area(query.scope(), null, "本省");
        }
        String code = query.cityCode() == null ? "" : query.cityCode().strip();
        if (!code.matches("37\\d{4}")) {
            throw DomainException.invalid("请选择山东省的一个市（“所选市以外”需要指定市）");
        }
        String cityCode = code.substring(0, 4) + "00";
        Region city = orgs.region(cityCode).orElseThrow(() -> DomainException.invalid("市不存在：" + code));
        return new Area(RegionScope.OUTSIDE_CITY, cityCode.substring(0, 4), city.name());
    }

    /**
     * For each candidate, the descriptions of its relations with the chain's local 链主/骨干 enterprises, with the
     * share of the relation points each earns; one bulk lookup of the candidates' relations.
     */
    private Map<Long, List<Link>> links(String chainCode, Area area, Set<Long> candidateIds, ChainWeights w,
                                        boolean includeSynthetic) {
        if (candidateIds.isEmpty() || w.relations() == 0) {
            return Map.of();
        }
        // relations first (one indexed lookup): without any, the chain's anchors need not be read at all
        List<EnterpriseRelation> found = relations.involving(candidateIds);
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<Long, Anchor> anchors = new HashMap<>();
        for (PlacedEnterprise p : maps.placed(chainCode, null, true, EnumSet.of(PlacementRole.LEADER,
                PlacementRole.BACKBONE), Set.of(), includeSynthetic, MAX_ANCHORS)) {
            if (area.anchorArea(p.enterprise())) {
                anchors.merge(p.enterprise().id(), new Anchor(p.enterprise().id(), p.enterprise().name(),
                        p.placement().role()), (a, b) -> a.role().ordinal() <= b.role().ordinal() ? a : b);
            }
        }
        Map<Long, List<Link>> out = new HashMap<>();
        for (EnterpriseRelation r : found) {
            for (long candidate : new long[] {r.fromId(), r.toId()}) {
                Anchor anchor = anchors.get(r.otherThan(candidate));
                if (candidateIds.contains(candidate) && anchor != null) {
                    List<Link> list = out.computeIfAbsent(candidate, k -> new ArrayList<>());
                    Link link = Link.of(r, candidate, anchor, area);
                    if (!list.contains(link)) {
                        list.add(link);
                    }
                }
            }
        }
        return out;
    }

    /** A candidate's relation with an anchor: its type (which fixes its share) and how it reads. */
    record Link(RelationKind kind, String text) {

        static Link of(EnterpriseRelation relation, long candidate, Anchor anchor, Area area) {
            String who = area.anchorLabel() + anchor.role().label() + "企业" + anchor.name();
            String text = switch (relation.kind()) {
                case SUPPLY -> relation.fromId() == candidate ? "向" + who + "供货" : "从" + who + "采购";
                case INVESTMENT -> relation.fromId() == candidate ? "投资" + who : "获" + who + "投资";
                case COOPERATION -> "与" + who + "合作";
            };
            return new Link(relation.kind(), text);
        }
    }

    /** The factor with no points, its evidence kept and the reason it is not counted added. */
    static Factor uncounted(Factor f, String why) {
        if (f.points().signum() == 0) {
            return f;
        }
        return new Factor(f.name(), BigDecimal.ZERO.setScale(1), f.max(), f.evidence() + "；" + why + "，不计分");
    }

    /** The segment asked for, with its and its descendants' GB/T classes and codes (for the 行业代码 factor). */
    record Segments(String chainCode, String name, Set<String> classes, Set<String> codes) {
    }

    /**
     * 行业代码: the better of two pieces of evidence. The GB/T 4754 class equal to, in the same group as or the same
     * division as one of the segment's classes earns all, {@code sameGroup} or {@code sameDivision} of the points.
     * The SW2021 industry (the only one listed companies have) earns all when it names the segment (or one below it)
     * as its one business (对应: 白酒Ⅲ → 白酒) and {@code sameGroup} when the segment is one of several it covers (辅助:
     * 模拟芯片设计 → 汽车电子芯片应用), read from the table placement uses ({@link SwIndustrySegments}); the evidence
     * says which industry matched.
     */
    static Factor code(Enterprise e, Segments segment, List<SwIndustrySegment> sw, ChainWeights w) {
        String c = e.industryCode() == null ? "" : e.industryCode().replaceAll("[^0-9]", "");
        int best = 0;
        String matched = null;
        for (String k : segment.classes()) {
            int level = c.length() >= 4 && c.startsWith(k) ? 3
                    : c.length() >= 3 && k.length() >= 3 && c.substring(0, 3).equals(k.substring(0, 3)) ? 2
                    : c.length() >= 2 && k.length() >= 2 && c.substring(0, 2).equals(k.substring(0, 2)) ? 1 : 0;
            if (level > best) {
                best = level;
                matched = k;
            }
        }
        BigDecimal share = switch (best) {
            case 3 -> BigDecimal.ONE;
            case 2 -> w.sameGroup();
            case 1 -> w.sameDivision();
            default -> BigDecimal.ZERO;
        };
        String evidence = c.isEmpty() ? "无国民经济行业代码"
                : matched == null ? "行业代码 " + c + " 与环节行业分类不符"
                : "行业代码 " + c + " 对应环节行业分类 " + matched
                + (best == 3 ? "（小类一致）" : best == 2 ? "（中类一致）" : "（大类一致）");
        SwIndustrySegment named = null;
        for (SwIndustrySegment s : sw) {
            if (s.chainCode().equals(segment.chainCode()) && segment.codes().contains(s.segmentCode())
                    && (named == null || s.sole() && !named.sole())) {
                named = s;
            }
        }
        BigDecimal swShare = named == null ? BigDecimal.ZERO : named.sole() ? BigDecimal.ONE : w.sameGroup();
        String industry = e.swIndustryName();
        if (named != null && swShare.compareTo(share) > 0) {
            share = swShare;
            evidence = "申万行业“" + industry + "”" + (named.sole()
                    ? "即" + segment.name() + "业务（申万行业与环节对应，按小类一致计）"
                    : "涵盖" + segment.name() + "（该行业涵盖多个环节，按中类一致计）");
        } else if (!industry.isEmpty() && share.signum() == 0) {
            evidence += "；申万行业“" + industry + "”与环节不对应";
        }
        if (share.signum() == 0) {
            evidence += "，不计分";
        }
        return new Factor(CODE, points(w.code() * share.doubleValue()), w.code(), evidence);
    }

    /**
     * 供应链关系: each relation with a local 链主/骨干 enterprise earns its type's share of the maximum (supply 1,
     * investment and cooperation less by default), capped at the maximum.
     *
     * @param links the candidate's relations with the local 链主/骨干 enterprises
     */
    static Factor relations(List<Link> links, Area area, ChainWeights w) {
        if (links.isEmpty()) {
            return new Factor(RELATIONS, BigDecimal.ZERO.setScale(1), w.relations(),
                    "未发现与" + area.anchorLabel() + "链主、骨干企业的供应链关系");
        }
        BigDecimal share = BigDecimal.ZERO;
        List<String> texts = new ArrayList<>();
        for (Link link : links) {
            share = share.add(w.relationShares().getOrDefault(link.kind(), BigDecimal.ZERO));
            texts.add(link.text());
        }
        double ratio = Math.min(1.0, share.doubleValue());
        String evidence = String.join("；", texts.subList(0, Math.min(5, texts.size())))
                + (texts.size() > 5 ? "等" + texts.size() + "项" : "");
        return new Factor(RELATIONS, points(w.relations() * ratio), w.relations(), evidence);
    }

    private static BigDecimal points(double v) {
        return Factors.points(v);
    }
}
