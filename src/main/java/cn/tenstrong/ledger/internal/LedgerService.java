package cn.tenstrong.ledger.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.ledger.Ledger;
import cn.tenstrong.ledger.LedgerRow;
import cn.tenstrong.ledger.LedgerRow.TargetProgress;
import cn.tenstrong.ledger.ProgressStatus;
import cn.tenstrong.ledger.RoundView;
import cn.tenstrong.ledger.Scorecard;
import cn.tenstrong.ledger.StatusCounts;
import cn.tenstrong.ledger.TodoItem;
import cn.tenstrong.ledger.internal.ActiveItems.ItemContext;
import cn.tenstrong.ledger.internal.StatusEngine.TargetSpec;
import cn.tenstrong.ledger.persistence.LedgerFactRows;
import cn.tenstrong.ledger.persistence.LedgerRows;
import cn.tenstrong.ledger.persistence.LedgerFactRows.AcceptedReport;
import cn.tenstrong.ledger.persistence.LedgerFactRows.AcceptedValue;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.plan.PlanItemView.Responsible;
import cn.tenstrong.shared.AsOf;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes the ledger: each item's status from accepted reports, to-do lists, scorecards and trends. */
@Service
@Transactional(readOnly = true)
class LedgerService implements Ledger {

    private final LedgerRows rows;
    private final LedgerInputs inputs;
    private final CurrentUsers users;
    private final StatusEngine engine;
    private final Clock clock;

    private final cn.tenstrong.shared.Present present;
    private final org.springframework.beans.factory.ObjectProvider<cn.tenstrong.ledger.ScorecardFigure> figures;
    private final cn.tenstrong.org.OrgDirectory orgs;
    private final LedgerTodos todoList;

    LedgerService(LedgerRows rows, LedgerInputs inputs, CurrentUsers users, StatusRules rules, Clock clock,
                  cn.tenstrong.shared.Present present,
                  org.springframework.beans.factory.ObjectProvider<cn.tenstrong.ledger.ScorecardFigure> figures,
                  cn.tenstrong.org.OrgDirectory orgs, LedgerTodos todoList) {
        this.todoList = todoList;
        this.present = present;
        this.figures = figures;
        this.orgs = orgs;
        this.rows = rows;
        this.inputs = inputs;
        this.users = users;
        this.engine = new StatusEngine(rules);
        this.clock = clock;
    }

    @Override
    public AsOf asOf(LocalDate requested) {
        if (requested != null) {
            return AsOf.on(requested);
        }
        LedgerInputs.Snapshot in = inputs.get();
        LocalDate today = today();
        return in.derive("asOf|" + today, () -> {
            AsOf byDefault = AsOf.byDefault(today);
            Set<LocalDate> days = new HashSet<>();
            in.items().forEach(c -> days.add(byDefault.forPlanYear(c.year())));
            // one day for every active plan (the usual case: one plan year): name it, so links carrying it agree
            return days.size() > 1 ? byDefault : AsOf.on(days.isEmpty() ? today : days.iterator().next());
        });
    }

    @Override
    public List<LedgerRow> rows(String industryCode, Long organizationId, AsOf asOf) {
        LedgerInputs.Snapshot in = inputs.get();
        return in.derive("rows|" + industryCode + "|" + organizationId + "|" + asOf + "|" + today(),
                () -> List.copyOf(computeRows(in, industryCode, organizationId, asOf)));
    }

    @Override
    public StatusCounts statusCounts(String industryCode, Long organizationId, AsOf asOf) {
        return StatusCounts.of(asOf, rows(industryCode, organizationId, asOf));
    }

    @Override
    public Map<String, StatusCounts> statusCountsByIndustry(AsOf asOf) {
        Map<String, List<LedgerRow>> byIndustry = new LinkedHashMap<>();
        rows(null, null, asOf).forEach(r -> byIndustry.computeIfAbsent(r.industryCode(), k -> new ArrayList<>()).add(r));
        Map<String, StatusCounts> counts = new LinkedHashMap<>();
        byIndustry.forEach((industry, list) -> counts.put(industry, StatusCounts.of(asOf, list)));
        return counts;
    }

    /** Each plan is judged on its own day (the default judges plans of ended years at their year's end). */
    private List<LedgerRow> computeRows(LedgerInputs.Snapshot in, String industryCode, Long organizationId, AsOf asOf) {
        List<ItemContext> all = in.items().stream()
                // an industry with plans of its own (文旅: 文化创意, 精品旅游) covers them: codes nest by prefix
                .filter(c -> industryCode == null || c.industryCode() != null && c.industryCode().startsWith(industryCode))
                .filter(c -> organizationId == null || c.item().involves(organizationId))
                .toList();
        Map<LocalDate, List<ItemContext>> byDay = new LinkedHashMap<>();
        all.forEach(c -> byDay.computeIfAbsent(asOf.forPlanYear(c.year()), d -> new ArrayList<>()).add(c));
        Map<Long, LedgerRow> byItem = new HashMap<>();
        byDay.forEach((day, contexts) -> {
            boolean everything = !day.isBefore(today());
            List<AcceptedValue> values = everything ? in.values()
                    : in.values().stream().filter(v -> !v.periodEnd().isAfter(day)).toList();
            List<AcceptedReport> reports = everything ? in.reports()
                    : in.reports().stream().filter(r -> !r.periodEnd().isAfter(day)).toList();
            compute(contexts, values, reports, in.profiles(), in.lineage(), day).forEach(r -> byItem.put(r.item().id(), r));
        });
        return all.stream().map(c -> byItem.get(c.item().id())).toList();
    }

    /**
     * Each item's row from the accepted values and reports (oldest first, so the latest wins), matched to the item by
     * industry, year and item key, where the key a report was made under is first carried along the item successions
     * accepted on plan imports (an item renumbered or moved keeps its history).
     */
    List<LedgerRow> compute(List<ItemContext> contexts, List<AcceptedValue> values, List<AcceptedReport> reports,
                            Map<Long, List<BigDecimal>> profiles, ItemLineage successions, LocalDate today) {
        Map<String, AcceptedValue> latestValue = new HashMap<>();
        values.forEach(v -> latestValue.put(lineage(v.industryCode(), v.planYear(), successions.current(v.industryCode(),
                v.planYear(), v.itemKey(), v.submittedAt())) + "#" + v.targetSeq(), v));
        Map<String, AcceptedReport> latestReport = new HashMap<>();
        reports.forEach(r -> latestReport.put(lineage(r.industryCode(), r.planYear(),
                successions.current(r.industryCode(), r.planYear(), r.itemKey(), r.submittedAt())), r));
        List<LedgerRow> result = new ArrayList<>(contexts.size());
        Map<Long, LedgerFactRows.LiveValue> liveValues = inputs.get().live();
        for (ItemContext ctx : contexts) {
            // live data is what stands now: it counts when the plan is judged as of today or its year's end, or later
            boolean current = !today.isBefore(AsOf.byDefault(today()).forPlanYear(ctx.year()));
            String lineage = lineage(ctx.industryCode(), ctx.year(), ctx.item().itemKey());
            AcceptedReport report = latestReport.get(lineage);
            List<TargetProgress> targets = new ArrayList<>();
            List<PlanItemView.TargetView> specs = ctx.item().targets();
            for (int i = 0; i < specs.size(); i++) {
                PlanItemView.TargetView t = specs.get(i);
                AcceptedValue v = latestValue.get(lineage + "#" + (i + 1));
                BigDecimal reached = v == null ? null : v.value();
                // a target bound to live data: its computed value wins over reported ones in the current view;
                // earlier views keep what was reported then
                LedgerFactRows.LiveValue live = liveValues.get(t.id());
                if (live != null && current) {
                    reached = live.value();
                }
                ProgressStatus status = engine.target(new TargetSpec(t.qualifier(), t.value(), t.low(), t.high()),
                        ctx.start(), ctx.deadline(), reached, expected(profiles.get(t.id()), ctx, today), today);
                targets.add(new TargetProgress(t, reached, status, live == null ? null : live.source()));
            }
            ProgressStatus status;
            BigDecimal percent = report == null ? null : report.percentDone();
            if (targets.isEmpty()) {
                status = engine.percent(ctx.start(), ctx.deadline(), percent, null, today);
            } else {
                status = StatusEngine.worst(targets.stream().map(TargetProgress::status).toList());
            }
            result.add(new LedgerRow(ctx.item(), ctx.industryCode(), ctx.plan().industryName(), ctx.year(), ctx.deadline(),
                    status, targets, percent, report == null ? null : report.progressText(),
                    report == null ? null : report.roundLabel()));
        }
        return result;
    }

    /** The share expected on {@code today} by the target's 进度曲线, or null (the default rule) when it has none. */
    private static BigDecimal expected(List<BigDecimal> profile, ItemContext ctx, LocalDate today) {
        return profile == null ? null : ProfileCurve.expectedShare(profile, ctx.year(), today);
    }

    @Override
    public void refresh() {
        inputs.invalidate();
    }

    @Override
    public List<TodoItem> todos() {
        return users.current().map(this::todosFor).orElse(List.of());
    }

    @Override
    public List<TodoItem> todosFor(CurrentUser me) {
        return todoList.todosFor(me);
    }

    @Override
    public List<Scorecard> agencyScorecards(AsOf asOf) {
        List<Scorecard> cards = inputs.get().derive("agencyScorecards|" + asOf + "|" + today(),
                () -> computeAgencyScorecards(asOf));
        return withFigures(cards, asOf);
    }

    /**
     * The other modules' figures per agency (逾期整改…), counted afresh on every call: they change with those modules'
     * data, not with the ledger's cached inputs. An agency with a figure but no plan item gets a card of its own.
     */
    private List<Scorecard> withFigures(List<Scorecard> cards, AsOf asOf) {
        List<cn.tenstrong.ledger.ScorecardFigure> all = figures.orderedStream().toList();
        if (all.isEmpty()) {
            return cards;
        }
        Map<String, Map<Long, Integer>> counts = new LinkedHashMap<>();
        all.forEach(f -> counts.put(f.key(), f.byOrganization(asOf)));
        Set<Long> carded = new HashSet<>();
        List<Scorecard> out = new ArrayList<>(cards.size());
        for (Scorecard card : cards) {
            long org = Long.parseLong(card.key());
            carded.add(org);
            out.add(card.withFigures(figuresOf(counts, org)));
        }
        Set<Long> others = new java.util.TreeSet<>();
        counts.values().forEach(m -> m.keySet().stream().filter(o -> !carded.contains(o)).forEach(others::add));
        Map<Long, cn.tenstrong.org.Organization> names = orgs.organizations(others);
        for (Long org : others) {
            String name = names.containsKey(org) ? names.get(org).name() : "#" + org;
            out.add(new Scorecard(Long.toString(org), name, 0, 0, 0, 0, StatusCounts.of(asOf, List.of()).byStatus(),
                    figuresOf(counts, org)));
        }
        return out;
    }

    private static Map<String, Integer> figuresOf(Map<String, Map<Long, Integer>> counts, long org) {
        Map<String, Integer> mine = new LinkedHashMap<>();
        counts.forEach((key, byOrg) -> mine.put(key, byOrg.getOrDefault(org, 0)));
        return mine;
    }

    @Override
    public List<String> scorecardFigures() {
        return figures.orderedStream().map(cn.tenstrong.ledger.ScorecardFigure::key).toList();
    }

    private List<Scorecard> computeAgencyScorecards(AsOf asOf) {
        List<LedgerRow> ledger = rows(null, null, asOf);
        Map<Long, String> names = new HashMap<>();
        Map<Long, List<LedgerRow>> led = new HashMap<>();
        Map<Long, Integer> supported = new HashMap<>();
        for (LedgerRow row : ledger) {
            for (Responsible r : row.item().lead()) {
                names.put(r.organizationId(), r.name());
                led.computeIfAbsent(r.organizationId(), k -> new ArrayList<>()).add(row);
            }
            for (Responsible r : row.item().support()) {
                names.put(r.organizationId(), r.name());
                supported.merge(r.organizationId(), 1, Integer::sum);
            }
        }
        ReportingDiscipline discipline = ReportingDiscipline.of(ledger, asOf, inputs.get(), clock.getZone());
        List<Scorecard> cards = new ArrayList<>();
        for (Long org : names.keySet()) {
            List<LedgerRow> mine = led.getOrDefault(org, List.of());
            cards.add(new Scorecard(Long.toString(org), names.get(org), mine.size(), supported.getOrDefault(org, 0),
                    discipline.due(org), discipline.onTime(org), StatusCounts.of(asOf, mine).byStatus(), Map.of()));
        }
        cards.sort(Comparator.comparingDouble(Scorecard::onTrackShare).reversed()
                .thenComparing(Comparator.comparingDouble(Scorecard::onTimeRate).reversed())
                .thenComparing(Scorecard::name));
        return cards;
    }

    @Override
    public List<Scorecard> industryScorecards(AsOf asOf) {
        List<LedgerRow> ledger = rows(null, null, asOf);
        Map<String, List<LedgerRow>> byIndustry = new LinkedHashMap<>();
        ledger.forEach(r -> byIndustry.computeIfAbsent(r.industryCode() + "|" + r.industryName(), k -> new ArrayList<>()).add(r));
        List<Scorecard> cards = new ArrayList<>();
        byIndustry.forEach((key, list) -> {
            String[] k = key.split("\\|", 2);
            int supported = list.stream().mapToInt(r -> r.item().support().size()).sum();
            cards.add(new Scorecard(k[0], k[1], list.size(), supported, 0, 0, StatusCounts.of(asOf, list).byStatus(),
                    Map.of()));
        });
        return cards;
    }

    @Override
    public List<RoundTrend> trend(AsOf asOf) {
        LedgerInputs.Snapshot in = inputs.get();
        return in.derive("trend|" + asOf, () -> computeTrend(in, asOf));
    }

    private List<RoundTrend> computeTrend(LedgerInputs.Snapshot in, AsOf asOf) {
        List<RoundView> rounds = new ArrayList<>(in.rounds().stream()
                .filter(r -> !r.periodEnd().isAfter(asOf.date())).toList());
        rounds.sort(Comparator.comparing(RoundView::periodEnd).thenComparing(RoundView::id));
        if (rounds.isEmpty()) {
            return List.of();
        }
        List<ItemContext> all = in.items();
        List<AcceptedValue> values = in.values();
        List<AcceptedReport> reports = in.reports();
        Map<String, RoundTrend> byLabel = new LinkedHashMap<>();
        for (RoundView round : rounds) {
            LocalDate end = round.periodEnd();
            List<LedgerRow> snapshot = compute(all, values.stream().filter(v -> !v.periodEnd().isAfter(end)).toList(),
                    reports.stream().filter(r -> !r.periodEnd().isAfter(end)).toList(), in.profiles(), in.lineage(), end);
            byLabel.put(round.periodLabel(), new RoundTrend(round.periodLabel(),
                    StatusCounts.of(AsOf.on(end), snapshot).byStatus()));
        }
        return List.copyOf(byLabel.values());
    }

    private static String lineage(String industry, Integer year, String key) {
        return industry + "|" + year + "|" + key;
    }

    /** Today, or a demo's 演示时点: the default 评估日期 and the "now" of live values. */
    LocalDate today() {
        return present.today();
    }
}
