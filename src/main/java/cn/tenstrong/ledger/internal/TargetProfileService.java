package cn.tenstrong.ledger.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.access.Role;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.ledger.Ledger;
import cn.tenstrong.ledger.LedgerRow;
import cn.tenstrong.ledger.ProgressStatus;
import cn.tenstrong.ledger.RoundView;
import cn.tenstrong.ledger.TargetProfile;
import cn.tenstrong.ledger.TargetProfiles;
import cn.tenstrong.ledger.internal.ActiveItems.ItemContext;
import cn.tenstrong.ledger.persistence.LedgerFactRows;
import cn.tenstrong.ledger.persistence.ProfileRows;
import cn.tenstrong.ledger.persistence.ProfileRows.StoredProfile;
import cn.tenstrong.ledger.persistence.ProfileRows.TargetPlace;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.plan.Qualifier;
import cn.tenstrong.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 进度曲线 of the targets of active plans: read by everyone who reads the ledger, set and reset by the task force of
 * the target's industry (and administrators), version-checked and audited. A change drops the ledger's cached inputs
 * after commit ({@link LedgerChanged}), so statuses follow at once.
 */
@Service
@Transactional(readOnly = true)
class TargetProfileService implements TargetProfiles {

    static final String ENTITY = "ledger.target-profile";
    static final String PERMISSION = "ledger:profile:write";
    private static final String CONFLICT = "进度曲线已被他人修改，请刷新后重试";
    private static final MathContext MC = MathContext.DECIMAL64;

    private final ProfileRows rows;
    private final LedgerInputs inputs;
    private final Ledger ledger;
    private final ProfilePresets presets;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final StatusEngine engine;

    TargetProfileService(ProfileRows rows, LedgerInputs inputs, Ledger ledger, ProfilePresets presets, CurrentUsers users,
                         AuditTrail audit, ApplicationEventPublisher events, StatusRules rules) {
        this.rows = rows;
        this.inputs = inputs;
        this.ledger = ledger;
        this.presets = presets;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.engine = new StatusEngine(rules);
    }

    /** A target of an active plan, with its item and its number within the item (1-based). */
    record Located(ItemContext ctx, PlanItemView.TargetView target, int seq) {

        TargetPlace place() {
            return ctx.place(seq);
        }

        BigDecimal goal() {
            return target.qualifier() == Qualifier.RANGE ? target.low() : target.value();
        }

        int dueMonth() {
            return ProfileCurve.dueMonth(ctx.year(), ctx.deadline());
        }
    }

    /** What the audit log keeps of a target's curve before and after a change. */
    record AuditState(long targetId, String item, String target, String rule, List<BigDecimal> monthlyPercent,
                      int version) {
    }

    @Override
    public TargetProfile profile(long targetId, LocalDate asOf) {
        Located t = locate(targetId);
        LocalDate day = asOf == null ? ledger.asOf(null).forPlanYear(t.ctx().year()) : asOf;
        return view(t, inForce(t).orElse(null), day, reached(t, day), editable(t));
    }

    @Override
    @Transactional
    public TargetProfile set(long targetId, List<BigDecimal> monthlyPercent, int version) {
        Located t = locate(targetId);
        CurrentUser me = requireEditor(t);
        String why = notAdjustable(t);
        if (why != null) {
            throw DomainException.invalid(why);
        }
        List<BigDecimal> percents = ProfileCurve.validate(monthlyPercent, t.dueMonth(), t.ctx().deadline());
        // the value reached is read before the change: the cached inputs must not see it before it commits
        LocalDate day = ledger.asOf(null).forPlanYear(t.ctx().year());
        BigDecimal reached = reached(t, day);
        ProfilesInForce stored = profilesNow();
        Optional<StoredProfile> before = stored.of(t.place(), targetId);
        List<BigDecimal> shares = ProfileCurve.shares(percents);
        boolean saved;
        if (before.isEmpty()) {
            saved = version == 0 && rows.insertProfile(targetId, t.place(), shares, me.username());
        } else if (before.get().version() != version) {
            saved = false;
        } else {
            dropSuperseded(stored, t, before.get());
            saved = rows.updateProfile(before.get().targetId(), version, targetId, t.place(), shares, me.username());
        }
        if (!saved) {
            throw DomainException.conflict(CONFLICT);
        }
        StoredProfile after = inForce(t).orElseThrow();
        audit.record(before.isEmpty() ? "CREATE" : "UPDATE", ENTITY, Long.toString(targetId),
                auditState(t, before.orElse(null)), auditState(t, after));
        events.publishEvent(new LedgerChanged("profile"));
        return view(t, after, day, reached, true);
    }

    @Override
    @Transactional
    public TargetProfile reset(long targetId, int version) {
        Located t = locate(targetId);
        requireEditor(t);
        LocalDate day = ledger.asOf(null).forPlanYear(t.ctx().year());
        BigDecimal reached = reached(t, day);
        ProfilesInForce stored = profilesNow();
        Optional<StoredProfile> before = stored.of(t.place(), targetId);
        if (before.isEmpty()) {
            if (version != 0) {
                throw DomainException.conflict(CONFLICT);
            }
            return view(t, null, day, reached, true); // already on the default rule
        }
        if (before.get().version() != version) {
            throw DomainException.conflict(CONFLICT);
        }
        dropSuperseded(stored, t, before.get());
        if (!rows.deleteProfile(before.get().targetId(), version)) {
            throw DomainException.conflict(CONFLICT);
        }
        audit.record("RESET", ENTITY, Long.toString(targetId), auditState(t, before.get()), auditState(t, null));
        events.publishEvent(new LedgerChanged("profile"));
        return view(t, null, day, reached, true);
    }

    @Override
    public List<TargetProfile.Preset> presets() {
        return presets.all();
    }

    /** The stored profiles as they apply now (after the item successions accepted on plan imports). */
    private ProfilesInForce profilesNow() {
        return ProfilesInForce.of(rows.profiles(), inputs.get().lineage());
    }

    private Optional<StoredProfile> inForce(Located t) {
        return profilesNow().of(t.place(), t.target().id());
    }

    /**
     * Removes the profiles that land on the target but are not the one in force (set on earlier revisions, outdated
     * by it), so that resetting or changing it never brings one of them back. Rolled back with the change on a conflict.
     */
    private void dropSuperseded(ProfilesInForce stored, Located t, StoredProfile kept) {
        stored.all(t.place(), t.target().id()).stream().filter(p -> p.targetId() != kept.targetId())
                .forEach(p -> rows.deleteSupersededProfile(p.targetId()));
    }

    private Located locate(long targetId) {
        for (ItemContext ctx : inputs.get().items()) {
            List<PlanItemView.TargetView> targets = ctx.item().targets();
            for (int i = 0; i < targets.size(); i++) {
                if (targets.get(i).id() == targetId) {
                    return new Located(ctx, targets.get(i), i + 1);
                }
            }
        }
        throw DomainException.notFound("指标不存在或不属于现行计划：" + targetId);
    }

    /** Why no curve can apply to a target (the status rules do not use one for it), or null when one can. */
    static String notAdjustable(Located t) {
        if (t.target().qualifier() == Qualifier.MAX) {
            return "上限类指标（不超过、以内）只看是否超出上限，不按进度判断，无需设置进度曲线";
        }
        BigDecimal goal = t.goal();
        if (goal == null || goal.signum() <= 0) {
            return "该指标没有大于0的目标值，不按进度判断，无需设置进度曲线";
        }
        LocalDate deadline = t.ctx().deadline();
        if (deadline.getYear() != t.ctx().year()) {
            return "该指标的完成时限为" + deadline + "，不在计划年度（" + t.ctx().year() + "年）内，进度曲线只适用于在计划年度内完成的指标";
        }
        return null;
    }

    /** The task force of the target's industry, or an administrator (the same scope as reviewing its reports). */
    private CurrentUser requireEditor(Located t) {
        CurrentUser me = users.require();
        if (!me.can(PERMISSION)) {
            throw DomainException.forbidden("您没有设置进度曲线的权限");
        }
        if (!me.has(Role.SYS_ADMIN)
                && (me.industryCode() == null || !me.industryCode().equals(t.ctx().industryCode()))) {
            throw DomainException.forbidden("产业专班只能设置本产业指标的进度曲线");
        }
        return me;
    }

    private boolean editable(Located t) {
        return notAdjustable(t) == null && users.current().map(me -> me.can(PERMISSION) && (me.has(Role.SYS_ADMIN)
                || me.industryCode() != null && me.industryCode().equals(t.ctx().industryCode()))).orElse(false);
    }

    /** The value the ledger uses for the target on a day (accepted by then, or live data in the current view). */
    private BigDecimal reached(Located t, LocalDate day) {
        return ledger.rowsAsOf(t.ctx().industryCode(), null, day).stream()
                .filter(r -> r.item().id() == t.ctx().item().id()).findFirst()
                .flatMap(r -> r.targets().stream().filter(p -> p.target().id() == t.target().id()).findFirst())
                .map(LedgerRow.TargetProgress::reached).orElse(null);
    }

    private TargetProfile view(Located t, StoredProfile stored, LocalDate day, BigDecimal reached, boolean editable) {
        ItemContext ctx = t.ctx();
        int year = ctx.year();
        LocalDate start = ctx.start();
        LocalDate deadline = ctx.deadline();
        String why = notAdjustable(t);
        List<BigDecimal> linear = ProfileCurve.linear(year, deadline);
        List<BigDecimal> monthly = stored == null ? linear : ProfileCurve.percents(stored.shares());
        BigDecimal goal = t.goal();

        StatusEngine.TargetSpec spec = new StatusEngine.TargetSpec(t.target().qualifier(), t.target().value(),
                t.target().low(), t.target().high());
        BigDecimal linearShare = StatusEngine.elapsed(start, deadline, day);
        BigDecimal curveShare = stored == null ? null : ProfileCurve.expectedShare(stored.shares(), year, day);
        ProgressStatus linearStatus = goal == null ? null : engine.target(spec, start, deadline, reached, null, day);
        ProgressStatus status = goal == null ? null : engine.target(spec, start, deadline, reached, curveShare, day);
        TargetProfile.Judgement judgement = new TargetProfile.Judgement(day, reached, share(reached, goal),
                ProfileCurve.percent(curveShare != null ? curveShare : linearShare), ProfileCurve.percent(linearShare),
                status, linearStatus);

        String title = ctx.item().heading() != null ? ctx.item().heading() : ctx.item().text();
        if (title.length() > 60) {
            title = title.substring(0, 60) + "…";
        }
        return new TargetProfile(t.target().id(), ctx.item().id(), ctx.industryCode(), ctx.plan().industryName(),
                ctx.item().label(), title, t.target().text(), t.target().unit(), t.target().qualifier(), goal, year,
                deadline, stored != null, monthly, linear, stored == null ? null : stored.setBy(),
                stored == null ? null : stored.setAt(), stored == null ? 0 : stored.version(), why == null, why,
                editable && why == null, why == null ? presets.fittedTo(t.dueMonth()) : List.of(), actual(t, goal),
                judgement);
    }

    /** The accepted values of the plan year as percentages of the target, one per round period (the latest wins). */
    private List<TargetProfile.Point> actual(Located t, BigDecimal goal) {
        if (goal == null || goal.signum() <= 0) {
            return List.of();
        }
        LedgerInputs.Snapshot in = inputs.get();
        ItemContext ctx = t.ctx();
        Map<LocalDate, BigDecimal> byPeriodEnd = new LinkedHashMap<>();
        for (LedgerFactRows.AcceptedValue v : in.values()) {   // ordered by period end, then review time
            if (v.targetSeq() == t.seq()
                    && ctx.item().itemKey().equals(in.lineage().current(v.industryCode(), v.planYear(), v.itemKey(),
                    v.submittedAt()))
                    && java.util.Objects.equals(ctx.industryCode(), v.industryCode())
                    && v.planYear() != null && v.planYear() == ctx.year() && v.periodEnd().getYear() == ctx.year()) {
                byPeriodEnd.put(v.periodEnd(), v.value());
            }
        }
        List<TargetProfile.Point> points = new ArrayList<>();
        byPeriodEnd.forEach((end, value) -> points.add(new TargetProfile.Point(roundLabel(in.rounds(), ctx, end), end,
                end.getMonthValue(), share(value, goal))));
        return points;
    }

    private static String roundLabel(List<RoundView> rounds, ItemContext ctx, LocalDate periodEnd) {
        return rounds.stream().filter(r -> r.periodEnd().equals(periodEnd) && r.covers(ctx.industryCode()))
                .map(RoundView::periodLabel).findFirst().orElse(periodEnd.toString());
    }

    private static BigDecimal share(BigDecimal value, BigDecimal goal) {
        if (value == null || goal == null || goal.signum() <= 0) {
            return null;
        }
        BigDecimal p = value.multiply(ProfileCurve.HUNDRED).divide(goal, MC).setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }

    private AuditState auditState(Located t, StoredProfile stored) {
        String item = t.ctx().plan().industryName() + " " + t.ctx().item().label();
        return stored == null
                ? new AuditState(t.target().id(), item, t.target().text(), "DEFAULT",
                ProfileCurve.linear(t.ctx().year(), t.ctx().deadline()), 0)
                : new AuditState(t.target().id(), item, t.target().text(), "CUSTOM",
                ProfileCurve.percents(stored.shares()), stored.version());
    }
}
