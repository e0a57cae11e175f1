package cn.tenstrong.targeting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.enterprise.ChainMaps;
import cn.tenstrong.enterprise.EnterpriseRelation;
import cn.tenstrong.enterprise.EnterpriseRelations;
import cn.tenstrong.enterprise.PlacedEnterprise;
import cn.tenstrong.enterprise.PlacementRole;
import cn.tenstrong.enterprise.RelationKind;
import cn.tenstrong.targeting.ChainWeights;
import cn.tenstrong.targeting.Recommendation.Factor;
import cn.tenstrong.targeting.internal.Recommender.Area;
import org.springframework.stereotype.Component;

/** 供应链关系: a candidate's relations with the chain's local 链主/骨干 enterprises, and the factor they earn. */
@Component
class SupplyLinks {

    static final String RELATIONS = "供应链关系";
    /** Anchors (local 链主/骨干) read per chain at most. */
    static final int MAX_ANCHORS = 5000;

    private final ChainMaps maps;
    private final EnterpriseRelations relations;

    SupplyLinks(ChainMaps maps, EnterpriseRelations relations) {
        this.maps = maps;
        this.relations = relations;
    }

    /** A local 链主/骨干 enterprise of the chain, the other end of a relation that earns points. */
    record Anchor(long id, String name, PlacementRole role) {
    }

    /**
     * For each candidate, the descriptions of its relations with the chain's local 链主/骨干 enterprises, with the
     * share of the relation points each earns; one bulk lookup of the candidates' relations.
     */
    Map<Long, List<Link>> links(String chainCode, Area area, Set<Long> candidateIds, ChainWeights w,
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
        return new Factor(RELATIONS, Factors.points(w.relations() * ratio), w.relations(), evidence);
    }
}
