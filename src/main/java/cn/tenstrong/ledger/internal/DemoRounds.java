package cn.tenstrong.ledger.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;

import cn.tenstrong.ledger.ReportStatus;
import cn.tenstrong.ledger.internal.ActiveItems.ItemContext;
import cn.tenstrong.ledger.persistence.LedgerRows;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.plan.PlanItemView.Responsible;
import cn.tenstrong.plan.Qualifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 演示调度: the demo's monthly rounds up to a 演示时点, with paced reports (see {@link DemoRound}). A pace is the
 * ratio of reached to expected on the 演示时点; the ledger calls ≥ 0.9 on track and ≥ 0.7 behind, so the paces
 * stay clear of those lines.
 */
final class DemoRounds {

    private static final Logger log = LoggerFactory.getLogger(DemoRounds.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** How many monthly rounds end by the 演示时点. */
    private static final int ROUNDS = 3;

    private final RoundService rounds;
    private final LedgerRows rows;
    private final ActiveItems items;

    DemoRounds(RoundService rounds, LedgerRows rows, ActiveItems items) {
        this.rounds = rounds;
        this.rows = rows;
        this.items = items;
    }

    /** A pace, or null for an item whose agency does not report. */
    private static Double pace(Random random) {
        double p = random.nextDouble();
        if (p < 0.12) {
            return null;                                    // 未报送
        } else if (p < 0.22) {
            return 3.0;                                     // 已完成 (reached the goal early)
        } else if (p < 0.58) {
            return 0.95 + random.nextDouble() * 0.35;       // 正常推进
        } else if (p < 0.80) {
            return 0.74 + random.nextDouble() * 0.12;       // 滞后
        }
        return 0.25 + random.nextDouble() * 0.4;            // 严重滞后
    }

    void create(LocalDate asOf) {
        int year = asOf.getYear();
        List<ItemContext> all = items.all().stream().filter(c -> c.year() == year).toList();
        if (all.isEmpty()) {
            log.warn("演示时点 {} lies outside every active plan's year: no demo rounds", asOf);
            return;
        }
        YearMonth last = YearMonth.from(asOf).minusMonths(1);
        List<YearMonth> months = new ArrayList<>();
        for (int i = ROUNDS - 1; i >= 0; i--) {
            YearMonth m = last.minusMonths(i);
            if (m.getYear() == year) {
                months.add(m);
            }
        }
        Random random = new Random(20220715L);
        Map<Long, Double> paces = new HashMap<>();
        Map<Long, Responsible> leads = new HashMap<>();
        for (ItemContext ctx : all) {
            Responsible lead = ctx.item().lead().stream().filter(r -> !r.placeholder()).findFirst().orElse(null);
            Double pace = pace(random);
            if (lead != null && pace != null) {
                paces.put(ctx.item().id(), pace);
                leads.put(ctx.item().id(), lead);
            }
        }
        int reports = 0;
        for (YearMonth month : months) {
            LocalDate end = month.atEndOfMonth();
            LocalDate due = end.plusDays(5);
            long roundId = rounds.openDemo(null, "MONTH", year + "年" + month.getMonthValue() + "月（演示）",
                    month.atDay(1), end, due);
            for (ItemContext ctx : all) {
                Double pace = paces.get(ctx.item().id());
                if (pace == null) {
                    continue;
                }
                // reached by the end of this month, so that on the 演示时点 the item stands at its pace
                double share = Math.min(1.0, pace * elapsed(ctx, asOf)) * elapsed(ctx, end) / Math.max(elapsed(ctx, asOf), 1e-9);
                if (pace >= 3.0) {
                    share = 1.0;
                }
                reports += report(roundId, ctx, leads.get(ctx.item().id()), Math.min(1.0, share), month);
            }
            rows.backdateDemoReports(roundId, due.minusDays(2).atTime(10, 0).atZone(ZONE).toInstant(),
                    due.atTime(10, 0).atZone(ZONE).toInstant());
            rows.closeRound(roundId, 0);
        }
        log.info("Demo as of {}: {} monthly rounds with {} accepted reports (marked 演示)", asOf, months.size(), reports);
    }

    /** The share of the time from 1 January to the item's deadline that has elapsed on {@code day} (0..1). */
    private static double elapsed(ItemContext ctx, LocalDate day) {
        long total = ChronoUnit.DAYS.between(ctx.start(), ctx.deadline());
        if (total <= 0) {
            return 1.0;
        }
        return Math.max(0.0, Math.min(1.0, (double) ChronoUnit.DAYS.between(ctx.start(), day) / total));
    }

    private int report(long roundId, ItemContext ctx, Responsible lead, double share, YearMonth month) {
        long id = rows.insertReport(roundId, ctx.item().id(), ctx.industryCode(), ctx.year(), ctx.item().itemKey(),
                lead.organizationId(), "system");
        long percent = Math.round(share * 100);
        // a cap (以内) is kept under; any other target reaches its share of the goal
        accept(rows, id, ctx.item().targets(), t -> t.qualifier() == Qualifier.MAX ? 0.9 : share,
                "（演示数据）截至" + month.getMonthValue() + "月底，" + lead.name() + "推进本项工作，完成进度约" + percent + "%。",
                BigDecimal.valueOf(percent), share < 0.3 ? "（演示数据）项目用地指标需省级统筹协调。" : "");
        return 1;
    }

    /**
     * Fills a demo report and accepts it as "system": each target with a goal (its value, else its lower bound) at
     * the goal times its factor, the overall percent only when the item has no target, then 已报送 → 已采纳.
     */
    static void accept(LedgerRows rows, long id, List<PlanItemView.TargetView> targets,
                       ToDoubleFunction<PlanItemView.TargetView> factor, String text, BigDecimal percent, String problems) {
        Map<Long, Integer> seq = new HashMap<>();
        Map<Long, BigDecimal> values = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            PlanItemView.TargetView t = targets.get(i);
            BigDecimal goal = t.value() != null ? t.value() : t.low();
            if (goal == null) {
                continue;
            }
            seq.put(t.id(), i + 1);
            values.put(t.id(), goal.multiply(BigDecimal.valueOf(factor.applyAsDouble(t))).setScale(2, RoundingMode.HALF_UP));
        }
        rows.updateReportContent(id, 0, text, targets.isEmpty() ? percent : null, null, problems);
        rows.replaceValues(id, seq, values);
        rows.transition(id, 1, List.of(ReportStatus.DRAFT), ReportStatus.SUBMITTED, "system", null);
        rows.transition(id, 2, List.of(ReportStatus.SUBMITTED), ReportStatus.ACCEPTED, "system", "演示数据");
        rows.history(id, "system", null, ReportStatus.ACCEPTED, "演示数据");
    }
}
