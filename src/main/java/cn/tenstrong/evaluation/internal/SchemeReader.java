package cn.tenstrong.evaluation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.evaluation.internal.Scheme.Direction;
import cn.tenstrong.evaluation.internal.Scheme.Leaf;
import cn.tenstrong.evaluation.internal.Scheme.MissingPolicy;
import cn.tenstrong.evaluation.internal.Scheme.Node;
import cn.tenstrong.evaluation.internal.Scheme.Source;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a scheme from YAML (src/main/resources/evaluation/schemes) and checks it, so a faulty file stops the
 * platform with a Chinese message naming the file and the indicator instead of scoring wrongly.
 */
final class SchemeReader {

    /** Status of an indicator taken from the public text. */
    static final String OFFICIAL = "OFFICIAL";
    /** Status of a group whose indicators the public text does not list (待专班补充). */
    static final String PENDING = "PENDING";

    private final String file;
    private final Set<String> knownMetrics;
    private final Set<String> codes = new HashSet<>();

    private SchemeReader(String file, Set<String> knownMetrics) {
        this.file = file;
        this.knownMetrics = knownMetrics;
    }

    static Scheme read(InputStream in, String file, Set<String> knownMetrics) {
        Object doc;
        try (in) {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("评价方案 " + file + " 不是有效的YAML：" + e.getMessage(), e);
        }
        if (!(doc instanceof Map<?, ?> map)) {
            throw new IllegalStateException("评价方案 " + file + " 应为一个YAML对象");
        }
        return new SchemeReader(file, knownMetrics).scheme(map);
    }

    private Scheme scheme(Map<?, ?> m) {
        String code = text(m, "code", "方案");
        List<Node> groups = nodes(list(m.get("groups")), code);
        if (groups.isEmpty()) {
            throw fail(code, "没有指标分组");
        }
        Map<String, Map<String, BigDecimal>> weightSets = new LinkedHashMap<>();
        if (m.get("weightSets") instanceof Map<?, ?> sets) {
            sets.forEach((cohort, weights) -> {
                Map<String, BigDecimal> w = new LinkedHashMap<>();
                if (weights instanceof Map<?, ?> wm) {
                    wm.forEach((node, value) -> {
                        if (!codes.contains(String.valueOf(node))) {
                            throw fail(code, "权重组“" + cohort + "”引用了不存在的指标 " + node);
                        }
                        w.put(String.valueOf(node), nonNegative(value, code, "权重组“" + cohort + "”的 " + node));
                    });
                }
                weightSets.put(String.valueOf(cohort), w);
            });
        }
        List<Gate> gates = new ArrayList<>();
        for (Map<?, ?> g : list(m.get("gates"))) {
            gates.add(gate(g, code));
        }
        List<Scheme.Adjustment> adjustments = new ArrayList<>();
        for (Map<?, ?> a : list(m.get("adjustments"))) {
            String kind = text(a, "kind", "加减分项");
            adjustments.add(new Scheme.Adjustment(text(a, "code", "加减分项"), text(a, "name", "加减分项"),
                    "DEDUCTION".equals(kind), positive(a.get("perItem"), code, "加减分项 perItem"),
                    positive(a.get("cap"), code, "加减分项 cap")));
        }
        List<Scheme.Tier> tiers = new ArrayList<>();
        for (Map<?, ?> t : list(m.get("tiers"))) {
            tiers.add(new Scheme.Tier(text(t, "name", "等级"), number(t.get("minTotal"), code, "等级 minTotal")));
        }
        tiers.sort((a, b) -> b.minTotal().compareTo(a.minTotal()));
        Scheme.AwardRule award = m.get("award") instanceof Map<?, ?> a ? award(a, code) : null;
        List<String> tieBreak = new ArrayList<>();
        for (Object t : m.get("tieBreak") instanceof List<?> l ? l : List.of()) {
            if (!codes.contains(String.valueOf(t))) {
                throw fail(code, "并列规则引用了不存在的指标 " + t);
            }
            tieBreak.add(String.valueOf(t));
        }
        return new Scheme(code, integer(m.get("version"), code, "version"), text(m, "name", code),
                text(m, "subjectType", code), String.valueOf(m.get("basis") == null ? "" : m.get("basis")).trim(),
                Scheme.WeightUnit.valueOf(or(m, "unit", "POINTS")),
                positive(m.get("total"), code, "total"), groups, weightSets, gates, adjustments, tiers, award,
                tieBreak, Boolean.TRUE.equals(m.get("demo")));
    }

    private List<Node> nodes(List<Map<?, ?>> items, String scheme) {
        List<Node> out = new ArrayList<>();
        for (Map<?, ?> n : items) {
            String code = text(n, "code", scheme + " 的指标");
            if (!codes.add(code)) {
                throw fail(scheme, "指标代码重复：" + code);
            }
            String name = text(n, "name", code);
            String status = or(n, "status", OFFICIAL);
            // a pending group may lack a public weight too; the scheme is then not usable until completed
            BigDecimal weight = n.get("weight") == null && PENDING.equals(status) ? BigDecimal.ZERO
                    : nonNegative(n.get("weight"), scheme, code + " 的权重");
            if (!Set.of(OFFICIAL, PENDING).contains(status)) {
                throw fail(scheme, code + " 的 status 应为 OFFICIAL 或 PENDING");
            }
            if (n.get("rule") instanceof Map<?, ?> rule) {
                out.add(new Node(code, name, weight, List.of(), leaf(n, rule, scheme, code), status));
            } else {
                List<Node> children = nodes(list(n.get("children")), scheme);
                if (children.isEmpty() && !PENDING.equals(status)) {
                    throw fail(scheme, code + " 既无计分规则也无下级指标（公开文本未列明的分组请标 status: PENDING）");
                }
                if (!children.isEmpty() && children.stream().map(Node::weight)
                        .reduce(BigDecimal.ZERO, BigDecimal::add).signum() == 0) {
                    throw fail(scheme, code + " 的下级指标权重之和为0");
                }
                out.add(new Node(code, name, weight, children, null, status));
            }
        }
        return out;
    }

    private Leaf leaf(Map<?, ?> n, Map<?, ?> rule, String scheme, String code) {
        Source source = Source.valueOf(or(n, "source", "FORM"));
        String metric = n.get("metric") == null ? null : String.valueOf(n.get("metric"));
        if (source == Source.PLATFORM && (metric == null || !knownMetrics.contains(metric))) {
            throw fail(scheme, code + " 取平台数据，但 metric “" + metric + "” 不是平台提供的指标 " + knownMetrics);
        }
        String type = text(rule, "type", code + " 的计分规则");
        String where = code + " 的计分规则";
        ScoringRule r = switch (type) {
            case "bands" -> new ScoringRule.Bands(bands(list(rule.get("bands")), scheme, where));
            case "minmax" -> new ScoringRule.MinMax();
            case "efficacy" -> new ScoringRule.Efficacy(optional(rule.get("worst"), scheme, where),
                    optional(rule.get("best"), scheme, where));
            case "ratio" -> new ScoringRule.RatioToTarget(positive(rule.get("target"), scheme, where + " target"),
                    capOf(rule, scheme, where));
            case "increment" -> new ScoringRule.BaseYearIncrement(
                    positive(rule.get("targetGrowth"), scheme, where + " targetGrowth"), capOf(rule, scheme, where));
            case "perItem" -> new ScoringRule.PerItem(positive(rule.get("points"), scheme, where + " points"),
                    positive(rule.get("cap"), scheme, where + " cap"));
            case "expert" -> new ScoringRule.ExpertScore(positive(rule.get("maxScore"), scheme, where + " maxScore"),
                    ScoringRule.Aggregation.valueOf(or(rule, "aggregation", "MEAN")));
            default -> throw fail(scheme, where + " 的类型“" + type + "”未知");
        };
        if (source == Source.EXPERT != r instanceof ScoringRule.ExpertScore) {
            throw fail(scheme, code + "：专家评分规则与来源 EXPERT 须同时使用");
        }
        BigDecimal min = null;
        BigDecimal max = null;
        if (n.get("range") instanceof Map<?, ?> range) {
            min = optional(range.get("min"), scheme, code + " 的取值范围 min");
            max = optional(range.get("max"), scheme, code + " 的取值范围 max");
            if (min != null && max != null && min.compareTo(max) > 0) {
                throw fail(scheme, code + " 的取值范围 min 大于 max");
            }
        } else if (r instanceof ScoringRule.PerItem) {
            min = BigDecimal.ZERO; // a number of items is never negative
        }
        return new Leaf(or(n, "unit", ""), Direction.valueOf(or(n, "direction", "HIGHER")), source, metric,
                MissingPolicy.valueOf(or(n, "missing", "ZERO")), r, min, max);
    }

    private List<ScoringRule.Band> bands(List<Map<?, ?>> items, String scheme, String where) {
        if (items.isEmpty()) {
            throw fail(scheme, where + " 没有分档");
        }
        List<ScoringRule.Band> out = new ArrayList<>();
        for (Map<?, ?> b : items) {
            out.add(new ScoringRule.Band(optional(b.get("min"), scheme, where), !Boolean.FALSE.equals(
                    b.get("minInclusive")), optional(b.get("max"), scheme, where),
                    Boolean.TRUE.equals(b.get("maxInclusive")), nonNegative(b.get("points"), scheme, where + " points")));
        }
        return out;
    }

    private Gate gate(Map<?, ?> g, String scheme) {
        String type = text(g, "type", "门槛");
        String reason = or(g, "reason", "");
        return switch (type) {
            case "threshold" -> {
                String leaf = text(g, "leaf", "门槛");
                if (!codes.contains(leaf)) {
                    throw fail(scheme, "门槛引用了不存在的指标 " + leaf);
                }
                yield new Gate.Threshold(leaf, Gate.Op.valueOf(text(g, "op", "门槛")),
                        number(g.get("value"), scheme, "门槛 value"), reason);
            }
            case "veto" -> new Gate.Veto(text(g, "flag", "否决"), reason);
            case "groupFloor" -> {
                String group = text(g, "group", "分组下限");
                if (!codes.contains(group)) {
                    throw fail(scheme, "分组下限引用了不存在的分组 " + group);
                }
                yield new Gate.GroupFloor(group, nonNegative(g.get("minShare"), scheme, "minShare"), reason);
            }
            case "qualification" -> new Gate.Qualification(number(g.get("passScore"), scheme, "passScore"),
                    strings(g.get("directFlags")));
            default -> throw fail(scheme, "门槛类型“" + type + "”未知");
        };
    }

    private Scheme.AwardRule award(Map<?, ?> a, String scheme) {
        BigDecimal base = a.get("base") == null ? BigDecimal.ZERO : nonNegative(a.get("base"), scheme, "award.base");
        BigDecimal upTo = optional(a.get("upTo"), scheme, "award.upTo");
        if (upTo != null && upTo.compareTo(base) < 0) {
            throw fail(scheme, "奖励上限低于基础奖励");
        }
        return new Scheme.AwardRule(a.get("topN") == null ? null : integer(a.get("topN"), scheme, "award.topN"),
                Boolean.TRUE.equals(a.get("perCohort")), optional(a.get("minTotal"), scheme, "award.minTotal"), base,
                upTo, optional(a.get("budget"), scheme, "award.budget"), Boolean.TRUE.equals(a.get("notTwiceInYear")),
                strings(a.get("excludeFlags")), or(a, "quote", "").trim());
    }

    private BigDecimal capOf(Map<?, ?> rule, String scheme, String where) {
        return rule.get("cap") == null ? BigDecimal.ONE : positive(rule.get("cap"), scheme, where + " cap");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> list(Object o) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> l && l.stream().allMatch(x -> x instanceof Map)) {
            return (List<Map<?, ?>>) l;
        }
        throw new IllegalStateException("应为对象列表：" + o);
    }

    private static String or(Map<?, ?> m, String key, String fallback) {
        Object v = m.get(key);
        return v == null ? fallback : String.valueOf(v);
    }

    private static List<String> strings(Object o) {
        return o instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    private String text(Map<?, ?> m, String key, String where) {
        Object v = m.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            throw fail(where, "缺少 " + key);
        }
        return String.valueOf(v).trim();
    }

    private BigDecimal optional(Object v, String scheme, String where) {
        return v == null ? null : number(v, scheme, where);
    }

    private BigDecimal number(Object v, String scheme, String where) {
        try {
            return new BigDecimal(String.valueOf(v));
        } catch (NumberFormatException e) {
            throw fail(scheme, where + " 应为数字，现为“" + v + "”");
        }
    }

    private BigDecimal nonNegative(Object v, String scheme, String where) {
        BigDecimal x = number(v, scheme, where);
        if (x.signum() < 0) {
            throw fail(scheme, where + " 不能为负数");
        }
        return x;
    }

    private BigDecimal positive(Object v, String scheme, String where) {
        BigDecimal x = number(v, scheme, where);
        if (x.signum() <= 0) {
            throw fail(scheme, where + " 应大于0");
        }
        return x;
    }

    private int integer(Object v, String scheme, String where) {
        return number(v, scheme, where).intValueExact();
    }

    private IllegalStateException fail(String where, String message) {
        return new IllegalStateException("评价方案 " + file + "（" + where + "）：" + message);
    }
}
