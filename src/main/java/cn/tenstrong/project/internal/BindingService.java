package cn.tenstrong.project.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.access.Role;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.EnterpriseQuery;
import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.enterprise.EnterprisesIndexed;
import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.plan.PlanCatalog;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.project.BindingFilter;
import cn.tenstrong.project.BindingKind;
import cn.tenstrong.project.LiveTargetValue;
import cn.tenstrong.project.ProjectInvestmentReported;
import cn.tenstrong.project.ProjectStage;
import cn.tenstrong.project.ProjectStageChanged;
import cn.tenstrong.project.TargetBinding;
import cn.tenstrong.project.TargetBindings;
import cn.tenstrong.project.persistence.ProjectRows;
import cn.tenstrong.project.persistence.BindingRows;
import cn.tenstrong.project.persistence.BindingRows.BindingRow;
import cn.tenstrong.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plan targets bound to live data. Every binding is recomputed, inside the transaction that changed the data,
 * when projects or their reports change, and a {@link LiveTargetValue} is published for each (the ledger records it).
 * Values are computed over all projects, not the acting user's scope. Enterprise changes (tags, listings) belong to
 * another module's transaction, and tagged enterprises are counted through the search index: the enterprise bindings
 * are recomputed once the index has followed a change ({@link EnterprisesIndexed}), as a durable reaction that the
 * next start completes if a crash came first.
 */
@Service
@Transactional(readOnly = true)
class BindingService implements TargetBindings {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProjectRows rows;
    private final BindingRows bindingRows;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final PlanCatalog plans;
    private final OrgDirectory orgs;
    private final EnterpriseLibrary enterprises;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<cn.tenstrong.project.BindingSource> sources;
    private final cn.tenstrong.shared.Present present;

    BindingService(ProjectRows rows, BindingRows bindingRows, CurrentUsers users, AuditTrail audit, PlanCatalog plans, OrgDirectory orgs,
                   EnterpriseLibrary enterprises, ApplicationEventPublisher events, Clock clock,
                   org.springframework.beans.factory.ObjectProvider<cn.tenstrong.project.BindingSource> sources,
                   cn.tenstrong.shared.Present present) {
        this.present = present;
        this.sources = sources;
        this.rows = rows;
        this.bindingRows = bindingRows;
        this.users = users;
        this.audit = audit;
        this.plans = plans;
        this.orgs = orgs;
        this.enterprises = enterprises;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public TargetBinding bind(long targetId, BindingKind kind, BindingFilter filter, int version) {
        CurrentUser me = users.require();
        if (!me.can("project:binding:write")) {
            throw DomainException.forbidden("无权绑定指标");
        }
        if (kind == null) {
            throw DomainException.invalid("请选择绑定的数据类型");
        }
        BindingFilter f = filter == null ? new BindingFilter(null, null, null, null, null, null) : filter;
        String industry = targetIndustry(targetId);
        if (!me.has(Role.SYS_ADMIN) && (industry == null || !industry.equals(me.industryCode()))) {
            throw DomainException.forbidden("产业专班只能绑定本产业行动计划的指标");
        }
        if (kind == BindingKind.COUNT_ENTERPRISES_WITH_TAG
                && (f.tag() == null || EnterpriseTag.parse(f.tag()).isEmpty())) {
            throw DomainException.invalid("请指定企业标签");
        }
        if ((kind == BindingKind.COUNT_NEW_LISTINGS || kind == BindingKind.COUNT_EVENTS) && f.year() == null) {
            throw DomainException.invalid(kind == BindingKind.COUNT_EVENTS ? "请指定活动年度" : "请指定上市年度");
        }
        if (f.industryCode() != null && orgs.industry(f.industryCode()).isEmpty()) {
            throw DomainException.invalid("产业不存在：" + f.industryCode());
        }
        if (f.cityCode() != null && orgs.region(f.cityCode()).isEmpty()) {
            throw DomainException.invalid("地区不存在：" + f.cityCode());
        }
        if (f.year() != null && (f.year() < 2000 || f.year() > 2100)) {
            throw DomainException.invalid("年度应在2000到2100之间");
        }
        source(kind).ifPresent(src -> src.check(kind, f));
        String json = JSON.writeValueAsString(f);
        Optional<BindingRow> before = bindingRows.binding(targetId);
        if (before.isEmpty()) {
            if (version != 0) {
                throw DomainException.conflict("绑定已被删除，请刷新后重试");
            }
            bindingRows.insertBinding(targetId, kind.name(), json, me.username());
        } else if (!bindingRows.updateBinding(targetId, version, kind.name(), json)) {
            throw DomainException.conflict("绑定已被他人修改，请刷新后重试");
        }
        TargetBinding after = view(bindingRows.binding(targetId).orElseThrow());
        audit.record(before.isEmpty() ? "CREATE" : "UPDATE", "project.binding", Long.toString(targetId),
                before.orElse(null), after);
        publish(after);
        return after;
    }

    /** The industry of the plan a target belongs to, or NOT_FOUND. */
    private String targetIndustry(long targetId) {
        for (var plan : plans.activePlans()) {
            var detail = plans.plan(plan.id()).orElse(null);
            if (detail == null) {
                continue;
            }
            for (PlanItemView item : detail.items()) {
                if (item.targets().stream().anyMatch(t -> t.id() == targetId)) {
                    return plan.industryCode();
                }
            }
        }
        throw DomainException.notFound("指标不存在：" + targetId);
    }

    @Override
    public List<TargetBinding> bindings() {
        return bindingRows.bindings().stream().map(this::view).toList();
    }

    @Override
    public Optional<TargetBinding> binding(long targetId) {
        return bindingRows.binding(targetId).map(this::view);
    }

    @Override
    public cn.tenstrong.project.BindingValue valueOn(long targetId, java.time.LocalDate asOf) {
        BindingRow r = bindingRows.binding(targetId).orElseThrow(() -> DomainException.notFound("指标未绑定实时数据：" + targetId));
        BindingKind kind = BindingKind.valueOf(r.kind());
        BindingFilter f = JSON.readValue(r.filter(), BindingFilter.class);
        java.time.LocalDate day = asOf == null ? present.today() : asOf;
        return new cn.tenstrong.project.BindingValue(targetId, kind, describe(kind, f), day, value(kind, f, day));
    }

    @Override
    public List<cn.tenstrong.project.BindingOption> options(String field) {
        return sources.orderedStream().flatMap(src -> src.options(field).stream()).toList();
    }

    private Optional<cn.tenstrong.project.BindingSource> source(BindingKind kind) {
        return sources.orderedStream().filter(src -> src.supports(kind)).findFirst();
    }

    @Override
    @Transactional
    public void recomputeAll() {
        bindings().forEach(this::publish);
    }

    @EventListener
    void onInvestment(ProjectInvestmentReported e) {
        recomputeProjectBindings();
    }

    @EventListener
    void onStage(ProjectStageChanged e) {
        recomputeProjectBindings();
    }

    @EventListener
    void onProject(ProjectsChanged e) {
        recomputeProjectBindings();
    }

    @ApplicationModuleListener
    void onEnterprises(EnterprisesIndexed e) {
        bindings().stream().filter(b -> b.kind() == BindingKind.COUNT_ENTERPRISES_WITH_TAG
                || b.kind() == BindingKind.COUNT_NEW_LISTINGS).forEach(this::publish);
    }

    private void recomputeProjectBindings() {
        bindings().stream().filter(b -> b.kind() == BindingKind.SUM_PROJECT_INVESTMENT
                || b.kind() == BindingKind.COUNT_PROJECTS).forEach(this::publish);
    }

    private void publish(TargetBinding b) {
        events.publishEvent(new LiveTargetValue(b.targetId(), b.currentValue(), clock.instant(), b.description()));
    }

    private TargetBinding view(BindingRow r) {
        BindingKind kind = BindingKind.valueOf(r.kind());
        BindingFilter f = JSON.readValue(r.filter(), BindingFilter.class);
        return new TargetBinding(r.targetId(), kind, f, describe(kind, f), value(kind, f), r.version());
    }

    /** The value as of today (or a demo's 演示时点): what the ledger records. */
    BigDecimal value(BindingKind kind, BindingFilter f) {
        return value(kind, f, present.today());
    }

    /**
     * The value as of a day: reports of the months up to the day's month (as the ledger has always counted a
     * month's report once it is saved), projects that reached the counted stage by then (signing when no stage is asked; a stage
     * without a date counts, it cannot be placed in time), and the other modules' dated facts. Enterprise tags carry
     * no date: COUNT_ENTERPRISES_WITH_TAG is today's count whatever the day.
     */
    BigDecimal value(BindingKind kind, BindingFilter f, java.time.LocalDate asOf) {
        return switch (kind) {
            case SUM_PROJECT_INVESTMENT -> rows.completedInvestment(bound(f), java.time.YearMonth.from(asOf).toString(),
                    f.year());
            case COUNT_PROJECTS -> BigDecimal.valueOf(rows.countReached(bound(f), java.util.Arrays.stream(ProjectStage.values())
                    .filter(s -> f.stage() == null || s.atLeast(f.stage())).map(Enum::name).toList(),
                    (f.stage() == null ? ProjectStage.SIGNED : f.stage()).name(), asOf));
            case COUNT_SIGNED_LEADS, COUNT_EVENTS, COUNT_NEW_LISTINGS -> source(kind)
                    .map(src -> src.value(kind, f, asOf)).orElse(BigDecimal.ZERO);
            // an exact count: a search's total stops at its threshold
            case COUNT_ENTERPRISES_WITH_TAG -> BigDecimal.valueOf(enterprises.count(new EnterpriseQuery("",
                    f.cityCode() == null ? "37" : f.cityCode().substring(0, 4), null,
                    List.of(EnterpriseTag.parse(f.tag()).orElseThrow()), null, null, false, 0, 1)));
        };
    }

    /** The projects a binding's filter counts; the database applies it. */
    private static ProjectRows.BoundProjects bound(BindingFilter f) {
        return new ProjectRows.BoundProjects(f.industryCode(), f.cityCode(),
                f.category() == null ? null : f.category().name());
    }

    private String describe(BindingKind kind, BindingFilter f) {
        String theirs = source(kind).map(src -> src.describe(kind, f)).orElse(null);
        if (theirs != null) {
            return theirs;
        }
        StringBuilder sb = new StringBuilder("项目库");
        if (f.industryCode() != null) {
            sb.append(' ').append(orgs.industry(f.industryCode()).map(Industry::name).orElse(f.industryCode()));
        }
        if (f.cityCode() != null) {
            sb.append(' ').append(orgs.region(f.cityCode()).map(cn.tenstrong.org.Region::name).orElse(f.cityCode()));
        }
        if (f.category() != null) {
            sb.append(' ').append(f.category().label());
        }
        return switch (kind) {
            case SUM_PROJECT_INVESTMENT -> sb + (f.year() == null ? " 累计" : " " + f.year() + "年") + "完成投资合计";
            case COUNT_PROJECTS -> sb + (f.stage() == null ? "" : " 已" + f.stage().label()) + " 项目个数";
            case COUNT_SIGNED_LEADS -> "招商线索" + sb.substring("项目库".length())
                    + (f.year() == null ? "" : " " + f.year() + "年") + " 已签约线索数";
            case COUNT_ENTERPRISES_WITH_TAG -> "企业库 " + (f.cityCode() == null ? "山东省" : "") + " 具有“"
                    + EnterpriseTag.parse(f.tag()).map(EnterpriseTag::label).orElse(f.tag()) + "”标签的企业数";
            case COUNT_EVENTS -> "招商活动" + sb.substring("项目库".length()) + " " + f.year() + "年举办场次";
            case COUNT_NEW_LISTINGS -> "上市后备资源库 " + (f.cityCode() == null ? "山东省" : sb.substring("项目库 ".length()))
                    + " " + f.year() + "年新增上市公司数";
        };
    }
}
