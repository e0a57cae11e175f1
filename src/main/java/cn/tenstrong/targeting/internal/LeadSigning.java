package cn.tenstrong.targeting.internal;

import java.time.LocalDate;
import java.util.EnumSet;

import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.project.Project;
import cn.tenstrong.project.ProjectCategory;
import cn.tenstrong.project.ProjectDraft;
import cn.tenstrong.project.ProjectLibrary;
import cn.tenstrong.project.ProjectStage;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.targeting.LeadBook.ProjectPlan;
import cn.tenstrong.targeting.persistence.LeadRows.Row;
import org.springframework.stereotype.Component;

/**
 * 签约转项目: a signed lead with an expected investment becomes a "双招双引"重点签约项目 in the project library, in the
 * owner's county (or the city) and, for a park, the park.
 */
@Component
class LeadSigning {

    private final OrgDirectory orgs;
    private final ProjectLibrary projects;
    private final LeadOwnership ownership;

    LeadSigning(OrgDirectory orgs, ProjectLibrary projects, LeadOwnership ownership) {
        this.orgs = orgs;
        this.projects = projects;
        this.ownership = ownership;
    }

    /** The project of a lead signed on {@code signedOn}, with the signing's plan checked first. */
    Project signedProject(Row lead, LocalDate signedOn, ProjectPlan plan) {
        return createProject(lead, signedOn, checkedPlan(plan, lead, signedOn));
    }

    /** The signing's project plan, checked; never null. */
    private static ProjectPlan checkedPlan(ProjectPlan plan, Row lead, LocalDate signedOn) {
        if (plan == null) {
            return new ProjectPlan(null, null);
        }
        if (plan.yearPlannedInvestment() != null && (plan.yearPlannedInvestment().signum() < 0
                || plan.yearPlannedInvestment().compareTo(lead.expectedInvestment()) > 0)) {
            throw DomainException.invalid("yearPlannedInvestment", "本年计划投资应在0到意向投资额之间");
        }
        if (plan.plannedStart() != null && plan.plannedStart().isBefore(signedOn)) {
            throw DomainException.invalid("plannedStart", "计划开工日期不能早于签约日期");
        }
        return plan;
    }

    private Project createProject(Row lead, LocalDate signedOn, ProjectPlan plan) {
        Organization owner = orgs.organization(lead.ownerOrgId()).orElse(null);
        String region = lead.cityCode();
        Long parkId = null;
        if (owner != null) {
            if (owner.kind() == OrganizationKind.PARK) {
                parkId = owner.id();
            }
            String ownerCity = ownership.cityOf(owner);
            if (owner.regionCode() != null && lead.cityCode().equals(ownerCity)) {
                region = owner.regionCode();
            }
        }
        String segment = lead.chainCode() == null ? null
                : lead.segmentCode() == null ? lead.chainCode() : lead.chainCode() + "/" + lead.segmentCode();
        return projects.create(new ProjectDraft(lead.enterpriseName() + "投资项目", lead.enterpriseId(),
                lead.enterpriseName(), lead.industryCode(), segment, region, parkId,
                EnumSet.of(ProjectCategory.ATTRACTION), lead.expectedInvestment(), plan.yearPlannedInvestment(),
                plan.yearPlannedInvestment() == null && plan.plannedStart() == null ? null
                        : (plan.plannedStart() != null ? plan.plannedStart() : signedOn).getYear(),
                plan.plannedStart(), ProjectStage.SIGNED, signedOn, null, null, null, "由招商线索 " + lead.id() + " 签约转入", 0),
                lead.eventId());
    }
}
