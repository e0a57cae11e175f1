package cn.tenstrong.targeting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.chain.Chain;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSegment;
import cn.tenstrong.enterprise.ChainMaps;
import cn.tenstrong.enterprise.ChainTarget;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.EnterpriseQuery;
import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.enterprise.PlacedEnterprise;
import cn.tenstrong.enterprise.PlacementRole;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.targeting.Recommendation;
import cn.tenstrong.targeting.Recommendation.Factor;
import cn.tenstrong.targeting.TargetRecommender;
import org.springframework.stereotype.Service;

/** Ranks enterprises for a segment by four explained factors whose points add up to the score. */
@Service
class Recommender implements TargetRecommender {

    static final int TEXT_MAX = 40;
    static final int CODE_MAX = 25;
    static final int TAG_MAX = 20;
    static final int SCALE_MAX = 15;
    static final Map<EnterpriseTag, Integer> TAG_POINTS = new LinkedHashMap<>();

    static {
        TAG_POINTS.put(EnterpriseTag.CHAIN_LEADER, 8);
        TAG_POINTS.put(EnterpriseTag.SINGLE_CHAMPION, 8);
        TAG_POINTS.put(EnterpriseTag.LITTLE_GIANT, 7);
        TAG_POINTS.put(EnterpriseTag.LISTED, 6);
        TAG_POINTS.put(EnterpriseTag.SPECIALISED, 4);
        TAG_POINTS.put(EnterpriseTag.GAZELLE, 4);
        TAG_POINTS.put(EnterpriseTag.HIGH_TECH, 3);
    }

    private final ChainDirectory chains;
    private final ChainMaps maps;
    private final EnterpriseLibrary enterprises;

    Recommender(ChainDirectory chains, ChainMaps maps, EnterpriseLibrary enterprises) {
        this.chains = chains;
        this.maps = maps;
        this.enterprises = enterprises;
    }

    @Override
    public List<Recommendation> recommend(String chainCode, String segmentCode, boolean includeShandong, int limit) {
        Chain chain = chains.requireChain(chainCode);
        ChainSegment segment = chain.segment(segmentCode)
                .orElseThrow(() -> DomainException.notFound("环节不存在：" + chainCode + "/" + segmentCode));
        Set<String> vocabulary = new LinkedHashSet<>();
        Set<String> classes = new LinkedHashSet<>();
        segment.selfAndDescendants().forEach(s -> {
            vocabulary.addAll(s.keywords());
            vocabulary.addAll(s.products());
            classes.addAll(s.gbtCodes());
        });
        Map<Long, Enterprise> candidates = new LinkedHashMap<>();
        for (PlacedEnterprise p : maps.placed(chainCode, segmentCode, includeShandong ? null : false,
                EnumSet.allOf(PlacementRole.class), Set.of(), 300)) {
            candidates.put(p.enterprise().id(), p.enterprise());
        }
        int searched = 0;
        for (String term : vocabulary) {
            if (searched++ >= 8) {
                break;
            }
            for (Enterprise e : enterprises.search(new EnterpriseQuery(term, null, null, List.of(), null, null, false, 0,
                    100)).enterprises()) {
                candidates.putIfAbsent(e.id(), e);
            }
        }
        Set<Long> targets = new java.util.HashSet<>();
        for (ChainTarget t : maps.targets(chainCode)) {
            if (t.enterpriseId() != null) {
                targets.add(t.enterpriseId());
            }
        }
        List<Recommendation> out = new ArrayList<>();
        for (Enterprise e : candidates.values()) {
            if (!includeShandong && e.local()) {
                continue;
            }
            List<Factor> factors = List.of(text(e, vocabulary), code(e, classes), tags(e), scale(e));
            BigDecimal score = factors.stream().map(Factor::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (score.signum() == 0) {
                continue;
            }
            out.add(new Recommendation(e.id(), e.name(), e.regionName(), e.local(), score, factors, targets.contains(e.id())));
        }
        out.sort(Comparator.comparing(Recommendation::score).reversed().thenComparing(Recommendation::name));
        return out.size() > limit ? List.copyOf(out.subList(0, Math.max(0, limit))) : out;
    }

    static Factor text(Enterprise e, Set<String> vocabulary) {
        String text = (e.name() + " " + nz(e.businessScope()) + " " + nz(e.mainProducts()));
        List<String> hits = vocabulary.stream().filter(w -> !w.isBlank() && text.contains(w)).toList();
        int needed = Math.max(1, Math.min(5, vocabulary.size()));
        BigDecimal points = points(TEXT_MAX * Math.min(1.0, hits.size() / (double) needed));
        String evidence = hits.isEmpty() ? "未命中环节词汇"
                : "命中环节词汇 " + hits.size() + " 个：" + String.join("、", hits.subList(0, Math.min(8, hits.size())));
        return new Factor("文本相关", points, TEXT_MAX, evidence);
    }

    static Factor code(Enterprise e, Set<String> classes) {
        String c = e.industryCode() == null ? "" : e.industryCode().replaceAll("[^0-9]", "");
        int best = 0;
        String matched = null;
        for (String k : classes) {
            int p = c.length() >= 4 && c.startsWith(k) ? CODE_MAX
                    : c.length() >= 3 && k.length() >= 3 && c.substring(0, 3).equals(k.substring(0, 3)) ? 15
                    : c.length() >= 2 && k.length() >= 2 && c.substring(0, 2).equals(k.substring(0, 2)) ? 8 : 0;
            if (p > best) {
                best = p;
                matched = k;
            }
        }
        String evidence = matched == null ? "行业代码" + (c.isEmpty() ? "未知" : c) + "与环节行业分类不符"
                : "行业代码 " + c + " 对应环节行业分类 " + matched
                + (best == CODE_MAX ? "（小类一致）" : best == 15 ? "（中类一致）" : "（大类一致）");
        return new Factor("行业代码", BigDecimal.valueOf(best).setScale(1), CODE_MAX, evidence);
    }

    static Factor tags(Enterprise e) {
        int sum = 0;
        List<String> names = new ArrayList<>();
        for (var t : TAG_POINTS.entrySet()) {
            if (e.tags().contains(t.getKey())) {
                sum += t.getValue();
                names.add(t.getKey().label());
            }
        }
        return new Factor("荣誉标签", BigDecimal.valueOf(Math.min(TAG_MAX, sum)).setScale(1), TAG_MAX,
                names.isEmpty() ? "无荣誉标签" : String.join("、", names));
    }

    static Factor scale(Enterprise e) {
        BigDecimal capital = e.registeredCapital() == null ? BigDecimal.ZERO : e.registeredCapital();
        BigDecimal revenue = e.revenue() == null ? BigDecimal.ZERO : e.revenue();
        BigDecimal basis = capital.max(revenue);
        // 万元: 10亿元 (100000万元) or more earns full points, on a log scale
        double ratio = basis.signum() <= 0 ? 0 : Math.min(1.0, Math.log10(basis.doubleValue() + 1) / 5.0);
        String evidence = basis.signum() <= 0 ? "无注册资本或营业收入数据"
                : (revenue.compareTo(capital) > 0 ? "营业收入 " : "注册资本 ") + basis.stripTrailingZeros().toPlainString()
                + " 万元";
        return new Factor("规模", points(SCALE_MAX * ratio), SCALE_MAX, evidence);
    }

    private static BigDecimal points(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
