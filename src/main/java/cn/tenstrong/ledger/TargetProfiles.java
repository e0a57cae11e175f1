package cn.tenstrong.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 进度曲线: how much of a numeric target the task force expects by the end of each month of the plan year. Without
 * one a target is judged against the elapsed share of the time from 1 January to its deadline (the default, linear
 * rule); with one, against the curve (interpolated within the month). Changing or resetting a curve changes the
 * ledger's statuses at once.
 */
public interface TargetProfiles {

    /**
     * A target of an active plan with its curve (the task force's, or the default rule's), the presets fitted to its
     * deadline, and how it is judged on {@code asOf} under the curve and under the default rule.
     *
     * @param asOf the day to judge on; null for the ledger's default day ({@link Ledger#defaultAsOf()})
     */
    TargetProfile profile(long targetId, LocalDate asOf);

    /**
     * Sets a target's curve: 12 cumulative percentages (January to December) between 0 and 100, never decreasing,
     * 100 in December (and from the deadline's month on when the target is due earlier in the year). Only the task
     * force of the target's industry or an administrator; {@code version} is the one read (0 when the target follows
     * the default rule). Audited.
     */
    TargetProfile set(long targetId, List<BigDecimal> monthlyPercent, int version);

    /** Drops a target's curve: it is judged by the default rule again. Same rights and version check as {@link #set}. */
    TargetProfile reset(long targetId, int version);

    /** The preset curves (均匀, 前低后高, 季度末集中 …) for a target due in December, as shipped. */
    List<TargetProfile.Preset> presets();
}
