package cn.tenstrong.evaluation.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import cn.tenstrong.evaluation.internal.Scheme.Direction;

/**
 * 计分规则 of a leaf: turns a raw value into a score fraction (1 = the leaf's full weight; a ratio or increment rule
 * with a cap above 1 may give more). Every rule has a defined answer for every input — a constant column, a zero
 * target or base, a value outside the bounds — so no score is ever NaN or a division error.
 */
sealed interface ScoringRule {

    MathContext MC = MathContext.DECIMAL64;
    BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @param raw the subject's raw value (for expert rules the aggregated score), never null
     * @param base the base-year value (increment rule only; null otherwise)
     * @param ref  the round's reference values of this leaf
     */
    BigDecimal fraction(BigDecimal raw, BigDecimal base, Reference ref, Direction direction);

    /** Whether the rule needs the base-year value as well. */
    default boolean needsBase() {
        return false;
    }

    /** 参照值: the round's minimum, maximum and mean raw value of a leaf, over the subjects that have one. */
    record Reference(BigDecimal min, BigDecimal max, BigDecimal mean, int count) {

        static Reference of(List<BigDecimal> values) {
            if (values.isEmpty()) {
                return new Reference(null, null, null, 0);
            }
            BigDecimal min = values.get(0);
            BigDecimal max = values.get(0);
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal v : values) {
                min = v.min(min);
                max = v.max(max);
                sum = sum.add(v);
            }
            return new Reference(min, max, sum.divide(BigDecimal.valueOf(values.size()), MC), values.size());
        }
    }

    /** One band: a value within the bounds earns the points; a null bound is open. */
    record Band(BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive, BigDecimal points) {

        boolean contains(BigDecimal x) {
            boolean aboveMin = min == null || (minInclusive ? x.compareTo(min) >= 0 : x.compareTo(min) > 0);
            boolean belowMax = max == null || (maxInclusive ? x.compareTo(max) <= 0 : x.compareTo(max) < 0);
            return aboveMin && belowMax;
        }
    }

    /** 分档计分: the first band containing the value gives its points; the fraction is points ÷ the highest band's. */
    record Bands(List<Band> bands) implements ScoringRule {
        @Override
        public BigDecimal fraction(BigDecimal raw, BigDecimal base, Reference ref, Direction direction) {
            BigDecimal top = bands.stream().map(Band::points).reduce(BigDecimal.ZERO, BigDecimal::max);
            if (top.signum() == 0) {
                return BigDecimal.ZERO;
            }
            for (Band b : bands) {
                if (b.contains(raw)) {
                    return b.points().max(BigDecimal.ZERO).divide(top, MC);
                }
            }
            return BigDecimal.ZERO;
        }
    }

    /** 极差标准化 (min–max): (x − min) ÷ (max − min), reversed for lower-is-better; a constant column scores 1. */
    record MinMax() implements ScoringRule {
        @Override
        public BigDecimal fraction(BigDecimal raw, BigDecimal base, Reference ref, Direction direction) {
            BigDecimal span = ref.max().subtract(ref.min());
            if (span.signum() == 0) {
                return BigDecimal.ONE;
            }
            BigDecimal f = direction == Direction.HIGHER
                    ? raw.subtract(ref.min()).divide(span, MC)
                    : ref.max().subtract(raw).divide(span, MC);
            return clamp(f, BigDecimal.ONE);
        }
    }

    /**
     * 功效系数法: 60 + 40·(x − xs) ÷ (xh − xs), as a fraction of 100. xs (不允许值) and xh (满意值) are fixed when the
     * scheme gives them, else the round's worst and best values. Values beyond them count as xs or xh; a constant
     * column (xh = xs) scores 100.
     */
    record Efficacy(BigDecimal fixedWorst, BigDecimal fixedBest) implements ScoringRule {
        static final BigDecimal SIXTY = BigDecimal.valueOf(60);
        static final BigDecimal FORTY = BigDecimal.valueOf(40);

        @Override
        public BigDecimal fraction(BigDecimal raw, BigDecimal base, Reference ref, Direction direction) {
            BigDecimal xs = fixedWorst != null ? fixedWorst : direction == Direction.HIGHER ? ref.min() : ref.max();
            BigDecimal xh = fixedBest != null ? fixedBest : direction == Direction.HIGHER ? ref.max() : ref.min();
            BigDecimal span = xh.subtract(xs);
            BigDecimal r = span.signum() == 0 ? BigDecimal.ONE : clamp(raw.subtract(xs).divide(span, MC), BigDecimal.ONE);
            return SIXTY.add(FORTY.multiply(r, MC)).divide(HUNDRED, MC);
        }
    }

    /**
     * 目标值比例 with a cap: x ÷ target (target ÷ x when lower is better), between 0 and {@code cap}. For lower-is-better
     * a value of 0 or less reaches the cap.
     */
    record RatioToTarget(BigDecimal target, BigDecimal cap) implements ScoringRule {
        @Override
        public BigDecimal fraction(BigDecimal raw, BigDecimal base, Reference ref, Direction direction) {
            if (direction == Direction.HIGHER) {
                return clamp(raw.divide(target, MC), cap);
            }
            return raw.signum() <= 0 ? cap : clamp(target.divide(raw, MC), cap);
        }
    }

    /**
     * 基期增量: growth (x − base) ÷ |base| against the target growth, between 0 and {@code cap}. Base 0: any value above
     * 0 reaches the cap, 0 or less scores 0. For lower-is-better the fall counts as growth.
     */
    record BaseYearIncrement(BigDecimal targetGrowth, BigDecimal cap) implements ScoringRule {
        @Override
        public boolean needsBase() {
            return true;
        }

        @Override
        public BigDecimal fraction(BigDecimal raw, BigDecimal base, Reference ref, Direction direction) {
            BigDecimal change = direction == Direction.HIGHER ? raw.subtract(base) : base.subtract(raw);
            if (base.signum() == 0) {
                return change.signum() > 0 ? cap : BigDecimal.ZERO;
            }
            BigDecimal growth = change.divide(base.abs(), MC);
            return clamp(growth.divide(targetGrowth, MC), cap);
        }
    }

    /** 按项计分: points per item up to a cap; the fraction is the points ÷ the cap. */
    record PerItem(BigDecimal pointsPerItem, BigDecimal cap) implements ScoringRule {
        @Override
        public BigDecimal fraction(BigDecimal raw, BigDecimal base, Reference ref, Direction direction) {
            BigDecimal points = raw.max(BigDecimal.ZERO).multiply(pointsPerItem, MC).min(cap);
            return points.divide(cap, MC);
        }
    }

    /** 专家评分: the reviewers' scores (0 to {@code maxScore}) aggregated; the fraction is the aggregate ÷ maxScore. */
    record ExpertScore(BigDecimal maxScore, Aggregation aggregation) implements ScoringRule {
        @Override
        public BigDecimal fraction(BigDecimal raw, BigDecimal base, Reference ref, Direction direction) {
            return clamp(raw.divide(maxScore, MC), BigDecimal.ONE);
        }
    }

    /** 专家分汇总方式. */
    enum Aggregation {
        /** 算术平均 */
        MEAN,
        /** 去掉一个最高分和一个最低分后平均 (with fewer than 3 scores: the plain mean) */
        TRIMMED_MEAN,
        /** 中位数 */
        MEDIAN;

        /** The aggregate of the scores, or null when there are none. */
        BigDecimal apply(List<BigDecimal> scores) {
            if (scores == null || scores.isEmpty()) {
                return null;
            }
            List<BigDecimal> sorted = new ArrayList<>(scores);
            sorted.sort(null);
            int n = sorted.size();
            return switch (this) {
                case MEAN -> mean(sorted);
                case TRIMMED_MEAN -> n < 3 ? mean(sorted) : mean(sorted.subList(1, n - 1));
                case MEDIAN -> n % 2 == 1 ? sorted.get(n / 2)
                        : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MC);
            };
        }

        private static BigDecimal mean(List<BigDecimal> xs) {
            return xs.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(xs.size()), MC);
        }
    }

    private static BigDecimal clamp(BigDecimal f, BigDecimal cap) {
        return f.max(BigDecimal.ZERO).min(cap);
    }
}
