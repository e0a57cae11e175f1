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
import cn.tenstrong.shared.Amount;
import cn.tenstrong.shared.DomainException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * 项目表单: the new/edit form of the project pages as typed (amounts in 元 as officials write them), bound by its
 * constructor. A field the request leaves out is blank, as on an empty form; the stage defaults to 签约. Dates are
 * shown as yyyy-MM-dd, the only form a date input takes (the locale's 2025/1/8 left the field empty in the browser,
 * so saving an edit erased the planned start date).
 */
public record ProjectForm(String name, String enterpriseId, String enterpriseName, String industryCode, String segment,
                          String regionCode, String parkId, List<String> categories, String totalInvestment,
                          String yearPlannedInvestment, String planYear,
                          @DateTimeFormat(iso = ISO.DATE) LocalDate plannedStart, String stage,
                          @DateTimeFormat(iso = ISO.DATE) LocalDate signedOn,
                          @DateTimeFormat(iso = ISO.DATE) LocalDate startedOn,
                          @DateTimeFormat(iso = ISO.DATE) LocalDate buildingOn,
                          @DateTimeFormat(iso = ISO.DATE) LocalDate completedOn, String description, int version) {

    public ProjectForm {
        name = orBlank(name);
        enterpriseId = orBlank(enterpriseId);
        enterpriseName = orBlank(enterpriseName);
        industryCode = orBlank(industryCode);
        segment = orBlank(segment);
        regionCode = orBlank(regionCode);
        parkId = orBlank(parkId);
        categories = categories == null ? List.of() : List.copyOf(categories);
        totalInvestment = orBlank(totalInvestment);
        yearPlannedInvestment = orBlank(yearPlannedInvestment);
        planYear = orBlank(planYear);
        stage = stage == null ? ProjectStage.SIGNED.name() : stage;
        description = orBlank(description);
    }

    static ProjectForm empty() {
        return new ProjectForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, 0);
    }

    static ProjectForm of(Project p) {
        return new ProjectForm(p.name(), p.enterpriseId() == null ? "" : p.enterpriseId().toString(),
                p.enterpriseName(), p.industryCode(), p.qualifiedSegment(),
                p.countyCode() != null ? p.countyCode() : p.cityCode(),
                p.parkId() == null ? "" : p.parkId().toString(), p.categories().stream().map(Enum::name).toList(),
                Amount.format(p.totalInvestment(), "元"),
                p.yearPlannedInvestment() == null ? "" : Amount.format(p.yearPlannedInvestment(), "元"),
                p.planYear() == null ? "" : p.planYear().toString(), p.plannedStart(), p.stage().name(), p.signedOn(),
                p.startedOn(), p.buildingOn(), p.completedOn(), p.description(), p.version());
    }

    /** The draft to save with this version (a new project: 0; an edit: the version read). */
    ProjectDraft draft(int v) {
        Set<ProjectCategory> cats = EnumSet.noneOf(ProjectCategory.class);
        categories.forEach(c -> ProjectCategory.parse(c).ifPresent(cats::add));
        Integer year;
        try {
            year = planYear.isBlank() ? null : Integer.valueOf(planYear.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("计划年度应为4位数字");
        }
        return new ProjectDraft(name, id(enterpriseId), enterpriseName, industryCode, segment, regionCode, id(parkId),
                cats, amount(totalInvestment, "总投资"), amount(yearPlannedInvestment, "年度计划投资"), year,
                plannedStart, ProjectStage.parse(stage).orElse(ProjectStage.SIGNED), signedOn, startedOn,
                buildingOn, completedOn, description, v);
    }

    private static String orBlank(String s) {
        return s == null ? "" : s;
    }

    private static Long id(String s) {
        try {
            return s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("编号应为数字：" + s);
        }
    }

    /** An amount in 元 as officials write it (3.5亿, 3,500万元); the field named in the message. */
    static BigDecimal amount(String text, String what) {
        try {
            return Amount.parseOptional(text, "元").map(Amount::value).orElse(null);
        } catch (DomainException e) {
            throw DomainException.invalid(what + "：" + e.getMessage());
        }
    }
}
