package cn.tenstrong.ledger.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import cn.tenstrong.ledger.internal.ActiveItems.ItemContext;
import cn.tenstrong.ledger.persistence.LedgerRows;
import cn.tenstrong.plan.PlanItemView.Responsible;
import cn.tenstrong.shared.DemoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A demo installation's progress rounds, so the dashboard is not empty. Every row is marked demo and every text says
 * 演示; values are drawn from a fixed seed so every demo install looks the same.
 *
 * <p>Run as of a 演示时点 ({@code platform.demo.as-of}, in the plan year), the demo has a monthly round, for all
 * industries, for each of the three months ended by that day, each closed after its due date, with reports whose
 * values grow round by round. Each item is given a pace — not reported, done, on track, behind, seriously behind —
 * and its values are set so that, judged on the 演示时点 by the ledger's own rule (reached ÷ share of the time to the
 * deadline elapsed), it holds that status: a believable mix (about a third on track, none above 70 %), and items due
 * before the day that are not done are 逾期. Without a 演示时点, one round (2022年5月) as before.
 */
@Component
@Order(35)
class DemoRound implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRound.class);
    private final RoundService rounds;
    private final LedgerRows rows;
    private final ActiveItems items;
    private final boolean enabled;

    private final cn.tenstrong.shared.Present present;

    DemoRound(RoundService rounds, LedgerRows rows, ActiveItems items, DemoProperties demo,
              cn.tenstrong.shared.Present present) {
        this.present = present;
        this.rounds = rounds;
        this.rows = rows;
        this.items = items;
        this.enabled = demo.enabled();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || !rows.rounds().isEmpty()) {
            return;
        }
        if (present.demoAsOf().isPresent()) {
            new DemoRounds(rounds, rows, items).create(present.demoAsOf().get());
            return;
        }
        List<ItemContext> all = items.all().stream().filter(c -> c.year() == 2022).toList();
        if (all.isEmpty()) {
            return;
        }
        long roundId = rounds.openDemo(null, "MONTH", "2022年5月（演示）", LocalDate.of(2022, 5, 1),
                LocalDate.of(2022, 5, 31), LocalDate.of(2022, 6, 5));
        Random random = new Random(20220531L);
        int reports = 0;
        for (ItemContext ctx : all) {
            Responsible lead = ctx.item().lead().stream().filter(r -> !r.placeholder()).findFirst().orElse(null);
            if (lead == null || random.nextDouble() < 0.15) {
                continue; // about one item in seven has no report: 未报送
            }
            long id = rows.insertReport(roundId, ctx.item().id(), ctx.industryCode(), ctx.year(), ctx.item().itemKey(),
                    lead.organizationId(), "system");
            double progress = 0.15 + random.nextDouble() * 0.75; // share of the target reached by the end of May
            DemoRounds.accept(rows, id, ctx.item().targets(), t -> progress, "（演示数据）截至5月底，" + lead.name()
                    + "按计划推进，完成进度约" + Math.round(progress * 100) + "%。", BigDecimal.valueOf(Math.round(progress * 100)),
                    progress < 0.3 ? "（演示数据）项目用地指标需省级统筹协调。" : "");
            reports++;
        }
        rows.backdateDemoReports(roundId, java.time.Instant.parse("2022-06-03T02:00:00Z"),
                java.time.Instant.parse("2022-06-08T02:00:00Z"));
        rows.closeRound(roundId, 0);
        log.info("Demo progress round created with {} accepted reports (marked 演示)", reports);
    }
}
