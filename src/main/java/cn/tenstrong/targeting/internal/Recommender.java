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
import cn.tenstrong.enterprise.PlacedEnterprise;
import cn.tenstrong.enterprise.PlacementRole;
import cn.tenstrong.enterprise.SwIndustrySegments;
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

    /** Enterprises placed on the segment taken per recommendation (链主 and 骨干 first, then by revenue). */
    static final int PLACED_CANDIDATES = 300;
    /** Enterprises taken from the full-text index per recommendation, besides those placed on the segment. */
    static final int TEXT_CANDIDATES = 400;
    /** Enterprises taken whose 主营产品构成 names the segment (largest revenue share first). */
    static final int PRODUCT_CANDIDATES = 200;

    private final ChainDirectory chains;
    private final ChainMaps maps;
    private final EnterpriseLibrary enterprises;
    private final SupplyLinks supplyLinks;
    private final RecommendationWeights weights;
    private final OrgDirectory orgs;
    private final Executor executor;
    private final TargetingProperties properties;
    private final DeclaredGaps declaredGaps;
    private final SwIndustrySegments swSegments;
    /** How a segment word in a product name is read (the placement's reading: 光刻胶光引发剂 is no photoresist). */
    private final ProductWords productWords = ProductWords.loadDefault();

    Recommender(ChainDirectory chains, ChainMaps maps, EnterpriseLibrary enterprises, SupplyLinks supplyLinks,
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
        this.supplyLinks = supplyLinks;
        this.weights = weights;
        this.orgs = orgs;
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
        IndustryCodeFactor.Segments target = new IndustryCodeFactor.Segments(chain.code(), segment.name(), classes, codes);
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
        Map<Long, List<SupplyLinks.Link>> links = supplyLinks.links(chain.code(), area, candidates.keySet(), w, synthetic);
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
            List<SupplyLinks.Link> linked = links.getOrDefault(e.id(), List.of());
            Factor code = IndustryCodeFactor.code(e, target, swSegments.segmentsOf(e.swIndustryName()), w);
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
                    SupplyLinks.relations(linked, area, w));
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

    /** The factor with no points, its evidence kept and the reason it is not counted added. */
    static Factor uncounted(Factor f, String why) {
        if (f.points().signum() == 0) {
            return f;
        }
        return new Factor(f.name(), BigDecimal.ZERO.setScale(1), f.max(), f.evidence() + "；" + why + "，不计分");
    }

}
