package cn.tenstrong.shared;

import java.time.LocalDate;

/**
 * 评估日期: the day every status, score, KPI, export and report is judged on.
 *
 * <p>Chosen by the user ({@code asOf} parameter), it holds for every plan. Left to the default (today), a plan whose
 * year is over is judged as of its year's end instead: a 2022 plan viewed in 2026 is history, not a list of fresh
 * 逾期. {@link #capped()} tells which of the two it is; {@link #param()} is what links and exports carry so the next
 * page judges exactly the same way.
 *
 * @param date   the day shown on the page
 * @param capped true for the default: plans of ended years are judged as of their year's end, not on {@code date}
 */
public record AsOf(LocalDate date, boolean capped) {

    public AsOf {
        java.util.Objects.requireNonNull(date, "date");
    }

    /** A day the user chose: every plan is judged on it. */
    public static AsOf on(LocalDate date) {
        return new AsOf(date, false);
    }

    /** The default on {@code today}: plans of ended years at their year's end. */
    public static AsOf byDefault(LocalDate today) {
        return new AsOf(today, true);
    }

    /** The day a plan of {@code planYear} is judged on. */
    public LocalDate forPlanYear(int planYear) {
        if (!capped) {
            return date;
        }
        LocalDate yearEnd = LocalDate.of(planYear, 12, 31);
        return date.isAfter(yearEnd) ? yearEnd : date;
    }

    /**
     * The {@code asOf} value a link or an export carries, or null when the default must be resolved again (plans of
     * different years judged on different days cannot be named by one date).
     */
    public String param() {
        return capped ? null : date.toString();
    }
}
