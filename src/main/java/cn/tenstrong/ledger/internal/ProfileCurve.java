package cn.tenstrong.ledger.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.tenstrong.shared.DomainException;

/**
 * 进度曲线 arithmetic, pure: checking a curve the task force typed, the default rule as a curve, presets fitted to
 * a deadline, and the share expected on a given day. A curve is 12 cumulative percentages, the share of the target
 * expected by the end of each month of the plan year; in storage the shares are fractions (0–1).
 */
final class ProfileCurve {

    static final int MONTHS = 12;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext MC = MathContext.DECIMAL64;

    private ProfileCurve() {
    }

    /**
     * The month by whose end the target is due: the deadline's month, December for a target due at the end of the
     * plan year. Only meaningful for a deadline within the plan year (see {@link #adjustable}).
     */
    static int dueMonth(int planYear, LocalDate deadline) {
        return deadline.getYear() == planYear ? deadline.getMonthValue() : MONTHS;
    }

    /**
     * Checks a curve for a target due in {@code dueMonth} and returns it with trailing zeros dropped. Every problem is
     * named at once (in Chinese) in one INVALID error.
     */
    static List<BigDecimal> validate(List<BigDecimal> percents, int dueMonth, LocalDate deadline) {
        if (percents == null || percents.size() != MONTHS) {
            throw DomainException.invalid("进度曲线须填写1月至12月共12个累计百分比，收到"
                    + (percents == null ? 0 : percents.size()) + "个");
        }
        List<String> problems = new ArrayList<>();
        List<BigDecimal> clean = new ArrayList<>(MONTHS);
        BigDecimal previous = null;
        int previousMonth = 0;
        for (int i = 0; i < MONTHS; i++) {
            int month = i + 1;
            BigDecimal v = percents.get(i);
            if (v == null) {
                problems.add(month + "月未填写");
                clean.add(null);
                continue;
            }
            v = v.stripTrailingZeros();
            if (v.scale() < 0) {
                v = v.setScale(0);
            }
            clean.add(v);
            if (v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
                problems.add(month + "月的累计百分比须在0到100之间，填写的是" + v.toPlainString());
            } else if (v.scale() > 2) {
                problems.add(month + "月的累计百分比最多保留两位小数：" + v.toPlainString());
            }
            if (previous != null && v.compareTo(previous) < 0) {
                problems.add("累计百分比不能回落：" + month + "月（" + v.toPlainString() + "%）低于" + previousMonth + "月（"
                        + previous.toPlainString() + "%）");
            }
            previous = v;
            previousMonth = month;
        }
        BigDecimal due = clean.get(dueMonth - 1);
        if (due != null && due.compareTo(HUNDRED) != 0) {
            problems.add(dueMonth == MONTHS
                    ? "12月须为100%（全年目标到年底完成），填写的是" + due.toPlainString() + "%"
                    : "该指标的完成时限为" + deadline + "，" + dueMonth + "月须达到100%，填写的是" + due.toPlainString() + "%");
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid("进度曲线有误：" + String.join("；", problems));
        }
        return List.copyOf(clean);
    }

    /** Percentages (0–100) → stored shares (0–1). */
    static List<BigDecimal> shares(List<BigDecimal> percents) {
        return percents.stream().map(p -> p.movePointLeft(2)).toList();
    }

    /** Stored shares (0–1) → percentages as people write them (at most two decimals). */
    static List<BigDecimal> percents(List<BigDecimal> shares) {
        return shares.stream().map(ProfileCurve::percent).toList();
    }

    static BigDecimal percent(BigDecimal share) {
        BigDecimal p = share.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }

    /** The default rule as a curve: the share of the time from 1 January to the deadline elapsed by each month's end. */
    static List<BigDecimal> linear(int planYear, LocalDate deadline) {
        LocalDate start = LocalDate.of(planYear, 1, 1);
        List<BigDecimal> out = new ArrayList<>(MONTHS);
        for (int m = 1; m <= MONTHS; m++) {
            LocalDate end = LocalDate.of(planYear, m, 1).plusMonths(1).minusDays(1);
            out.add(percent(StatusEngine.elapsed(start, deadline, end)));
        }
        return List.copyOf(out);
    }

    /**
     * A preset written for a target due in December, fitted to one due at the end of {@code dueMonth}: the preset's
     * shape is stretched over months 1..dueMonth (read off its month-end points, straight lines in between), and the
     * months after are 100.
     */
    static List<BigDecimal> fit(List<BigDecimal> preset, int dueMonth) {
        if (dueMonth == MONTHS) {
            return List.copyOf(preset);
        }
        List<BigDecimal> out = new ArrayList<>(MONTHS);
        for (int m = 1; m <= MONTHS; m++) {
            if (m >= dueMonth) {
                out.add(HUNDRED);
                continue;
            }
            // position on the preset's year: m of dueMonth months → m * 12 / dueMonth of 12
            BigDecimal x = BigDecimal.valueOf((long) m * MONTHS).divide(BigDecimal.valueOf(dueMonth), MC);
            int lower = x.intValue();
            BigDecimal fraction = x.subtract(BigDecimal.valueOf(lower));
            BigDecimal a = lower == 0 ? BigDecimal.ZERO : preset.get(lower - 1);
            BigDecimal b = lower >= MONTHS ? HUNDRED : preset.get(lower);
            BigDecimal v = a.add(b.subtract(a).multiply(fraction, MC)).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
            out.add(v.scale() < 0 ? v.setScale(0) : v);
        }
        return List.copyOf(out);
    }

    /**
     * The share (0–1) of the target expected on {@code day} by a curve of the plan year: nothing before the year,
     * everything after it, and within it a straight line from the previous month's end (0 before January) to this
     * month's end, so the first of the month does not already expect the whole month's progress.
     */
    static BigDecimal expectedShare(List<BigDecimal> shares, int planYear, LocalDate day) {
        if (day.getYear() < planYear) {
            return BigDecimal.ZERO;
        }
        if (day.getYear() > planYear) {
            return BigDecimal.ONE;
        }
        int m = day.getMonthValue();
        BigDecimal previous = m == 1 ? BigDecimal.ZERO : shares.get(m - 2);
        BigDecimal current = shares.get(m - 1);
        BigDecimal elapsed = BigDecimal.valueOf(day.getDayOfMonth()).divide(BigDecimal.valueOf(day.lengthOfMonth()), MC);
        return previous.add(current.subtract(previous).multiply(elapsed, MC), MC);
    }
}
