package cn.tenstrong.evaluation.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.evaluation.internal.Evaluation.LeafInput;
import cn.tenstrong.evaluation.internal.Evaluation.SubjectInput;
import cn.tenstrong.evaluation.internal.Scheme.Direction;
import cn.tenstrong.evaluation.internal.Scheme.Leaf;
import cn.tenstrong.evaluation.internal.Scheme.MissingPolicy;
import cn.tenstrong.evaluation.internal.Scheme.Node;
import cn.tenstrong.evaluation.internal.Scheme.Source;

/** Builds schemes and subjects for the engine tests. */
final class Fixtures {

    private Fixtures() {
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static Node group(String code, String weight, Node... children) {
        return new Node(code, code, d(weight), List.of(children), null, SchemeReader.OFFICIAL);
    }

    static Node leaf(String code, String weight, ScoringRule rule) {
        return leaf(code, weight, rule, Direction.HIGHER, MissingPolicy.ZERO);
    }

    static Node leaf(String code, String weight, ScoringRule rule, Direction direction, MissingPolicy missing) {
        Source source = rule instanceof ScoringRule.ExpertScore ? Source.EXPERT : Source.FORM;
        return new Node(code, code, d(weight), List.of(),
                new Leaf("", direction, source, null, missing, rule), SchemeReader.OFFICIAL);
    }

    static Scheme scheme(List<Node> groups) {
        return new Scheme("T", 1, "测试方案", "PARK", "", Scheme.WeightUnit.POINTS, d("100"), groups, Map.of(),
                List.of(), List.of(), List.of(), null, List.of(), false);
    }

    static Scheme with(Scheme s, List<Gate> gates, List<Scheme.Adjustment> adjustments, List<Scheme.Tier> tiers,
                       Scheme.AwardRule award, List<String> tieBreak, Map<String, Map<String, BigDecimal>> sets) {
        return new Scheme(s.code(), s.version(), s.name(), s.subjectType(), s.basis(), s.unit(), s.total(),
                s.groups(), sets, gates, adjustments, tiers, award, tieBreak, s.demo());
    }

    /** A subject with plain values: "A1=30", "A2=" (missing is simply left out). */
    static SubjectInput subject(String id, String cohort, String... values) {
        Map<String, LeafInput> in = new LinkedHashMap<>();
        for (String v : values) {
            String[] kv = v.split("=");
            in.put(kv[0], LeafInput.of(d(kv[1])));
        }
        return new SubjectInput(id, id, cohort, in, Set.of(), Map.of());
    }

    static SubjectInput withFlags(SubjectInput s, String... flags) {
        return new SubjectInput(s.id(), s.name(), s.cohort(), s.values(), Set.of(flags), s.adjustments());
    }

    static SubjectInput withAdjustments(SubjectInput s, Map<String, Integer> adjustments) {
        return new SubjectInput(s.id(), s.name(), s.cohort(), s.values(), s.flags(), adjustments);
    }

    static SubjectInput withInput(SubjectInput s, String leaf, LeafInput input) {
        Map<String, LeafInput> in = new HashMap<>(s.values());
        in.put(leaf, input);
        return new SubjectInput(s.id(), s.name(), s.cohort(), in, s.flags(), s.adjustments());
    }

    static List<BigDecimal> scores(String... xs) {
        return Arrays.stream(xs).map(BigDecimal::new).toList();
    }
}
