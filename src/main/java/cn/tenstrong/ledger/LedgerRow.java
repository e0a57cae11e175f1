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

        /** The reached value as people write it: in the scale and unit of its target ("0.3342万亿元" for 1.4万亿元). */
        public String reachedDisplay() {
            return display(reached, target.unit(), target.text());
        }

        /** An amount in the scale its target is written in, with the unit; "" for null. */
        public static String display(BigDecimal amount, String unit, String targetText) {
            return cn.tenstrong.shared.Amount.formatLike(amount, unit, targetText);
        }
    }
}
