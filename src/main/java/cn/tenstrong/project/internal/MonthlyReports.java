package cn.tenstrong.project.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.project.MonthlyReport;
import cn.tenstrong.project.MonthlyReportDraft;
import cn.tenstrong.project.ProjectInvestmentReported;
import cn.tenstrong.project.persistence.ProjectRows;
import cn.tenstrong.project.persistence.ProjectRows.Row;
import cn.tenstrong.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 月度投资报告: one report per project and month, cumulative figures that never decrease over the months, and the
 * event the ledger's live values follow.
 */
@Component
@Transactional(readOnly = true)
class MonthlyReports {

    private final ProjectRows rows;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ProjectLookup lookup;
    private final Clock clock;

    MonthlyReports(ProjectRows rows, CurrentUsers users, AuditTrail audit, ApplicationEventPublisher events,
                   ProjectLookup lookup, Clock clock) {
        this.rows = rows;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.lookup = lookup;
        this.clock = clock;
    }

    public List<MonthlyReport> reports(long projectId) {
        lookup.readable(projectId);
        return rows.reports(projectId);
    }

    @Transactional
    public MonthlyReport report(long projectId, MonthlyReportDraft d) {
        return report(projectId, d, users.require());
    }

    /** Saves a monthly report as {@code me} (the demo loader acts as the system). */
    @Transactional
    MonthlyReport report(long projectId, MonthlyReportDraft d, CurrentUser me) {
        Row project = lookup.writable(projectId, me);
        String period = d.period() == null ? "" : d.period().strip();
        YearMonth month;
        try {
            if (!period.matches("\\d{4}-\\d{2}")) {
                throw new IllegalArgumentException();
            }
            month = YearMonth.parse(period);
        } catch (RuntimeException e) {
            throw DomainException.invalid("月份格式应为 YYYY-MM，例如 2026-03");
        }
        if (month.isAfter(YearMonth.now(clock))) {
            throw DomainException.invalid("不能填报未来月份的投资");
        }
        BigDecimal completed = ProjectRules.amount(d.completed(), "本期完成投资", true);
        BigDecimal cumulative = ProjectRules.amount(d.cumulative(), "累计完成投资", true);
        BigDecimal funds = d.fundsInPlace() == null ? BigDecimal.ZERO : ProjectRules.amount(d.fundsInPlace(), "到位资金", true);
        if (cumulative.compareTo(completed) < 0) {
            throw DomainException.invalid("累计完成投资不能小于本期完成投资");
        }
        List<MonthlyReport> all = rows.reports(projectId);
        for (MonthlyReport other : all) {
            int cmp = other.period().compareTo(period);
            if (cmp < 0 && other.cumulative().compareTo(cumulative) > 0) {
                throw DomainException.invalid("累计完成投资不能减少：" + other.period() + " 已累计完成 "
                        + other.cumulative().toPlainString() + " 元");
            }
            if (cmp > 0 && other.cumulative().compareTo(cumulative) < 0) {
                throw DomainException.invalid("累计完成投资不能超过以后月份（" + other.period() + "）的累计值 "
                        + other.cumulative().toPlainString() + " 元");
            }
        }
        String problems = ProjectRules.text(d.problems(), 2000, "存在问题");
        String solver = ProjectRules.text(d.solver(), 200, "需协调解决单位");
        if (!problems.isEmpty() && solver.isEmpty()) {
            throw DomainException.invalid("填写了存在问题时，请注明需由谁协调解决");
        }
        Optional<MonthlyReport> existing = rows.report(projectId, period);
        long id;
        if (existing.isEmpty()) {
            if (d.version() != 0) {
                throw DomainException.conflict("该月报告已被删除或尚未创建，请刷新后重试");
            }
            id = rows.insertReport(projectId, period, completed, cumulative, funds, problems, solver, me.username());
        } else {
            id = existing.get().id();
            if (!rows.updateReport(id, d.version(), completed, cumulative, funds, problems, solver, me.username())) {
                throw DomainException.conflict("该月报告已被他人修改，请刷新后重试");
            }
        }
        rows.touch(projectId);
        MonthlyReport after = rows.report(projectId, period).orElseThrow();
        audit.record(existing.isEmpty() ? "CREATE" : "UPDATE", "project.report", Long.toString(id),
                existing.orElse(null), after);
        events.publishEvent(new ProjectInvestmentReported(projectId, project.ref(), project.industryCode(),
                project.cityCode(), period, completed, cumulative));
        return after;
    }

}
