package cn.tenstrong.enterprise.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.tenstrong.chain.EnterpriseDescription;
import cn.tenstrong.chain.SegmentMatch;
import cn.tenstrong.chain.SegmentMatcher;
import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.enterprise.PlacementMethod;
import cn.tenstrong.enterprise.PlacementRole;
import cn.tenstrong.enterprise.PlacementStatus;
import cn.tenstrong.enterprise.persistence.EnterpriseDraft;
import cn.tenstrong.enterprise.persistence.EnterpriseRows.NewPlacement;

/**
 * 自动挂链: the matcher's best leaves become suggested placements. Only confident matches are kept (the best one
 * at or above {@link #MIN_CONFIDENCE}, and a runner-up nearly as good), so the map counts evidence, not noise.
 */
final class Placer {

    static final double MIN_CONFIDENCE = 0.5;
    static final double RUNNER_UP_RATIO = 0.9;
    /** 10亿元 in 万元: revenue at which an enterprise counts as 骨干 rather than 配套. */
    static final BigDecimal BACKBONE_REVENUE = new BigDecimal("100000");
    private static final Set<EnterpriseTag> BACKBONE_TAGS = EnumSet.of(EnterpriseTag.SINGLE_CHAMPION,
            EnterpriseTag.LISTED, EnterpriseTag.LITTLE_GIANT);

    private Placer() {
    }

    static List<NewPlacement> place(SegmentMatcher matcher, long enterpriseId, EnterpriseDraft d) {
        if (d.businessScope().isBlank() && d.mainProducts().isBlank()) {
            return List.of();
        }
        List<SegmentMatch> matches = matcher.match(new EnterpriseDescription(d.businessScope(), d.mainProducts(),
                d.industryCode()), 3);
        List<NewPlacement> out = new ArrayList<>();
        if (matches.isEmpty() || matches.get(0).confidence() < MIN_CONFIDENCE) {
            return out;
        }
        double best = matches.get(0).confidence();
        PlacementRole role = role(d.tags(), d.revenue());
        for (SegmentMatch m : matches) {
            if (m.confidence() >= MIN_CONFIDENCE && m.confidence() >= best * RUNNER_UP_RATIO && out.size() < 2) {
                out.add(new NewPlacement(enterpriseId, m.chain().code(), m.segment().code(), role, PlacementMethod.AUTO,
                        PlacementStatus.SUGGESTED, m.confidence(), m.matchedTerms(), null));
            }
        }
        return out;
    }

    static PlacementRole role(Set<EnterpriseTag> tags, BigDecimal revenue) {
        if (tags.contains(EnterpriseTag.CHAIN_LEADER)) {
            return PlacementRole.LEADER;
        }
        if (tags.stream().anyMatch(BACKBONE_TAGS::contains)
                || (revenue != null && revenue.compareTo(BACKBONE_REVENUE) >= 0)) {
            return PlacementRole.BACKBONE;
        }
        return PlacementRole.SUPPORTING;
    }
}
