package cn.tenstrong.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.tenstrong.plan.PlanItemView;

/** 台账一行: an item of an active plan with its computed status and latest accepted progress. */
public record LedgerRow(PlanItemView item, String industryCode, String industryName, int planYear, LocalDate deadline,
                        ProgressStatus status, List<TargetProgress> targets, BigDecimal percentDone,
                        String latestProgress, String latestRound) {

    /**
     * One target's latest accepted value and status.
     *
     * @param liveSource when the target is bound to live data: what computes its value (manual values are refused);
     *                   otherwise null
     */
    public record TargetProgress(PlanItemView.TargetView target, BigDecimal reached, ProgressStatus status,
                                 String liveSource) {

        public TargetProgress(PlanItemView.TargetView target, BigDecimal reached, ProgressStatus status) {
            this(target, reached, status, null);
        }

        public boolean bound() {
            return liveSource != null;
        }

        /** The reached value as people write it: large amounts in 万 or 亿, with the target's unit. */
        public String reachedDisplay() {
            return display(reached, target.unit());
        }

        /** An amount as people write it: large amounts in 万 or 亿, with the unit; "" for null. */
        public static String display(BigDecimal amount, String unit) {
            if (amount == null) {
                return "";
            }
            BigDecimal abs = amount.abs();
            String u = unit == null ? "" : unit;
            if (abs.compareTo(new BigDecimal("1E8")) >= 0) {
                return plain(amount.movePointLeft(8)) + "亿" + u;
            }
            if (abs.compareTo(new BigDecimal("1E4")) >= 0 && !"%".equals(u)) {
                return plain(amount.movePointLeft(4)) + "万" + u;
            }
            return plain(amount) + u;
        }

        private static String plain(BigDecimal d) {
            return d.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
    }
}
