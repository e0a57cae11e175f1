package cn.tenstrong.supervision.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.access.DataScope;
import cn.tenstrong.access.Role;
import cn.tenstrong.ledger.ProgressRounds;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.plan.PlanCatalog;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.web.PageErrors;
import cn.tenstrong.supervision.InspectionScope;
import cn.tenstrong.supervision.InspectionView;
import cn.tenstrong.supervision.Inspections;
import cn.tenstrong.supervision.NewEvidence;
import cn.tenstrong.supervision.NewFinding;
import cn.tenstrong.supervision.NewInspection;
import cn.tenstrong.supervision.RectificationView;
import cn.tenstrong.supervision.Rectifications;
import cn.tenstrong.supervision.Severity;
import cn.tenstrong.supervision.SupervisionBoard;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 督导检查 pages: the inspections with their counts and the form that opens one, one inspection with its findings and
 * the finding form. A refused form comes back to its page with the reason; what the user may not see answers 403.
 * Both pages offer the scopes, severities and the bodies a 整改 can be given to, so those are model attributes (five
 * reference queries for the owners, also before the two saves redirect).
 */
@Controller
@PreAuthorize("hasAuthority('supervision:inspection:read')")
class InspectionPages {

    /** An option of the plan-item list of the finding form. */
    record ItemOption(long id, String label) {
    }

    private final Inspections inspections;
    private final Rectifications rectifications;
    private final SupervisionBoard board;
    private final CurrentUsers users;
    private final OrgDirectory orgs;
    private final ProgressRounds rounds;
    private final PlanCatalog plans;

    InspectionPages(Inspections inspections, Rectifications rectifications, SupervisionBoard board,
                    CurrentUsers users, OrgDirectory orgs, ProgressRounds rounds, PlanCatalog plans) {
        this.inspections = inspections;
        this.rectifications = rectifications;
        this.board = board;
        this.users = users;
        this.orgs = orgs;
        this.rounds = rounds;
        this.plans = plans;
    }

    @GetMapping("/supervision")
    String list(@RequestParam(required = false) LocalDate asOf, Model model) {
        CurrentUser me = users.require();
        LocalDate day = asOf == null ? board.today() : asOf;
        model.addAttribute("asOf", day);
        model.addAttribute("inspections", inspections.inspections());
        model.addAttribute("counts", board.counts(me.dataScope() == DataScope.OWN_INDUSTRY
                ? me.industryCode() : null, day));
        model.addAttribute("ownScopeCounts", me.dataScope() == DataScope.OWN_ORG
                || me.dataScope() == DataScope.OWN_CITY
                || me.dataScope() == DataScope.OWN_PARK);
        model.addAttribute("manager", me.can("supervision:inspection:write"));
        model.addAttribute("industries", orgs.industries().stream().filter(i -> me.has(Role.SYS_ADMIN)
                || me.industryCode() != null && i.code().startsWith(me.industryCode())).toList());
        model.addAttribute("myIndustry", me.industryCode());
        model.addAttribute("rounds", rounds.rounds().stream().filter(r -> me.has(Role.SYS_ADMIN)
                || r.industryCode() == null || r.industryCode().equals(me.industryCode())).toList());
        model.addAttribute("today", board.today());
        return "supervision/inspections";
    }

    @PostMapping("/supervision/inspections")
    @PreAuthorize("hasAuthority('supervision:inspection:write')")
    String open(@RequestParam InspectionScope scope, @RequestParam(defaultValue = "") String industryCode,
                @RequestParam(required = false) Long roundId, @RequestParam(required = false) Long organizationId,
                @RequestParam(defaultValue = "") String title, @RequestParam(required = false) LocalDate inspectedOn,
                @RequestParam(defaultValue = "") String basis, RedirectAttributes redirect) {
        try {
            InspectionView created = inspections.open(new NewInspection(scope, industryCode, roundId, organizationId,
                    title, inspectedOn, basis));
            redirect.addFlashAttribute("message", "supervision.inspection.opened");
            return "redirect:/supervision/inspections/" + created.id();
        } catch (DomainException refused) {
            return refused(refused, redirect, "/supervision");
        }
    }

    @GetMapping("/supervision/inspections/{id}")
    String inspection(@PathVariable long id, @RequestParam(required = false) LocalDate asOf, Model model) {
        CurrentUser me = users.require();
        InspectionView inspection = inspections.inspection(id);
        LocalDate day = asOf == null ? board.today() : asOf;
        model.addAttribute("asOf", day);
        model.addAttribute("inspection", inspection);
        model.addAttribute("rectifications", rectifications.rectifications(
                new Rectifications.Filter(id, null, false, day)));
        boolean manager = me.can("supervision:inspection:write") && (me.has(Role.SYS_ADMIN)
                || me.industryCode() != null && inspection.industryCode().startsWith(me.industryCode()));
        model.addAttribute("manager", manager);
        if (manager) {
            model.addAttribute("items", items(inspection.industryCode()));
            model.addAttribute("defaultDeadline", board.today().plusDays(30));
        }
        return "supervision/inspection";
    }

    @PostMapping("/supervision/inspections/{id}/findings")
    @PreAuthorize("hasAuthority('supervision:inspection:write')")
    String addFinding(@PathVariable long id, @RequestParam(required = false) Long itemId,
                      @RequestParam(required = false) Long ownerOrganizationId,
                      @RequestParam(required = false) Severity severity, @RequestParam(defaultValue = "") String description,
                      @RequestParam(required = false) LocalDate deadline,
                      @RequestParam(defaultValue = "") String acceptanceCriteria,
                      @RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String linkName,
                      @RequestParam(defaultValue = "") String url, RedirectAttributes redirect) throws IOException {
        try {
            RectificationView created = inspections.addFinding(id, new NewFinding(itemId, ownerOrganizationId, severity,
                    description, deadline, acceptanceCriteria));
            for (NewEvidence e : EvidenceUpload.of(file, linkName, url)) {
                inspections.addFindingEvidence(created.id(), e);
            }
            redirect.addFlashAttribute("message", "supervision.finding.added");
            return "redirect:/supervision/inspections/" + id + "#rectification-" + created.id();
        } catch (DomainException refused) {
            return refused(refused, redirect, "/supervision/inspections/" + id);
        }
    }

    @ModelAttribute("scopes")
    InspectionScope[] scopes() {
        return InspectionScope.values();
    }

    @ModelAttribute("severities")
    Severity[] severities() {
        return Severity.values();
    }

    /** A form refused for its content or a concurrent change goes back with the reason; the others are errors. */
    private static String refused(DomainException refused, RedirectAttributes redirect, String page) {
        PageErrors.flash(refused, redirect);
        return "redirect:" + page;
    }

    /** The bodies a 整改 can be given to: departments, central units in the province, cities, bureaus and parks. */
    @ModelAttribute("owners")
    List<Organization> owners() {
        List<Organization> out = new ArrayList<>();
        for (OrganizationKind kind : List.of(OrganizationKind.PROVINCE_DEPT, OrganizationKind.CENTRAL_IN_PROVINCE,
                OrganizationKind.CITY_GOV, OrganizationKind.CITY_BUREAU, OrganizationKind.PARK)) {
            out.addAll(orgs.organizations(kind));
        }
        return out;
    }

    /** The items of the industry's active plans (文旅 09 covers 0901 and 0902), for the finding form. */
    private List<ItemOption> items(String industryCode) {
        List<ItemOption> out = new ArrayList<>();
        plans.activePlans().stream().filter(p -> p.industryCode() != null && p.industryCode().startsWith(industryCode))
                .sorted(Comparator.comparing(p -> p.industryCode()))
                .forEach(p -> plans.plan(p.id()).ifPresent(detail -> {
                    for (PlanItemView i : detail.items()) {
                        String text = i.heading() != null ? i.heading() : i.text();
                        out.add(new ItemOption(i.id(), p.industryName() + " " + i.label() + " "
                                + (text.length() > 30 ? text.substring(0, 30) + "…" : text)));
                    }
                }));
        return out;
    }
}