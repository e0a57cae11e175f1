package cn.tenstrong.enterprise.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.tenstrong.chain.EnterpriseDescription;
import cn.tenstrong.chain.SegmentMatch;
import cn.tenstrong.chain.SegmentMatcher;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseProduct;
import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.enterprise.PlacementMethod;
import cn.tenstrong.enterprise.PlacementRole;
import cn.tenstrong.enterprise.PlacementStatus;
import cn.tenstrong.enterprise.persistence.EnterpriseDraft;
import cn.tenstrong.enterprise.persistence.NewPlacement;

/**
 * 自动挂链: the matcher's best leaves become suggested placements. Only confident matches are kept (the best one
 * at or above {@link #MIN_CONFIDENCE}, and a runner-up nearly as good), on chains the enterprise's SW industry admits
 * ({@link IndustryGate}), so the map counts evidence, not noise. The main business counts in full; products that make
 * at least {@link #MIN_PRODUCT_SHARE} of revenue count in proportion to their share; the SW industry names or supports
 * leaves. Each placement keeps its evidence in words.
 */
final class Placer {

    /**
     * Just above what one weak piece of evidence gives (0.503: a two-character word, a word two leaves share, or a
     * product line of a fifth of revenue): such a word alone (服装, 饲料, 车身) named the wrong business too often.
     */
    static final double MIN_CONFIDENCE = 0.51;
    static final double RUNNER_UP_RATIO = 0.9;
    /** A product below a tenth of revenue is a side line, not what the enterprise is. */
    static final BigDecimal MIN_PRODUCT_SHARE = new BigDecimal("0.10");
    /** 10亿元 in 万元: revenue at which an enterprise counts as 骨干 rather than 配套. */
    static final BigDecimal BACKBONE_REVENUE = new BigDecimal("100000");
    private static final Set<EnterpriseTag> BACKBONE_TAGS = EnumSet.of(EnterpriseTag.SINGLE_CHAMPION,
            EnterpriseTag.LISTED, EnterpriseTag.LITTLE_GIANT);

    private Placer() {
    }

    /** What a placement reads of an enterprise. */
    record Subject(String businessScope, String mainProducts, String industryCode, String swIndustryName,
                   List<EnterpriseProduct> products, Set<EnterpriseTag> tags, BigDecimal revenue) {

        Subject {
            products = products == null ? List.of() : List.copyOf(products);
        }

        static Subject of(EnterpriseDraft d, List<EnterpriseProduct> products) {
            return new Subject(d.businessScope(), d.mainProducts(), d.industryCode(), d.swIndustryName(), products,
                    d.tags(), d.revenue());
        }

        static Subject of(Enterprise e, List<EnterpriseProduct> products) {
            return new Subject(e.businessScope(), e.mainProducts(), e.industryCode(), e.swIndustryName(), products,
                    e.tags(), e.revenue());
        }

        /** Products that make at least {@link #MIN_PRODUCT_SHARE} of revenue, largest first. */
        List<EnterpriseProduct> mainLines() {
            if (products.isEmpty()) {
                return List.of(); // a bulk load's new enterprises: no stream per enterprise
            }
            return products.stream().filter(p -> p.revenueShare() != null
                    && p.revenueShare().compareTo(MIN_PRODUCT_SHARE) >= 0)
                    .sorted(Comparator.comparing(EnterpriseProduct::revenueShare).reversed()).toList();
        }
    }

    /**
     * The texts the matcher reads, masked: 主营业务 at full weight, each product line of at least
     * {@link #MIN_PRODUCT_SHARE} of revenue ({@code mainLines}, the subject's {@link Subject#mainLines}) in proportion
     * to its share, and the leaves the SW industry names.
     */
    static EnterpriseDescription describe(IndustryGate gate, Subject s, List<EnterpriseProduct> mainLines) {
        List<EnterpriseDescription.ProductLine> lines = mainLines.stream()
                .map(p -> new EnterpriseDescription.ProductLine(gate.mask(p.product()), p.revenueShare().doubleValue()))
                .toList();
        return new EnterpriseDescription(gate.mask(s.businessScope()), gate.mask(s.mainProducts()), s.industryCode(),
                lines, gate.industrySegments(s.swIndustryName()));
    }

    static List<NewPlacement> place(SegmentMatcher matcher, IndustryGate gate, long enterpriseId, Subject s) {
        List<EnterpriseProduct> lines = s.mainLines();
        EnterpriseDescription d = describe(gate, s, lines);
        if (d.businessScope().isBlank() && d.mainProducts().isBlank() && d.productLines().isEmpty()) {
            return List.of();
        }
        List<SegmentMatch> matches = matcher.match(d, 8).stream()
                .filter(m -> gate.admits(m.chain().code(), m.segment().code(), m.segment().name(), s.swIndustryName()))
                .filter(m -> corroborated(m, s)).toList();
        List<NewPlacement> out = new ArrayList<>();
        if (matches.isEmpty() || matches.get(0).confidence() < MIN_CONFIDENCE) {
            return out;
        }
        double best = matches.get(0).confidence();
        double bestWords = matches.stream().mapToDouble(SegmentMatch::wordConfidence).max().orElse(0);
        PlacementRole role = role(s.tags(), s.revenue());
        for (SegmentMatch m : matches) {
            // a runner-up nearly as good as the best, overall or on the words alone (the industry's support for the
            // best leaf must not push out a second business the texts name as clearly)
            boolean nearBest = m.confidence() >= best * RUNNER_UP_RATIO
                    || m.wordConfidence() >= bestWords * RUNNER_UP_RATIO;
            if (m.confidence() >= MIN_CONFIDENCE && nearBest && out.size() < 2) {
                out.add(new NewPlacement(enterpriseId, m.chain().code(), m.segment().code(), role, PlacementMethod.AUTO,
                        PlacementStatus.SUGGESTED, m.confidence(), m.matchedTerms(), null, evidence(m, s, lines)));
            }
        }
        return out;
    }

    /**
     * Whether a leaf has more than one word for it. When the enterprise's SW industry is known, one word alone (not
     * counting words it contains: 汽车发动机 holds 发动机) places only when the industry names the leaf too: on the
     * listed companies a lone word was as often a field the company supplies (乘用车胎, 光伏组件接线盒, 锂离子电池电解液溶剂,
     * PVC助剂) or serves (…智能家居等领域的客户) as its business, while a word the industry confirms, or two words, were
     * almost always right. Without an SW industry (hand imports) there is nothing to confirm with, and one word places.
     */
    static boolean corroborated(SegmentMatch m, Subject s) {
        if (s.swIndustryName() == null || s.swIndustryName().isBlank() || !m.industryLabel().isEmpty()
                || m.gbtMatch() != SegmentMatch.GbtMatch.NONE) {
            return true;
        }
        List<String> terms = m.matchedTerms();
        long independent = terms.stream()
                .filter(t -> terms.stream().noneMatch(o -> o.length() > t.length() && o.contains(t))).count();
        return independent >= 2;
    }

    /** 命中词, the product that carries one of them with its revenue share, and the SW industry. */
    static String evidence(SegmentMatch m, Subject s, List<EnterpriseProduct> lines) {
        List<String> parts = new ArrayList<>();
        if (!m.matchedTerms().isEmpty()) {
            parts.add("命中：" + String.join("、", m.matchedTerms()));
        }
        for (EnterpriseProduct p : lines) {
            if (m.matchedTerms().stream().anyMatch(t -> p.product().contains(t))) {
                parts.add("产品「" + p.product() + "」占收入" + p.revenueShare().movePointRight(2)
                        .setScale(1, RoundingMode.HALF_UP).toPlainString() + "%（" + p.source() + "）");
                break;
            }
        }
        if (m.gbtMatch() != SegmentMatch.GbtMatch.NONE) {
            parts.add("行业代码" + s.industryCode() + (m.gbtMatch() == SegmentMatch.GbtMatch.EXACT ? "与环节小类一致" : "与环节中类一致"));
        }
        if (!m.industryLabel().isEmpty()) {
            parts.add(m.industryLabel() + "与环节对应");
        }
        if (s.swIndustryName() != null && !s.swIndustryName().isBlank()) {
            parts.add("申万行业：" + s.swIndustryName());
        }
        return String.join("；", parts);
    }

    static PlacementRole role(Set<EnterpriseTag> tags, BigDecimal revenue) {
        if (tags.contains(EnterpriseTag.CHAIN_LEADER)) {
            return PlacementRole.LEADER;
        }
        for (EnterpriseTag t : tags) {
            if (BACKBONE_TAGS.contains(t)) {
                return PlacementRole.BACKBONE; // a loop, not a stream: every placed enterprise comes here
            }
        }
        if (revenue != null && revenue.compareTo(BACKBONE_REVENUE) >= 0) {
            return PlacementRole.BACKBONE;
        }
        return PlacementRole.SUPPORTING;
    }
}
