package cn.tenstrong.project.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.Role;
import cn.tenstrong.chain.Chain;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSegment;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.org.Region;
import cn.tenstrong.project.ProjectCategory;
import cn.tenstrong.project.ProjectDraft;
import cn.tenstrong.project.ProjectStage;
import cn.tenstrong.project.persistence.ProjectRows.Row;
import cn.tenstrong.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * 项目校验: a draft becomes a row only when it is complete and consistent (region in Shandong, park in the city, chain
 * of the industry, stage dates in order) and within the user's scope; the same rules for a form and an import row.
 */
@Component
class ProjectRules {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("1E15");

    private final OrgDirectory orgs;
    private final ChainDirectory chains;
    private final EnterpriseLibrary enterprises;
    private final ProjectViews views;
    private final Clock clock;

    ProjectRules(OrgDirectory orgs, ChainDirectory chains, EnterpriseLibrary enterprises, ProjectViews views,
                 Clock clock) {
        this.orgs = orgs;
        this.chains = chains;
        this.enterprises = enterprises;
        this.views = views;
        this.clock = clock;
    }

    Row validate(ProjectDraft d, CurrentUser me, Row before) {
        String name = text(d.name(), 200, "项目名称");
        if (name.isEmpty()) {
            throw DomainException.invalid("请填写项目名称");
        }
        String industry = blank(d.industryCode()) ? null : d.industryCode().strip();
        Industry ind = industry == null ? null : orgs.industry(industry).orElse(null);
        if (ind == null) {
            throw DomainException.invalid("请选择所属产业（产业代码无效：" + (industry == null ? "空" : industry) + "）");
        }
        if (me.dataScope() == cn.tenstrong.access.DataScope.OWN_INDUSTRY && !me.has(Role.SYS_ADMIN)
                && !industry.equals(me.industryCode())) {
            throw DomainException.forbidden("产业专班只能登记本产业的项目");
        }
        // region
        Region region = blank(d.regionCode()) ? null : views.region(d.regionCode().strip());
        if (region == null || region.cityCode() == null || !region.code().startsWith("37")) {
            throw DomainException.invalid("请选择项目所在的山东省市或县（市、区）");
        }
        String city = region.cityCode();
        String county = region.isCity() ? null : region.code();
        // park
        Long parkId = d.parkId();
        if (me.dataScope() == cn.tenstrong.access.DataScope.OWN_PARK) {
            if (parkId == null) {
                parkId = me.organizationId();
            } else if (parkId != me.organizationId()) {
                throw DomainException.forbidden("园区只能登记本园区的项目");
            }
        }
        if (parkId != null) {
            Organization park = orgs.organization(parkId).filter(o -> o.kind() == OrganizationKind.PARK)
                    .orElseThrow(() -> DomainException.invalid("所选园区不存在或不是园区"));
            if (park.regionCode() != null && park.regionCode().length() >= 4
                    && !park.regionCode().substring(0, 4).equals(city.substring(0, 4))) {
                throw DomainException.invalid("园区“" + park.name() + "”不在项目所在市");
            }
        }
        if (me.dataScope() == cn.tenstrong.access.DataScope.OWN_CITY && !me.has(Role.SYS_ADMIN)) {
            if (!city.equals(me.cityCode())) {
                throw DomainException.forbidden("只能登记本市的项目");
            }
            if (ProjectAccess.isCounty(me) && !me.regionCode().equals(county)) {
                throw DomainException.forbidden("县级招商部门只能登记本县（市、区）的项目");
            }
        }
        // chain segment
        String chainCode = null;
        String segmentCode = null;
        if (!blank(d.segment())) {
            String[] parts = d.segment().strip().split("/", 2);
            Chain chain = chains.chain(parts[0]).orElseThrow(() -> DomainException.invalid("产业链不存在：" + parts[0]));
            if (chain.industry() != null && chain.industry().code() != null
                    && !industry.startsWith(chain.industry().code()) && !chain.industry().code().startsWith(industry)) {
                throw DomainException.invalid("产业链“" + chain.name() + "”不属于所选产业");
            }
            chainCode = chain.code();
            if (parts.length == 2 && !parts[1].isBlank()) {
                segmentCode = chain.segment(parts[1].strip()).map(ChainSegment::code)
                        .orElseThrow(() -> DomainException.invalid("环节“" + parts[1] + "”不属于产业链" + chain.name()));
            }
        }
        // enterprise
        Long enterpriseId = d.enterpriseId();
        String enterpriseName = text(d.enterpriseName(), 200, "企业名称");
        if (enterpriseId != null) {
            Enterprise e = enterprises.enterprise(enterpriseId)
                    .orElseThrow(() -> DomainException.invalid("企业库中没有该企业：" + d.enterpriseId()));
            enterpriseName = e.name();
        }
        Set<ProjectCategory> cats = d.categories() == null ? Set.of() : d.categories();
        BigDecimal total = amount(d.totalInvestment(), "总投资", true);
        BigDecimal yearPlan = d.yearPlannedInvestment() == null ? null : amount(d.yearPlannedInvestment(), "年度计划投资", false);
        if (yearPlan != null && yearPlan.compareTo(total) > 0) {
            throw DomainException.invalid("年度计划投资不能大于总投资");
        }
        Integer planYear = d.planYear();
        if (yearPlan != null && planYear == null) {
            planYear = d.plannedStart() != null ? d.plannedStart().getYear() : LocalDate.now(clock).getYear();
        }
        if (planYear != null && (planYear < 2000 || planYear > 2100)) {
            throw DomainException.invalid("计划年度不合理：" + planYear);
        }
        String description = text(d.description(), 2000, "项目简介");
        // stage and dates (on creation only)
        ProjectStage stage;
        LocalDate[] dates;
        if (before == null) {
            stage = d.stage() == null ? ProjectStage.SIGNED : d.stage();
            dates = new LocalDate[] {d.signedOn(), d.startedOn(), d.buildingOn(), d.completedOn()};
            LocalDate today = LocalDate.now(clock);
            LocalDate previous = null;
            for (ProjectStage s : ProjectStage.values()) {
                LocalDate date = dates[s.ordinal()];
                if (!stage.atLeast(s)) {
                    if (date != null) {
                        throw DomainException.invalid("项目尚未" + s.label() + "，不能填写" + s.label() + "日期");
                    }
                    continue;
                }
                if (date == null && s != ProjectStage.SIGNED) {
                    throw DomainException.invalid("项目已到“" + stage.label() + "”阶段，请填写" + s.label() + "日期");
                }
                if (date != null && date.isAfter(today)) {
                    throw DomainException.invalid(s.label() + "日期不能晚于今天");
                }
                if (date != null && previous != null && date.isBefore(previous)) {
                    throw DomainException.invalid("阶段日期须按 签约 → 开工 → 在建 → 竣工投产 的顺序：" + s.label()
                            + "日期早于上一阶段");
                }
                if (date != null) {
                    previous = date;
                }
            }
        } else {
            stage = ProjectStage.valueOf(before.stage());
            dates = new LocalDate[] {before.signedOn(), before.startedOn(), before.buildingOn(), before.completedOn()};
        }
        String catText = cats.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        return new Row(before == null ? 0 : before.id(), before == null ? null : before.ref(), name, Names.project(name),
                enterpriseId, enterpriseName.isEmpty() ? null : enterpriseName,
                enterpriseName.isEmpty() ? null : Names.enterprise(enterpriseName), industry, chainCode, segmentCode,
                city, county, parkId, catText, total, yearPlan, planYear, d.plannedStart(), stage.name(), dates[0],
                dates[1], dates[2], dates[3], description, before == null ? me.username() : before.createdBy(), null,
                before == null ? 0 : before.version(), null, null, false, before == null ? null : before.duplicateOf(),
                before == null ? null : before.originEventId());
    }

    static BigDecimal amount(BigDecimal value, String what, boolean required) {
        if (value == null) {
            if (required) {
                throw DomainException.invalid("请填写" + what + "（元）");
            }
            return null;
        }
        if (value.signum() < 0) {
            throw DomainException.invalid(what + "不能为负数");
        }
        if (value.compareTo(MAX_AMOUNT) > 0) {
            throw DomainException.invalid(what + "金额不合理");
        }
        return value;
    }

    static String text(String value, int max, String what) {
        String t = value == null ? "" : value.strip();
        if (t.length() > max) {
            throw DomainException.invalid(what + "不能超过" + max + "字");
        }
        return t;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
