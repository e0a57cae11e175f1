package cn.tenstrong.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.evaluation.internal.Evaluation.AdjustmentScore;
import cn.tenstrong.evaluation.internal.Evaluation.LeafInput;
import cn.tenstrong.evaluation.internal.Evaluation.LeafScore;
import cn.tenstrong.evaluation.internal.Evaluation.Status;
import cn.tenstrong.evaluation.internal.Evaluation.SubjectInput;
import cn.tenstrong.evaluation.internal.Evaluation.SubjectScore;
import cn.tenstrong.evaluation.internal.Scheme.Node;
import cn.tenstrong.evaluation.internal.ScoringRule.Reference;

/**
 * 评分引擎: scores every subject of a round under one scheme. Pure computation, no I/O.
 *
 * <p>Rounding, stated once: a leaf's contribution is its cohort weight × its rule's fraction, rounded half up to
 * 2 decimals; group subtotals and the total are sums of those rounded contributions (plus adjustments, also 2
 * decimals), so the contributions always add up to the total exactly. Missing values are filled per the leaf's
 * policy on the score fraction: COHORT_WORST takes the lowest fraction among subjects that have a value,
 * COHORT_MEAN their mean; with nobody having a value, both give 0.
 */
final class ScoringEngine {

    static final int SCALE = 2;

    private ScoringEngine() {
    }

    /**
     * @param awardedThisYear subjects already awarded in the year (for a scheme whose award is not given twice)
     */
    static Evaluation evaluate(Scheme scheme, List<SubjectInput> subjects, java.util.Set<String> awardedThisYear) {
        List<LeafPath> leaves = LeafPath.of(scheme);
        Map<String, Reference> references = new LinkedHashMap<>();
        // per leaf, per subject: raw value and fraction (null = missing)
        Map<String, BigDecimal[]> raws = new HashMap<>();
        Map<String, BigDecimal[]> fractions = new HashMap<>();
        for (LeafPath lp : leaves) {
            Scheme.Leaf leaf = lp.node().leaf();
            BigDecimal[] raw = new BigDecimal[subjects.size()];
            BigDecimal[] base = new BigDecimal[subjects.size()];
            List<BigDecimal> present = new ArrayList<>();
            for (int i = 0; i < subjects.size(); i++) {
                LeafInput in = subjects.get(i).values().get(lp.node().code());
                raw[i] = rawValue(leaf, in);
                base[i] = in == null ? null : in.base();
                if (raw[i] != null && leaf.rule().needsBase() && base[i] == null) {
                    raw[i] = null;
                }
                if (raw[i] != null) {
                    present.add(raw[i]);
                }
            }
            Reference ref = Reference.of(present);
            references.put(lp.node().code(), ref);
            BigDecimal[] fraction = new BigDecimal[subjects.size()];
            List<BigDecimal> known = new ArrayList<>();
            for (int i = 0; i < subjects.size(); i++) {
                if (raw[i] != null) {
                    fraction[i] = leaf.rule().fraction(raw[i], base[i], ref, leaf.direction());
                    known.add(fraction[i]);
                }
            }
            BigDecimal fill = switch (leaf.missing()) {
                case ZERO, DISQUALIFY -> BigDecimal.ZERO;
                case COHORT_WORST -> known.stream().reduce(BigDecimal::min).orElse(BigDecimal.ZERO);
                case COHORT_MEAN -> known.isEmpty() ? BigDecimal.ZERO
                        : known.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                                .divide(BigDecimal.valueOf(known.size()), ScoringRule.MC);
            };
            for (int i = 0; i < subjects.size(); i++) {
                if (fraction[i] == null) {
                    fraction[i] = fill;
                }
            }
            raws.put(lp.node().code(), raw);
            fractions.put(lp.node().code(), fraction);
        }
        List<SubjectScore> scores = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            scores.add(score(scheme, leaves, subjects.get(i), i, raws, fractions));
        }
        Map<String, java.util.Set<String>> flags = new HashMap<>();
        subjects.forEach(in -> flags.put(in.id(), in.flags() == null ? java.util.Set.of() : in.flags()));
        return new Evaluation(Ranking.rank(scheme, scores, flags, awardedThisYear), references);
    }

    private static BigDecimal rawValue(Scheme.Leaf leaf, LeafInput in) {
        if (in == null) {
            return null;
        }
        if (leaf.rule() instanceof ScoringRule.ExpertScore expert) {
            return expert.aggregation().apply(in.expertScores());
        }
        return in.value();
    }

    private static SubjectScore score(Scheme scheme, List<LeafPath> leaves, SubjectInput s, int i,
                                      Map<String, BigDecimal[]> raws, Map<String, BigDecimal[]> fractions) {
        List<LeafScore> leafScores = new ArrayList<>();
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        Status status = Status.ELIGIBLE;
        BigDecimal total = BigDecimal.ZERO;
        for (LeafPath lp : leaves) {
            Node n = lp.node();
            BigDecimal raw = raws.get(n.code())[i];
            BigDecimal fraction = fractions.get(n.code())[i];
            BigDecimal weight = lp.weight(scheme, s.cohort());
            BigDecimal weighted = weight.multiply(fraction, ScoringRule.MC).setScale(SCALE, RoundingMode.HALF_UP);
            if (raw == null) {
                notes.add("“" + n.name() + "”缺失，" + missingNote(n.leaf().missing()));
                if (n.leaf().missing() == Scheme.MissingPolicy.DISQUALIFY) {
                    status = Status.BELOW_THRESHOLD;
                }
            }
            leafScores.add(new LeafScore(n.code(), n.name(), raw, raw == null,
                    fraction.multiply(ScoringRule.HUNDRED).setScale(SCALE, RoundingMode.HALF_UP),
                    weight.setScale(4, RoundingMode.HALF_UP), weighted));
            for (String g : lp.groupCodes()) {
                groups.merge(g, weighted, BigDecimal::add);
            }
            total = total.add(weighted);
        }
        List<AdjustmentScore> adjustments = new ArrayList<>();
        for (Scheme.Adjustment a : scheme.adjustments()) {
            int items = s.adjustments().getOrDefault(a.code(), 0);
            if (items <= 0) {
                continue;
            }
            BigDecimal points = a.perItem().multiply(BigDecimal.valueOf(items)).min(a.cap())
                    .setScale(SCALE, RoundingMode.HALF_UP);
            if (a.deduction()) {
                points = points.negate();
            }
            adjustments.add(new AdjustmentScore(a.code(), a.name(), items, points));
            total = total.add(points);
        }
        Boolean qualified = null;
        String qualifiedBy = null;
        for (Gate gate : scheme.gates()) {
            if (gate instanceof Gate.Threshold t) {
                BigDecimal raw = raws.get(t.leaf())[i];
                if (raw == null || !t.op().test(raw, t.value())) {
                    status = status == Status.VETOED ? status : Status.BELOW_THRESHOLD;
                    notes.add("未达门槛：" + t.reason());
                }
            } else if (gate instanceof Gate.Veto v) {
                if (s.flags().contains(v.flag())) {
                    status = Status.VETOED;
                    notes.add("一票否决：" + v.reason());
                }
            } else if (gate instanceof Gate.GroupFloor f) {
                BigDecimal floor = groupWeight(scheme, leaves, f.group(), s.cohort())
                        .multiply(f.minShare(), ScoringRule.MC);
                if (groups.getOrDefault(f.group(), BigDecimal.ZERO).compareTo(floor) < 0) {
                    status = status == Status.VETOED ? status : Status.BELOW_THRESHOLD;
                    notes.add("分组得分未达下限：" + f.reason());
                }
            } else if (gate instanceof Gate.Qualification q) {
                String direct = q.directFlags().stream().filter(s.flags()::contains).findFirst().orElse(null);
                if (total.compareTo(q.passScore()) >= 0) {
                    qualified = true;
                    qualifiedBy = "总分不低于" + q.passScore().stripTrailingZeros().toPlainString() + "分";
                } else if (direct != null) {
                    qualified = true;
                    qualifiedBy = "直通条件：" + direct;
                } else {
                    qualified = false;
                }
            }
        }
        return new SubjectScore(s.id(), s.name(), s.cohort(), leafScores, groups, adjustments, total, status,
                qualified, qualifiedBy, null, null, null, null, notes);
    }

    private static BigDecimal groupWeight(Scheme scheme, List<LeafPath> leaves, String group, String cohort) {
        return leaves.stream().filter(lp -> lp.groupCodes().contains(group))
                .map(lp -> lp.weight(scheme, cohort)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String missingNote(Scheme.MissingPolicy policy) {
        return switch (policy) {
            case ZERO -> "记0分";
            case COHORT_WORST -> "按参评对象最低得分计";
            case COHORT_MEAN -> "按参评对象平均得分计";
            case DISQUALIFY -> "不具备参评资格";
        };
    }
}
