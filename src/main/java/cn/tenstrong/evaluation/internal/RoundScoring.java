package cn.tenstrong.evaluation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.evaluation.RoundResults;
import cn.tenstrong.evaluation.internal.Evaluation.LeafInput;
import cn.tenstrong.evaluation.internal.Evaluation.SubjectInput;
import cn.tenstrong.evaluation.persistence.EvaluationRows;
import cn.tenstrong.evaluation.persistence.EvaluationRows.RoundRow;
import cn.tenstrong.evaluation.persistence.EvaluationRows.SubjectRow;
import org.springframework.stereotype.Component;

/**
 * Gathers a round's inputs — declared values and flags, platform values read now, the reviewers' scores — and runs
 * the engine. Subjects returned at 市级初审 are not scored. Awards already given in other rounds of the same scheme
 * and year count for "not twice in one year".
 */
@Component
class RoundScoring {

    private final EvaluationRows rows;
    private final PlatformMetrics platform;

    RoundScoring(EvaluationRows rows, PlatformMetrics platform) {
        this.rows = rows;
        this.platform = platform;
    }

    FrozenResult compute(RoundRow round, Scheme scheme) {
        List<LeafPath> leaves = LeafPath.of(scheme);
        Set<String> metrics = new HashSet<>();
        leaves.stream().filter(lp -> lp.node().leaf().source() == Scheme.Source.PLATFORM)
                .forEach(lp -> metrics.add(lp.node().leaf().metric()));
        List<SubjectRow> subjects = rows.subjects(round.id());
        Map<String, Map<String, BigDecimal>> platformValues = platform.read(metrics,
                subjects.stream().map(SubjectRow::key).toList());
        Map<Long, Map<String, List<BigDecimal>>> expert = new HashMap<>();
        rows.scores(round.id()).forEach(s -> expert.computeIfAbsent(s.subjectId(), k -> new HashMap<>())
                .computeIfAbsent(s.leafCode(), k -> new ArrayList<>()).add(s.score()));
        List<SubjectInput> inputs = new ArrayList<>();
        for (SubjectRow s : subjects) {
            if ("RETURNED".equals(s.cityStatus())) {
                continue;
            }
            Map<String, BigDecimal> form = Json.values(s.formValues());
            Map<String, LeafInput> values = new LinkedHashMap<>();
            for (LeafPath lp : leaves) {
                Scheme.Leaf leaf = lp.node().leaf();
                String code = lp.node().code();
                switch (leaf.source()) {
                    case FORM -> {
                        if (form.containsKey(code)) {
                            values.put(code, new LeafInput(form.get(code), form.get(code + ".base"), List.of()));
                        }
                    }
                    case PLATFORM -> {
                        BigDecimal v = platformValues.getOrDefault(leaf.metric(), Map.of()).get(s.key());
                        if (v != null) {
                            values.put(code, LeafInput.of(v));
                        }
                    }
                    case EXPERT -> values.put(code, new LeafInput(null, null,
                            expert.getOrDefault(s.id(), Map.of()).getOrDefault(code, List.of())));
                }
            }
            inputs.add(new SubjectInput(s.key(), s.name(), s.cohort(), values, new HashSet<>(Json.strings(s.flags())),
                    Map.of()));
        }
        Set<String> awarded = new HashSet<>();
        for (String json : rows.frozenResultsOfYear(scheme.code(), round.year(), round.id())) {
            Json.frozen(json).results().stream().filter(r -> r.awardUpTo() != null || r.awardBase() != null)
                    .forEach(r -> awarded.add(r.key()));
        }
        Evaluation e = ScoringEngine.evaluate(scheme, inputs, awarded);
        Map<String, RoundResults.ReferenceValues> refs = new LinkedHashMap<>();
        e.references().forEach((k, r) -> refs.put(k, new RoundResults.ReferenceValues(r.min(), r.max(), r.mean(),
                r.count())));
        return new FrozenResult(e.subjects().stream().map(RoundScoring::result).toList(), refs, platformValues);
    }

    private static RoundResults.SubjectResult result(Evaluation.SubjectScore s) {
        List<RoundResults.Contribution> contributions = s.leaves().stream().map(l -> new RoundResults.Contribution(
                l.code(), l.name(), l.raw(), l.normalised(), l.weight(), l.weighted())).toList();
        List<RoundResults.Contribution> adjustments = s.adjustments().stream().map(a -> new RoundResults.Contribution(
                a.code(), a.name(), BigDecimal.valueOf(a.items()), null, null, a.points())).toList();
        return new RoundResults.SubjectResult(s.id(), s.name(), s.cohort(), s.total(), s.rank(), s.cohortRank(),
                s.tier(), s.status().name(), s.qualified(), s.award() == null ? null : s.award().base(),
                s.award() == null ? null : s.award().upTo(), contributions, adjustments, s.notes());
    }
}
