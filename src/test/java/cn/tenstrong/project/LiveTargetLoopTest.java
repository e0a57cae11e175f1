package cn.tenstrong.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import cn.tenstrong.ledger.Ledger;
import cn.tenstrong.ledger.LedgerRow;
import cn.tenstrong.ledger.ProgressRounds;
import cn.tenstrong.ledger.ProgressStatus;
import cn.tenstrong.ledger.ReportDraft;
import cn.tenstrong.ledger.RoundView;
import cn.tenstrong.plan.PlanCatalog;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.shared.Amount;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Closing the loop: the 新一代信息技术 plan's "2022年年底前,完成投资250亿元以上" bound to the 2022 completed investment of
 * the industry's 省重大项目; a monthly report moves the ledger's value and status, and manual values are refused.
 */
class LiveTargetLoopTest extends IntegrationTest {

    @Autowired
    PlanCatalog plans;
    @Autowired
    TargetBindings bindings;
    @Autowired
    ProjectLibrary library;
    @Autowired
    Ledger ledger;
    @Autowired
    ProgressRounds rounds;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void aMonthlyReportMovesTheBoundTargetInTheLedger() {
        AsUser as = new AsUser(userDetails);
        long planId = plans.activePlans().stream().filter(p -> "01".equals(p.industryCode())).findFirst().orElseThrow().id();
        PlanItemView item = plans.plan(planId).orElseThrow().items().stream()
                .filter(i -> i.targets().stream().anyMatch(t -> t.text().contains("250亿"))).findFirst().orElseThrow();
        PlanItemView.TargetView target = item.targets().stream().filter(t -> t.text().contains("250亿")).findFirst()
                .orElseThrow();
        assertThat(target.value()).isEqualByComparingTo("25000000000");

        BindingFilter filter = new BindingFilter("01", ProjectCategory.MAJOR, null, 2022, null, null);
        assertThatThrownBy(() -> as.call("city", () -> bindings.bind(target.id(), BindingKind.SUM_PROJECT_INVESTMENT,
                filter, 0))).isInstanceOf(DomainException.class);
        TargetBinding binding = as.call("zhuanban", () -> bindings.bind(target.id(), BindingKind.SUM_PROJECT_INVESTMENT,
                filter, 0));
        assertThat(binding.description()).contains("新一代信息技术").contains("省重大项目").contains("2022年");
        LedgerRow.TargetProgress before = progress(item.id(), target.id());
        assertThat(before.bound()).isTrue();
        // what 2022's major 新一代信息技术 projects of other tests in this JVM already completed: the checks below are
        // changes to it, and a status below the target is never 完成
        BigDecimal base = before.reached();
        notDoneBelowTarget(before, target);

        Project project = as.call("city", () -> library.create(ProjectDrafts.named("闭环测试 6英寸硅基功率器件芯片项目")
                .enterprise("闭环芯片公司").major().total("40000000000").planned(2022, "30000000000")
                .plannedStart(LocalDate.of(2022, 3, 1)).started(LocalDate.of(2022, 1, 10), LocalDate.of(2022, 3, 1))
                .build()));
        as.call("city", () -> library.report(project.id(), new MonthlyReportDraft("2022-06", new BigDecimal("10000000000"),
                new BigDecimal("10000000000"), new BigDecimal("8000000000"), "", "", 0)));
        LedgerRow.TargetProgress half = progress(item.id(), target.id());
        assertThat(half.reached().subtract(base)).isEqualByComparingTo("10000000000");
        notDoneBelowTarget(half, target);

        as.call("city", () -> library.report(project.id(), new MonthlyReportDraft("2022-12", new BigDecimal("16000000000"),
                new BigDecimal("26000000000"), new BigDecimal("10000000000"), "", "", 0)));
        LedgerRow.TargetProgress after = progress(item.id(), target.id());
        assertThat(after.reached().subtract(base)).isEqualByComparingTo("26000000000");
        assertThat(after.status()).isEqualTo(ProgressStatus.DONE); // 260亿 alone is past the 250亿 target
        assertThat(after.liveSource()).contains("完成投资合计");

        // the ledger page shows the binding
        cn.tenstrong.support.BrowserSession page = new cn.tenstrong.support.BrowserSession(baseUrl());
        page.login("zhuanban", demoPasswords().get("zhuanban"));
        assertThat(page.get("/ledger?industry=01").body()).contains("live-bound").contains("实时数据");
        String bindingsPage = page.get("/projects/bindings").body();
        assertThat(bindingsPage).contains("binding-" + target.id()).contains("binding-form")
                .contains(Amount.formatLike(after.reached(), target.unit(), target.text())); // 260亿元 on its own

        // a report in another year does not count towards the 2022 target
        as.call("city", () -> library.report(project.id(), new MonthlyReportDraft("2023-01", new BigDecimal("5"),
                new BigDecimal("26000000005"), BigDecimal.ZERO, "", "", 0)));
        assertThat(progress(item.id(), target.id()).reached()).isEqualByComparingTo(after.reached());

        // a manual value for the bound target is refused by the progress round
        RoundView round = as.call("zhuanban", () -> rounds.open("01", "MONTH", "闭环测试调度", LocalDate.of(2022, 12, 1),
                LocalDate.of(2022, 12, 31), LocalDate.of(2099, 1, 10)));
        assertThatThrownBy(() -> as.call("agency", () -> rounds.save(new ReportDraft(round.id(), item.id(), "进展",
                Map.of(target.id(), new BigDecimal("1")), null, null, "", 0))))
                .isInstanceOf(DomainException.class).hasMessageContaining("已绑定实时数据");
        // the item's other targets can still be reported
        PlanItemView.TargetView other = item.targets().stream().filter(t -> t.id() != target.id()).findFirst().orElseThrow();
        assertThat(as.call("agency", () -> rounds.save(new ReportDraft(round.id(), item.id(), "进展",
                Map.of(other.id(), new BigDecimal("1")), null, null, "", 0)))).isNotNull();
    }

    private static void notDoneBelowTarget(LedgerRow.TargetProgress progress, PlanItemView.TargetView target) {
        if (progress.reached().compareTo(target.value()) < 0) {
            assertThat(progress.status()).isNotEqualTo(ProgressStatus.DONE);
        }
    }

    private LedgerRow.TargetProgress progress(long itemId, long targetId) {
        LedgerRow row = ledger.rows("01", null).stream().filter(r -> r.item().id() == itemId).findFirst().orElseThrow();
        return row.targets().stream().filter(t -> t.target().id() == targetId).findFirst().orElseThrow();
    }
}
