package cn.tenstrong.ledger.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.tenstrong.ledger.ProgressStatus;
import cn.tenstrong.plan.Qualifier;

/**
 * 状态计算: decides a target's or an item's status from the latest accepted value, the target and its
 * qualifier, the deadline and how much of the period has elapsed (or the task force's profile). Pure: the
 * caller passes "today", so the rules are testable at any date.
 */
final class StatusEngine {

    private static final MathContext MC = MathContext.DECIMAL64;
    private final StatusRules rules;

    StatusEngine(StatusRules rules) {
        this.rules = rules;
    }

    /** A numeric target as the engine needs it. */
    record TargetSpec(Qualifier qualifier, BigDecimal value, BigDecimal low, BigDecimal high) {
    }

    /**
     * @param start       when the work starts (the plan year's first day)
     * @param deadline    the item's deadline (the plan year's end when the plan names none)
     * @param reached     the latest accepted value, or null when nothing was accepted yet
     * @param expected    the share expected by today from a profile, or null to use the elapsed share of time
     */
    ProgressStatus target(TargetSpec target, LocalDate start, LocalDate deadline, BigDecimal reached,
                          BigDecimal expected, LocalDate today) {
        boolean pastDeadline = today.isAfter(deadline);
        if (reached == null) {
            return pastDeadline ? ProgressStatus.OVERDUE : ProgressStatus.NOT_REPORTED;
        }
        if (target.qualifier() == Qualifier.MAX) {
            boolean within = reached.compareTo(target.value()) <= 0;
            if (!within) {
                return pastDeadline ? ProgressStatus.OVERDUE : ProgressStatus.BEHIND;
            }
            // a cap is met only when the period is over; until then staying under it is on track
            return pastDeadline || !today.isBefore(deadline) ? ProgressStatus.DONE : ProgressStatus.ON_TRACK;
        }
        if (met(target, reached)) {
            return ProgressStatus.DONE;
        }
        if (pastDeadline) {
            return ProgressStatus.OVERDUE;
        }
        BigDecimal goal = target.qualifier() == Qualifier.RANGE ? target.low() : target.value();
        if (goal.signum() <= 0) {
            return ProgressStatus.BEHIND;
        }
        return byShare(reached.divide(goal, MC), expected != null ? expected : elapsed(start, deadline, today));
    }

    /** An item without numeric targets, judged by the reported percentage done. */
    ProgressStatus percent(LocalDate start, LocalDate deadline, BigDecimal percentDone, BigDecimal expected,
                           LocalDate today) {
        boolean pastDeadline = today.isAfter(deadline);
        if (percentDone == null) {
            return pastDeadline ? ProgressStatus.OVERDUE : ProgressStatus.NOT_REPORTED;
        }
        if (percentDone.compareTo(BigDecimal.valueOf(100)) >= 0) {
            return ProgressStatus.DONE;
        }
        if (pastDeadline) {
            return ProgressStatus.OVERDUE;
        }
        return byShare(percentDone.movePointLeft(2), expected != null ? expected : elapsed(start, deadline, today));
    }

    /** An item is as bad as its worst target; an item with nothing to judge has not been reported. */
    static ProgressStatus worst(List<ProgressStatus> statuses) {
        return statuses.stream().reduce(ProgressStatus::worse).orElse(ProgressStatus.NOT_REPORTED);
    }

    boolean met(TargetSpec target, BigDecimal reached) {
        return switch (target.qualifier()) {
            case MIN, EXACT -> reached.compareTo(target.value()) >= 0;
            case MAX -> reached.compareTo(target.value()) <= 0;
            // 左右: close enough below counts, and so does going beyond a growth target
            case APPROX -> reached.compareTo(target.value().multiply(BigDecimal.ONE.subtract(rules.approxTolerance()))) >= 0;
            // a range states the expected amount; reaching into it (or beyond) is done
            case RANGE -> reached.compareTo(target.low()) >= 0;
        };
    }

    private ProgressStatus byShare(BigDecimal achievedShare, BigDecimal expectedShare) {
        if (expectedShare.signum() <= 0) {
            return ProgressStatus.ON_TRACK;
        }
        BigDecimal ratio = achievedShare.divide(expectedShare, MC);
        if (ratio.compareTo(rules.onTrack()) >= 0) {
            return ProgressStatus.ON_TRACK;
        }
        return ratio.compareTo(rules.behind()) >= 0 ? ProgressStatus.BEHIND : ProgressStatus.SEVERELY_BEHIND;
    }

    /** The share of the time from start to deadline that has passed by today, between 0 and 1. */
    static BigDecimal elapsed(LocalDate start, LocalDate deadline, LocalDate today) {
        long total = ChronoUnit.DAYS.between(start, deadline) + 1;
        long done = ChronoUnit.DAYS.between(start, today) + 1;
        if (total <= 0 || done >= total) {
            return BigDecimal.ONE;
        }
        if (done <= 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(done).divide(BigDecimal.valueOf(total), MC);
    }
}
