package cn.tenstrong.evaluation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.tenstrong.evaluation.internal.Evaluation.Award;
import cn.tenstrong.evaluation.internal.Evaluation.Status;
import cn.tenstrong.evaluation.internal.Evaluation.SubjectScore;

/**
 * 排名、等级与奖励.
 *
 * <p>Tie rule: eligible subjects are ordered by total (higher first), then by the scheme's tie-break groups' subtotals
 * in order; subjects still equal share a rank and the next rank skips (1, 2, 2, 4) — they are listed by name.
 * Vetoed and below-threshold subjects get no rank, no tier and no award.
 *
 * <p>Awards: the best eligible subjects in rank order (per cohort when the rule says so) receive the award until
 * {@code topN} places are filled; subjects tied at the last place are all awarded. A subject already awarded in the
 * year (when the rule forbids twice), carrying an excluded flag or below the rule's minimum total is skipped and the
 * place passes to the next. With a budget, a group of tied subjects that would exceed it is not awarded, nor is
 * anyone after it.
 */
final class Ranking {

    private Ranking() {
    }

    /** @param flags each subject's declared flags by id, for the award rule's exclusions */
    static List<SubjectScore> rank(Scheme scheme, List<SubjectScore> scores, Map<String, Set<String>> flags,
                                   Set<String> awardedThisYear) {
        Comparator<SubjectScore> byMerit = merit(scheme);
        List<SubjectScore> eligible = scores.stream().filter(s -> s.status() == Status.ELIGIBLE)
                .sorted(byMerit.thenComparing(SubjectScore::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        Map<String, Integer> rank = competitionRanks(eligible, byMerit);
        Map<String, Integer> cohortRank = new HashMap<>();
        Map<String, List<SubjectScore>> perCohort = new LinkedHashMap<>();
        for (SubjectScore s : eligible) {
            perCohort.computeIfAbsent(Objects.toString(s.cohort(), ""), k -> new ArrayList<>()).add(s);
        }
        perCohort.values().forEach(list -> cohortRank.putAll(competitionRanks(list, byMerit)));

        Map<String, Award> awards = new HashMap<>();
        Map<String, String> awardNotes = new HashMap<>();
        if (scheme.award() != null) {
            Iterable<List<SubjectScore>> pools = scheme.award().perCohort() ? perCohort.values() : List.of(eligible);
            for (List<SubjectScore> pool : pools) {
                allocate(scheme.award(), pool, byMerit, flags, awardedThisYear, awards, awardNotes);
            }
        }
        List<SubjectScore> out = new ArrayList<>();
        List<SubjectScore> ordered = new ArrayList<>(eligible);
        scores.stream().filter(s -> s.status() != Status.ELIGIBLE)
                .sorted(Comparator.comparing(SubjectScore::total).reversed()).forEach(ordered::add);
        for (SubjectScore s : ordered) {
            boolean ranked = s.status() == Status.ELIGIBLE;
            List<String> notes = new ArrayList<>(s.notes());
            if (awardNotes.containsKey(s.id())) {
                notes.add(awardNotes.get(s.id()));
            }
            out.add(s.withRanking(ranked ? rank.get(s.id()) : null, ranked ? cohortRank.get(s.id()) : null,
                    ranked ? tier(scheme, s.total()) : null, awards.get(s.id()), notes));
        }
        return out;
    }

    private static Comparator<SubjectScore> merit(Scheme scheme) {
        Comparator<SubjectScore> c = Comparator.comparing(SubjectScore::total).reversed();
        for (String group : scheme.tieBreak()) {
            c = c.thenComparing(Comparator.comparing(
                    (SubjectScore s) -> s.groups().getOrDefault(group, leafOrZero(s, group))).reversed());
        }
        return c;
    }

    private static BigDecimal leafOrZero(SubjectScore s, String code) {
        return s.leaves().stream().filter(l -> l.code().equals(code)).map(Evaluation.LeafScore::weighted)
                .findFirst().orElse(BigDecimal.ZERO);
    }

    /** Standard competition ranking (1, 2, 2, 4) over a list sorted by merit. */
    private static Map<String, Integer> competitionRanks(List<SubjectScore> sorted, Comparator<SubjectScore> merit) {
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean tiedWithPrevious = i > 0 && merit.compare(sorted.get(i - 1), sorted.get(i)) == 0;
            ranks.put(sorted.get(i).id(), tiedWithPrevious ? ranks.get(sorted.get(i - 1).id()) : i + 1);
        }
        return ranks;
    }

    private static String tier(Scheme scheme, BigDecimal total) {
        return scheme.tiers().stream().filter(t -> total.compareTo(t.minTotal()) >= 0).map(Scheme.Tier::name)
                .findFirst().orElse(null);
    }

    private static void allocate(Scheme.AwardRule rule, List<SubjectScore> pool, Comparator<SubjectScore> merit,
                                 Map<String, Set<String>> flags, Set<String> awardedThisYear,
                                 Map<String, Award> awards, Map<String, String> notes) {
        List<SubjectScore> candidates = new ArrayList<>();
        for (SubjectScore s : pool) {
            Set<String> own = flags.getOrDefault(s.id(), Set.of());
            String excluded = rule.excludeFlags().stream().filter(own::contains).findFirst().orElse(null);
            if (excluded != null) {
                notes.put(s.id(), "存在排除事项“" + excluded + "”，不予奖励");
            } else if (rule.notTwiceInYear() && awardedThisYear.contains(s.id())) {
                notes.put(s.id(), "本年度已获同类奖励，不重复奖励");
            } else if (rule.minTotal() != null && s.total().compareTo(rule.minTotal()) < 0) {
                notes.put(s.id(), "总分低于奖励最低分" + rule.minTotal().stripTrailingZeros().toPlainString());
            } else {
                candidates.add(s);
            }
        }
        Award award = new Award(rule.base(), rule.upTo());
        BigDecimal spent = BigDecimal.ZERO;
        int given = 0;
        int i = 0;
        while (i < candidates.size()) {
            int j = i + 1;
            while (j < candidates.size() && merit.compare(candidates.get(i), candidates.get(j)) == 0) {
                j++;
            }
            List<SubjectScore> tied = candidates.subList(i, j);
            if (rule.topN() != null && given >= rule.topN()) {
                break;
            }
            BigDecimal cost = award.ceiling().multiply(BigDecimal.valueOf(tied.size()));
            if (rule.budget() != null && spent.add(cost).compareTo(rule.budget()) > 0) {
                tied.forEach(s -> notes.put(s.id(), "奖励总额已达上限，未获奖励"));
                break;
            }
            for (SubjectScore s : tied) {
                awards.put(s.id(), award);
            }
            spent = spent.add(cost);
            given += tied.size();
            i = j;
        }
    }
}
