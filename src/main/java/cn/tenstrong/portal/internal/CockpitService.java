package cn.tenstrong.portal.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSummary;
import cn.tenstrong.enterprise.ChainMaps;
import cn.tenstrong.ledger.Ledger;
import cn.tenstrong.ledger.LedgerRow;
import cn.tenstrong.ledger.ProgressStatus;
import cn.tenstrong.ledger.StatusCounts;
import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Region;
import cn.tenstrong.plan.ItemKind;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.plan.Qualifier;
import cn.tenstrong.portal.internal.CockpitView.ChainGaps;
import cn.tenstrong.portal.internal.CockpitView.CityRow;
import cn.tenstrong.portal.internal.CockpitView.Funnel;
import cn.tenstrong.portal.internal.CockpitView.IndustryPanel;
import cn.tenstrong.portal.internal.CockpitView.KeyTarget;
import cn.tenstrong.portal.internal.CockpitView.Kpi;
import cn.tenstrong.portal.internal.CockpitView.PlanLine;
import cn.tenstrong.project.ProjectKpis;
import cn.tenstrong.project.ProjectKpis.KpiRow;
import cn.tenstrong.shared.AsOf;
import cn.tenstrong.targeting.LeadBook;
import cn.tenstrong.targeting.LeadFunnel;
import cn.tenstrong.targeting.LeadStage;
import org.springframework.stereotype.Service;

/**
 * 领导驾驶舱: assembles, for one 评估日期, what the ledger, the project library, the lead pipeline and the chain maps
 * say about each industry, through their public facades only. Industry codes nest by prefix (09 文旅 covers its plans
 * 0901 文化创意 and 0902 精品旅游), so the cockpit has one panel per industry — 11 — and one line per plan — 12.
 * Each part is read only when the user may read its module (a null part is left off the page, never shown as 0).
 */
@Service
public class CockpitService {

    private final Ledger ledger;
    private final OrgDirectory orgs;
    private final ProjectKpis kpis;
    private final LeadBook leads;
    private final ChainDirectory chains;
    private final ChainMaps maps;
    private final CurrentUsers users;
    private final cn.tenstrong.ledger.ProgressRounds rounds;

    CockpitService(Ledger ledger, OrgDirectory orgs, ProjectKpis kpis, LeadBook leads, ChainDirectory chains,
                   ChainMaps maps, CurrentUsers users, cn.tenstrong.ledger.ProgressRounds rounds) {
        this.rounds = rounds;
        this.ledger = ledger;
        this.orgs = orgs;
        this.kpis = kpis;
        this.leads = leads;
        this.chains = chains;
        this.maps = maps;
        this.users = users;
    }

    /** The 11 industries: those without a parent, in catalog order. */
    public List<Industry> industries() {
        return orgs.industries().stream().filter(i -> i.parentCode() == null).toList();
    }

    /** The top-level industry a code belongs to (0901 → 09). */
    public Industry industryOf(String code) {
        return industries().stream().filter(i -> code != null && code.startsWith(i.code())).findFirst()
                .orElseThrow(() -> cn.tenstrong.shared.DomainException.notFound("产业不存在：" + code));
    }

    /** The whole programme (or one industry, {@code only} not null) as of a 评估日期. */
    public CockpitView view(AsOf asOf, String only) {
        CurrentUser me = users.require();
        List<Industry> shown = industries().stream().filter(i -> only == null || i.code().equals(only)).toList();
        List<LedgerRow> rows = ledger.rows(only, null, asOf);
        LocalDate kpiDay = asOf.capped() ? latestPlanDay(rows, asOf) : asOf.date();
        List<KpiRow> kpiByIndustry = me.can("project:project:read") ? kpis.kpis(kpiDay, ProjectKpis.Dimension.INDUSTRY) : null;
        LeadFunnel funnel = me.can("targeting:lead:read") ? leads.funnel(kpiDay.getYear()) : null;
        boolean chainsReadable = me.can("chain:chain:read");
        Map<String, String> industryNames = new HashMap<>();
        orgs.industries().forEach(i -> industryNames.put(i.code(), i.name()));

        List<IndustryPanel> panels = new ArrayList<>();
        for (Industry industry : shown) {
            String code = industry.code();
            Predicate<String> inIndustry = c -> c != null && c.startsWith(code);
            List<LedgerRow> own = rows.stream().filter(r -> inIndustry.test(r.industryCode())).toList();
            Map<String, List<LedgerRow>> byPlan = new LinkedHashMap<>();
            own.forEach(r -> byPlan.computeIfAbsent(r.industryCode(), k -> new ArrayList<>()).add(r));
            List<PlanLine> plans = byPlan.entrySet().stream().map(e -> new PlanLine(e.getKey(),
                    industryNames.getOrDefault(e.getKey(), e.getKey()), StatusCounts.of(asOf, e.getValue()))).toList();
            List<ChainGaps> chainGaps = chainsReadable ? chainGaps(inIndustry) : null;
            panels.add(new IndustryPanel(code, industry.name(), plans, StatusCounts.of(asOf, own), keyTargets(own),
                    kpiByIndustry == null ? null : kpi(kpiByIndustry.stream().filter(k -> inIndustry.test(k.key())).toList()),
                    funnel == null ? null : funnel(funnel.byIndustry().stream().filter(g -> inIndustry.test(g.key())).toList()),
                    chainGaps, chainGaps == null ? null : chainGaps.stream().mapToInt(ChainGaps::gaps).sum()));
        }
        List<CityRow> cities = only != null ? List.of() : cities(me, kpiDay, funnel);
        Kpi totalKpi = kpiByIndustry == null ? null : kpi(kpiByIndustry);
        Funnel totalFunnel = funnel == null ? null : funnel(List.of(funnel.total()));
        Integer totalGaps = chainsReadable ? panels.stream().mapToInt(IndustryPanel::gaps).sum() : null;
        // plans read from documents outside the programme (a ministry's, a district's) belong to no 十强 industry:
        // shown on a row of their own, so the industries and that row add up to the total
        List<LedgerRow> unassigned = only != null ? List.of() : rows.stream()
                .filter(r -> shown.stream().noneMatch(i -> r.industryCode() != null && r.industryCode().startsWith(i.code())))
                .toList();
        return new CockpitView(asOf, kpiDay, StatusCounts.of(asOf, rows), panels, cities, trend(only, asOf), totalKpi,
                totalFunnel, totalGaps, unassigned.isEmpty() ? null : StatusCounts.of(asOf, unassigned));
    }

    /**
     * Per round ended by the 评估日期 (of the industry, or covering all industries): the items by status at the round's
     * end, from the same count as every other page ({@link Ledger#statusCounts}).
     */
    private List<CockpitView.TrendPoint> trend(String industryCode, AsOf asOf) {
        Map<LocalDate, String> labels = new java.util.TreeMap<>();
        rounds.rounds().stream().filter(r -> !r.periodEnd().isAfter(asOf.date()))
                .filter(r -> industryCode == null || r.industryCode() == null || r.industryCode().startsWith(industryCode))
                .forEach(r -> labels.merge(r.periodEnd(), r.periodLabel(), (a, b) -> a.equals(b) ? a : a + "、" + b));
        List<CockpitView.TrendPoint> out = new ArrayList<>();
        labels.forEach((end, label) -> out.add(new CockpitView.TrendPoint(label, end,
                ledger.statusCounts(industryCode, null, AsOf.on(end)))));
        return out;
    }

    /** A capped default judges each plan at its own year's end at the latest: the KPIs follow the latest such day. */
    private static LocalDate latestPlanDay(List<LedgerRow> rows, AsOf asOf) {
        return rows.stream().map(r -> asOf.forPlanYear(r.planYear())).max(LocalDate::compareTo).orElse(asOf.date());
    }

    private List<ChainGaps> chainGaps(Predicate<String> inIndustry) {
        List<ChainGaps> out = new ArrayList<>();
        Map<String, Integer> counts = maps.gapCounts(false);
        for (ChainSummary c : chains.chains()) {
            if (inIndustry.test(c.industryCode())) {
                out.add(new ChainGaps(c.code(), c.name(), counts.getOrDefault(c.code(), 0)));
            }
        }
        return out;
    }

    /** The targets of the plans' 工作目标 items, each with what it has reached on the 评估日期. */
    private static List<KeyTarget> keyTargets(List<LedgerRow> rows) {
        List<KeyTarget> out = new ArrayList<>();
        for (LedgerRow r : rows) {
            if (r.item().kind() != ItemKind.GOAL) {
                continue;
            }
            for (LedgerRow.TargetProgress t : r.targets()) {
                PlanItemView.TargetView spec = t.target();
                BigDecimal goal = spec.value() != null ? spec.value() : spec.low();
                BigDecimal percent = t.reached() == null || goal == null || goal.signum() <= 0
                        || spec.qualifier() == Qualifier.MAX ? null
                        : t.reached().multiply(BigDecimal.valueOf(100)).divide(goal, 1, RoundingMode.HALF_UP);
                out.add(new KeyTarget(r.item().id(), r.item().label(), spec.text(), spec.text(), t.reached(),
                        t.reachedDisplay(), percent, t.status(), t.bound(), t.liveSource()));
            }
        }
        return out;
    }

    private List<CityRow> cities(CurrentUser me, LocalDate kpiDay, LeadFunnel funnel) {
        Map<String, KpiRow> kpiByCity = new HashMap<>();
        if (me.can("project:project:read")) {
            kpis.kpis(kpiDay, ProjectKpis.Dimension.CITY).forEach(k -> kpiByCity.put(k.key(), k));
        }
        Map<String, Long> signed = new HashMap<>();
        if (funnel != null) {
            funnel.byCity().forEach(g -> signed.put(g.key(), g.count(LeadStage.SIGNED)));
        }
        List<CityRow> out = new ArrayList<>();
        for (Region city : orgs.cities()) {
            KpiRow k = kpiByCity.get(city.code());
            Kpi kpi = me.can("project:project:read") ? (k == null ? kpi(List.of()) : kpi(List.of(k))) : null;
            out.add(new CityRow(city.code(), city.name(), kpi, funnel == null ? null : signed.getOrDefault(city.code(), 0L)));
        }
        return out;
    }

    /** Several KPI groups as one (rates recomputed from the sums, as the project module computes them). */
    static Kpi kpi(List<KpiRow> groups) {
        int planned = 0;
        int started = 0;
        BigDecimal yearPlanned = BigDecimal.ZERO;
        BigDecimal completed = BigDecimal.ZERO;
        BigDecimal funds = BigDecimal.ZERO;
        for (KpiRow k : groups) {
            planned += k.plannedToStart();
            started += k.started();
            yearPlanned = yearPlanned.add(k.yearPlanned());
            completed = completed.add(k.completed());
            funds = funds.add(k.fundsInPlace());
        }
        return new Kpi(planned, started, rate(BigDecimal.valueOf(started), BigDecimal.valueOf(planned)), yearPlanned,
                completed, rate(completed, yearPlanned), funds, rate(funds, completed));
    }

    private static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private static Funnel funnel(List<LeadFunnel.Group> groups) {
        List<Long> counts = new ArrayList<>();
        for (LeadStage s : LeadStage.values()) {
            counts.add(groups.stream().mapToLong(g -> g.count(s)).sum());
        }
        return new Funnel(counts);
    }

    /** The status counts shown per cell, in the ledger's order (best first). */
    public static List<ProgressStatus> statuses() {
        return List.of(ProgressStatus.values());
    }
}
