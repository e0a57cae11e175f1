package cn.tenstrong.project.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.project.ProjectCategory;
import cn.tenstrong.project.ProjectKpis;
import cn.tenstrong.project.ProjectStage;
import cn.tenstrong.project.persistence.ProjectRows;
import cn.tenstrong.project.persistence.ProjectRows.ReportFact;
import cn.tenstrong.project.persistence.ProjectRows.Row;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 开工率, 投资完成率, 资金到位率 over the projects the user may see. */
@Service
@Transactional(readOnly = true)
class KpiService implements ProjectKpis {

    private final ProjectService projects;
    private final ProjectViews views;
    private final ProjectRows rows;
    private final OrgDirectory orgs;

    KpiService(ProjectService projects, ProjectViews views, ProjectRows rows, OrgDirectory orgs) {
        this.projects = projects;
        this.views = views;
        this.rows = rows;
        this.orgs = orgs;
    }

    @Override
    public List<KpiRow> kpis(int year, Dimension dimension) {
        return kpis(year, LocalDate.of(year, 12, 31), YearMonth.of(year, 12), dimension);
    }

    @Override
    public List<KpiRow> kpis(LocalDate asOf, Dimension dimension) {
        YearMonth month = YearMonth.from(asOf);
        YearMonth lastEnded = asOf.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
        return kpis(asOf.getYear(), asOf, lastEnded, dimension);
    }

    /** Projects started by {@code end}, reports of {@code year}'s months through {@code lastMonth}. */
    private List<KpiRow> kpis(int year, LocalDate end, YearMonth lastMonth, Dimension dimension) {
        // a project confirmed as another one's duplicate (已合并/重复) counts once, as the kept project
        List<Row> visible = projects.visibleRows().stream().filter(Row::counted).toList();
        Map<Long, List<ReportFact>> facts = new HashMap<>();
        for (ReportFact f : rows.facts()) {
            if (f.period().startsWith(year + "-")) {
                facts.computeIfAbsent(f.projectId(), k -> new ArrayList<>()).add(f);
            }
        }
        return switch (dimension) {
            case TOTAL -> List.of(compute("total", "合计", visible, facts, year, end, lastMonth));
            case INDUSTRY -> grouped(visible, facts, year, end, lastMonth, p -> List.of(p.industryCode()),
                    code -> orgs.industry(code).map(Industry::name).orElse(code));
            case CITY -> grouped(visible, facts, year, end, lastMonth, p -> List.of(p.cityCode()), views::regionName);
            case CATEGORY -> grouped(visible, facts, year, end, lastMonth,
                    p -> ProjectViews.categories(p.categories()).stream().map(Enum::name).toList(),
                    code -> ProjectCategory.valueOf(code).label());
            case MONTH -> {
                List<KpiRow> out = new ArrayList<>();
                for (int m = 1; m <= 12 && !YearMonth.of(year, m).isAfter(lastMonth); m++) {
                    YearMonth month = YearMonth.of(year, m);
                    out.add(compute(month.toString(), month.toString(), visible, facts, year, month.atEndOfMonth(),
                            month));
                }
                yield out;
            }
        };
    }

    private List<KpiRow> grouped(List<Row> visible, Map<Long, List<ReportFact>> facts, int year, LocalDate end,
                                 YearMonth lastMonth, Function<Row, List<String>> keys, Function<String, String> label) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row p : visible) {
            for (String k : keys.apply(p)) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
            }
        }
        List<KpiRow> out = new ArrayList<>();
        groups.forEach((k, list) -> out.add(compute(k, label.apply(k), list, facts, year, end, lastMonth)));
        out.sort(Comparator.comparing(KpiRow::key));
        return out;
    }

    /** Figures of a group: projects started by {@code end}, reports of {@code year}'s months through {@code lastMonth}. */
    static KpiRow compute(String key, String label, List<Row> group, Map<Long, List<ReportFact>> facts, int year,
                          LocalDate end, YearMonth lastMonth) {
        String lastPeriod = lastMonth.toString();
        int planned = 0;
        int started = 0;
        BigDecimal yearPlanned = BigDecimal.ZERO;
        BigDecimal completed = BigDecimal.ZERO;
        BigDecimal funds = BigDecimal.ZERO;
        for (Row p : group) {
            if (p.plannedStart() != null && p.plannedStart().getYear() == year) {
                planned++;
                if (ProjectStage.valueOf(p.stage()).atLeast(ProjectStage.STARTED) && p.startedOn() != null
                        && !p.startedOn().isAfter(end)) {
                    started++;
                }
            }
            if (p.planYear() != null && p.planYear() == year && p.yearPlannedInvestment() != null) {
                yearPlanned = yearPlanned.add(p.yearPlannedInvestment());
            }
            for (ReportFact f : facts.getOrDefault(p.id(), List.of())) {
                if (f.period().compareTo(lastPeriod) <= 0) {
                    completed = completed.add(f.completed());
                    funds = funds.add(f.fundsInPlace());
                }
            }
        }
        return new KpiRow(key, label, planned, started, rate(BigDecimal.valueOf(started), BigDecimal.valueOf(planned)),
                yearPlanned, completed, rate(completed, yearPlanned), funds, rate(funds, completed));
    }

    static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
