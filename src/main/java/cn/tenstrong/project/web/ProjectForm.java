package cn.tenstrong.project.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.tenstrong.project.Project;
import cn.tenstrong.project.ProjectCategory;
import cn.tenstrong.project.ProjectDraft;
import cn.tenstrong.project.ProjectStage;
import cn.tenstrong.shared.DomainException;

/** 项目表单: the new/edit form of the project pages (amounts in 元 as officials write them). */
public class ProjectForm {
    private String name = "";
    private String enterpriseId = "";
    private String enterpriseName = "";
    private String industryCode = "";
    private String segment = "";
    private String regionCode = "";
    private String parkId = "";
    private List<String> categories = List.of();
    private String totalInvestment = "";
    private String yearPlannedInvestment = "";
    private String planYear = "";
    private LocalDate plannedStart;
    private String stage = "SIGNED";
    private LocalDate signedOn;
    private LocalDate startedOn;
    private LocalDate buildingOn;
    private LocalDate completedOn;
    private String description = "";
    private int version;

    static ProjectForm empty() {
        return new ProjectForm();
    }

    static ProjectForm of(Project p) {
        ProjectForm f = new ProjectForm();
        f.name = p.name();
        f.enterpriseId = p.enterpriseId() == null ? "" : p.enterpriseId().toString();
        f.enterpriseName = p.enterpriseName() == null ? "" : p.enterpriseName();
        f.industryCode = p.industryCode();
        f.segment = p.qualifiedSegment() == null ? "" : p.qualifiedSegment();
        f.regionCode = p.countyCode() != null ? p.countyCode() : p.cityCode();
        f.parkId = p.parkId() == null ? "" : p.parkId().toString();
        f.categories = p.categories().stream().map(Enum::name).toList();
        f.totalInvestment = cn.tenstrong.shared.Amount.format(p.totalInvestment(), "元");
        f.yearPlannedInvestment = p.yearPlannedInvestment() == null ? ""
                : cn.tenstrong.shared.Amount.format(p.yearPlannedInvestment(), "元");
        f.planYear = p.planYear() == null ? "" : p.planYear().toString();
        f.plannedStart = p.plannedStart();
        f.stage = p.stage().name();
        f.signedOn = p.signedOn();
        f.startedOn = p.startedOn();
        f.buildingOn = p.buildingOn();
        f.completedOn = p.completedOn();
        f.description = p.description();
        f.version = p.version();
        return f;
    }

    ProjectDraft draft(int v) {
        Set<ProjectCategory> cats = EnumSet.noneOf(ProjectCategory.class);
        if (categories != null) {
            categories.forEach(c -> ProjectCategory.parse(c).ifPresent(cats::add));
        }
        Integer year;
        try {
            year = planYear == null || planYear.isBlank() ? null : Integer.valueOf(planYear.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("计划年度应为4位数字");
        }
        return new ProjectDraft(name, id(enterpriseId), enterpriseName, industryCode, segment, regionCode, id(parkId),
                cats, amount(totalInvestment, "总投资"), amount(yearPlannedInvestment, "年度计划投资"), year,
                plannedStart, ProjectStage.parse(stage).orElse(ProjectStage.SIGNED), signedOn, startedOn,
                buildingOn, completedOn, description, v);
    }

    private static Long id(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("编号应为数字：" + s);
        }
    }

    // getters and setters for form binding
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getEnterpriseId() { return enterpriseId; }
    public void setEnterpriseId(String v) { enterpriseId = v; }
    public String getEnterpriseName() { return enterpriseName; }
    public void setEnterpriseName(String v) { enterpriseName = v; }
    public String getIndustryCode() { return industryCode; }
    public void setIndustryCode(String v) { industryCode = v; }
    public String getSegment() { return segment; }
    public void setSegment(String v) { segment = v; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String v) { regionCode = v; }
    public String getParkId() { return parkId; }
    public void setParkId(String v) { parkId = v; }
    public List<String> getCategories() { return categories; }
    public void setCategories(List<String> v) { categories = v; }
    public String getTotalInvestment() { return totalInvestment; }
    public void setTotalInvestment(String v) { totalInvestment = v; }
    public String getYearPlannedInvestment() { return yearPlannedInvestment; }
    public void setYearPlannedInvestment(String v) { yearPlannedInvestment = v; }
    public String getPlanYear() { return planYear; }
    public void setPlanYear(String v) { planYear = v; }
    public LocalDate getPlannedStart() { return plannedStart; }
    public void setPlannedStart(LocalDate v) { plannedStart = v; }
    public String getStage() { return stage; }
    public void setStage(String v) { stage = v; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate v) { signedOn = v; }
    public LocalDate getStartedOn() { return startedOn; }
    public void setStartedOn(LocalDate v) { startedOn = v; }
    public LocalDate getBuildingOn() { return buildingOn; }
    public void setBuildingOn(LocalDate v) { buildingOn = v; }
    public LocalDate getCompletedOn() { return completedOn; }
    public void setCompletedOn(LocalDate v) { completedOn = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public int getVersion() { return version; }
    public void setVersion(int v) { version = v; }

    /** An amount in 元 as officials write it (3.5亿, 3,500万元); the field named in the message. */
    static BigDecimal amount(String text, String what) {
        try {
            return cn.tenstrong.shared.Amount.parseOptional(text, "元").map(cn.tenstrong.shared.Amount::value).orElse(null);
        } catch (DomainException e) {
            throw DomainException.invalid(what + "：" + e.getMessage());
        }
    }
}
