package cn.tenstrong.portal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import cn.tenstrong.chain.ChainAlliance;
import cn.tenstrong.chain.ChainLeadership;
import cn.tenstrong.chain.ChainSummary;
import cn.tenstrong.chain.ChainTasks;
import cn.tenstrong.ledger.Ledger;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.portal.internal.ChainPolicyService;
import cn.tenstrong.shared.AsOf;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.web.PageErrors;
import cn.tenstrong.shared.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 链长制 tab of a chain (链长, 链主/骨干, 包挂单位, 联盟/协会, 链上任务 with their status on a 评估日期) and its 一链一策
 * Word document. In the portal because the tasks' status comes from the ledger, which the chain module may not use.
 */
@Controller
@PreAuthorize("hasAuthority('chain:chain:read')")
class ChainLeadershipPages {

    private static final int MAX_SUGGESTIONS = 30;
    /** The directory's kinds a 包挂单位 is chosen from: bodies of government, not bureaus, parks or collective names. */
    private static final List<OrganizationKind> AGENCY_KINDS = List.of(OrganizationKind.PROVINCE_DEPT,
            OrganizationKind.CENTRAL_IN_PROVINCE, OrganizationKind.CITY_GOV);

    private final ChainPolicyService policies;
    private final ChainLeadership leadership;
    private final ChainTasks tasks;
    private final Ledger ledger;
    private final OrgDirectory orgs;

    ChainLeadershipPages(ChainPolicyService policies, ChainLeadership leadership, ChainTasks tasks, Ledger ledger,
                         OrgDirectory orgs) {
        this.policies = policies;
        this.leadership = leadership;
        this.tasks = tasks;
        this.ledger = ledger;
        this.orgs = orgs;
    }

    @GetMapping("/chains/{code}/leadership")
    String page(@PathVariable String code, @RequestParam(required = false) LocalDate asOf, Model model) {
        ChainSummary chain = policies.chain(code);
        AsOf day = ledger.asOf(asOf);
        boolean canEdit = policies.canEdit(code);
        model.addAttribute("chain", chain);
        model.addAttribute("asOf", day);
        model.addAttribute("policy", policies.page(code, day));
        model.addAttribute("canEditChief", policies.canEditChief());
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("kinds", ChainAlliance.Kind.values());
        if (canEdit) {
            List<cn.tenstrong.chain.TaskSuggestion> candidates = tasks.candidates(code);
            model.addAttribute("suggestions", candidates.stream().filter(s -> !s.words().isEmpty())
                    .limit(MAX_SUGGESTIONS).toList());
            model.addAttribute("candidates", candidates);
            List<Organization> agencies = new ArrayList<>();
            AGENCY_KINDS.forEach(k -> agencies.addAll(orgs.organizations(k)));
            model.addAttribute("organizations", agencies);
        }
        return "portal/chain-leadership";
    }

    @GetMapping("/chains/{code}/policy.docx")
    ResponseEntity<byte[]> policy(@PathVariable String code, @RequestParam(required = false) LocalDate asOf) {
        ChainSummary chain = policies.chain(code);
        AsOf day = ledger.asOf(asOf);
        return Downloads.attachment(policies.document(code, day), chain.name() + "-一链一策-" + day.date() + ".docx",
                Downloads.DOCX);
    }

    @PostMapping("/chains/{code}/leadership/chief")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    String chief(@PathVariable String code, @RequestParam int version, @RequestParam String name,
                 @RequestParam String post, @RequestParam(required = false) LocalDate asOf,
                 RedirectAttributes redirect) {
        return act(code, asOf, "chief", redirect, () -> leadership.setChief(code, version, name, post).name());
    }

    @PostMapping("/chains/{code}/leadership/chief/clear")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    String clearChief(@PathVariable String code, @RequestParam int version, @RequestParam(required = false) LocalDate asOf,
                 RedirectAttributes redirect) {
        return act(code, asOf, "chief", redirect, () -> {
            leadership.clearChief(code, version);
            return "";
        });
    }

    @PostMapping("/chains/{code}/leadership/agencies")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    String addAgency(@PathVariable String code, @RequestParam long organizationId,
                     @RequestParam(defaultValue = "") String duty, @RequestParam(required = false) LocalDate asOf,
                 RedirectAttributes redirect) {
        return act(code, asOf, "agencies", redirect, () -> leadership.addAgency(code, organizationId, duty).organizationName());
    }

    @PostMapping("/chains/{code}/leadership/agencies/{id}/delete")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    String removeAgency(@PathVariable String code, @PathVariable long id, @RequestParam int version,
                        @RequestParam(required = false) LocalDate asOf,
                 RedirectAttributes redirect) {
        return act(code, asOf, "agencies", redirect, () -> {
            leadership.removeAgency(id, version);
            return "";
        });
    }

    @PostMapping("/chains/{code}/leadership/alliances")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    String addAlliance(@PathVariable String code, @RequestParam String name, @RequestParam String kind,
                       @RequestParam(defaultValue = "") String note, @RequestParam(required = false) LocalDate asOf,
                 RedirectAttributes redirect) {
        return act(code, asOf, "alliances", redirect, () -> leadership.addAlliance(code, name, kind, note).name());
    }

    @PostMapping("/chains/{code}/leadership/alliances/{id}/delete")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    String removeAlliance(@PathVariable String code, @PathVariable long id, @RequestParam int version,
                          @RequestParam(required = false) LocalDate asOf,
                 RedirectAttributes redirect) {
        return act(code, asOf, "alliances", redirect, () -> {
            leadership.removeAlliance(id, version);
            return "";
        });
    }

    @PostMapping("/chains/{code}/leadership/tasks")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    String tag(@PathVariable String code, @RequestParam long itemId,
               @RequestParam(defaultValue = "false") boolean suggested, @RequestParam(required = false) LocalDate asOf,
                 RedirectAttributes redirect) {
        return act(code, asOf, "tasks", redirect, () -> tasks.tag(code, itemId, suggested).item().label());
    }

    @PostMapping("/chains/{code}/leadership/tasks/{id}/delete")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    String untag(@PathVariable String code, @PathVariable long id, @RequestParam int version,
                 @RequestParam(required = false) LocalDate asOf,
                 RedirectAttributes redirect) {
        return act(code, asOf, "tasks", redirect, () -> {
            tasks.untag(id, version);
            return "";
        });
    }

    /**
     * Runs a change and returns to the tab's section; an invalid or stale change is shown there as the service worded
     * it (refusals and missing records go to the error page with their status).
     */
    private static String act(String code, LocalDate asOf, String section, RedirectAttributes redirect,
                              Supplier<String> change) {
        try {
            redirect.addFlashAttribute("saved", change.get());
        } catch (DomainException e) {
            PageErrors.flash(e, redirect);
        }
        // back to the date the page was judged on, not to today
        return "redirect:/chains/" + code + "/leadership" + (asOf == null ? "" : "?asOf=" + asOf) + "#" + section;
    }
}
