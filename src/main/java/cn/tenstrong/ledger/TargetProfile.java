package cn.tenstrong.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.tenstrong.plan.Qualifier;

/**
 * A numeric target and its 进度曲线: the cumulative percentage of the target expected by the end of each month of the
 * plan year (January first), set by the task force or, when it set none, the default rule's (the elapsed share of
 * the time from 1 January to the deadline).
 *
 * @param custom        true when the task force set the curve, false for the default rule
 * @param monthly       12 cumulative percentages (0–100) of the curve in force
 * @param linear        12 cumulative percentages of the default rule, for comparison
 * @param version       the version to send back when changing or resetting (0 while the default rule applies)
 * @param adjustable    whether a curve can apply to this target at all; when not, {@code notAdjustable} says why
 * @param editable      whether the current user may change it (the task force of the target's industry, administrators)
 * @param presets       the preset curves fitted to the target's deadline
 * @param actual        the accepted values of the plan year as percentages of the target, by round
 * @param judgement     how the target stands on a day under the curve and under the default rule
 */
public record TargetProfile(long targetId, long itemId, String industryCode, String industryName, String itemLabel,
                            String itemTitle, String targetText, String unit, Qualifier qualifier, BigDecimal goal,
                            int planYear, LocalDate deadline, boolean custom, List<BigDecimal> monthly,
                            List<BigDecimal> linear, String setBy, Instant setAt, int version, boolean adjustable,
                            String notAdjustable, boolean editable, List<Preset> presets, List<Point> actual,
                            Judgement judgement) {

    public TargetProfile {
        monthly = List.copyOf(monthly);
        linear = List.copyOf(linear);
        presets = List.copyOf(presets);
        actual = List.copyOf(actual);
    }

    /** An amount of this target as people write it: in the scale and unit of the target ("0.3342万亿元"). */
    public String display(BigDecimal amount) {
        return LedgerRow.TargetProgress.display(amount, unit, targetText);
    }

    /** A preset curve (data: {@code ledger/profile-presets.csv}). */
    public record Preset(String code, String name, String description, List<BigDecimal> monthly) {
        public Preset {
            monthly = List.copyOf(monthly);
        }
    }

    /** A reported value as a share of the target: the round, the month its period ended in, the percentage. */
    public record Point(String round, LocalDate periodEnd, int month, BigDecimal percent) {
    }

    /**
     * The target on a day: the value reached by then (null when nothing was accepted), as a percentage of the target,
     * the percentage expected by the curve and by the default rule, and the status under each.
     */
    public record Judgement(LocalDate asOf, BigDecimal reached, BigDecimal reachedPercent, BigDecimal expectedPercent,
                            BigDecimal linearExpectedPercent, ProgressStatus status, ProgressStatus linearStatus) {
    }
}
