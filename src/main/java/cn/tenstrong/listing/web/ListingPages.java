package cn.tenstrong.listing.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.EnterpriseQuery;
import cn.tenstrong.listing.CandidateDraft;
import cn.tenstrong.listing.ListingCandidate;
import cn.tenstrong.listing.ListingCandidates;
import cn.tenstrong.listing.ListingStage;
import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.web.PageErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 上市后备资源库 pages: counts per stage, city and industry as of a day, the list, 入库 from an enterprise-library
 * search, and one candidate with its stages, stage move and edit forms. A refused form returns with the reason.
 * Both pages choose industries and stages, so those lists are model attributes; the cities only the list needs.
 */
@Controller
@PreAuthorize("hasAuthority('listing:candidate:read')")
class ListingPages {

    private final ListingCandidates candidates;
    private final OrgDirectory orgs;
    private final EnterpriseLibrary enterprises;

    ListingPages(ListingCandidates candidates, OrgDirectory orgs, EnterpriseLibrary enterprises) {
        this.candidates = candidates;
        this.orgs = orgs;
        this.enterprises = enterprises;
    }

    @GetMapping("/listing")
    String list(@RequestParam(required = false) LocalDate asOf, @RequestParam(required = false) String stage,
                @RequestParam(required = false) String city, @RequestParam(required = false) String industry,
                @RequestParam(required = false) String q, Model model) {
        ListingStage s = stage == null || stage.isBlank() ? null : ListingStage.parse(stage).orElse(null);
        var counts = candidates.counts(asOf);
        model.addAttribute("counts", counts);
        model.addAttribute("asOf", counts.asOf());
        model.addAttribute("stage", s == null ? "" : s.name());
        model.addAttribute("city", city == null ? "" : city);
        model.addAttribute("industry", industry == null ? "" : industry);
        model.addAttribute("candidates", candidates.candidates(s, city, industry));
        model.addAttribute("cities", orgs.cities());
        boolean canCreate = candidates.canCreate();
        model.addAttribute("canCreate", canCreate);
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text);
        model.addAttribute("found", canCreate && !text.isEmpty()
                ? enterprises.search(new EnterpriseQuery(text, "37", null, List.of(), null, null, false, 0, 20))
                .enterprises() : List.of());
        return "listing/candidates";
    }

    @PostMapping("/listing")
    @PreAuthorize("hasAuthority('listing:candidate:write')")
    String enrol(@RequestParam long enterpriseId, @RequestParam(defaultValue = "") String industryCode,
                 @RequestParam(defaultValue = "") String stage, @RequestParam(required = false) LocalDate stageOn,
                 @RequestParam(defaultValue = "") String targetBoard, @RequestParam(defaultValue = "") String notes,
                 @RequestParam(defaultValue = "") String q, RedirectAttributes flash) {
        try {
            ListingCandidate c = candidates.enrol(new CandidateDraft(enterpriseId, industryCode,
                    ListingStage.parse(stage).orElse(null), stageOn, targetBoard, notes, 0));
            flash.addFlashAttribute("ok", "enrolled");
            return "redirect:/listing/" + c.id();
        } catch (DomainException e) {
            PageErrors.flash(e, flash);
            flash.addAttribute("q", q);
            return "redirect:/listing";
        }
    }

    @GetMapping("/listing/{id}")
    String candidate(@PathVariable long id, Model model) {
        ListingCandidate c = candidates.require(id);
        model.addAttribute("c", c);
        model.addAttribute("canEdit", candidates.canEdit(c));
        model.addAttribute("nextStages", Arrays.stream(ListingStage.values())
                .filter(s -> s.ordinal() > c.stage().ordinal()).toList());
        return "listing/candidate";
    }

    @ModelAttribute("stages")
    ListingStage[] stages() {
        return ListingStage.values();
    }

    /** The stages a candidate can enter the 资源库 at. */
    @ModelAttribute("entryStages")
    List<ListingStage> entryStages() {
        return List.of(ListingStage.CULTIVATING, ListingStage.TUTORING, ListingStage.FILED, ListingStage.APPROVED);
    }

    @ModelAttribute("industries")
    List<Industry> industries() {
        return orgs.industries();
    }

    @PostMapping("/listing/{id}/stage")
    @PreAuthorize("hasAuthority('listing:candidate:write')")
    String move(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String stage,
                @RequestParam(required = false) LocalDate on, @RequestParam(defaultValue = "") String note,
                RedirectAttributes flash) {
        return act(id, flash, "moved", () -> candidates.advance(id, version, ListingStage.parse(stage).orElse(null),
                on, note));
    }

    @PostMapping("/listing/{id}/edit")
    @PreAuthorize("hasAuthority('listing:candidate:write')")
    String edit(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String industryCode,
                @RequestParam(defaultValue = "") String targetBoard, @RequestParam(defaultValue = "") String notes,
                RedirectAttributes flash) {
        return act(id, flash, "saved", () -> candidates.update(id, new CandidateDraft(null, industryCode, null, null,
                targetBoard, notes, version)));
    }

    private String act(long id, RedirectAttributes flash, String ok, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("ok", ok);
        } catch (DomainException e) {
            PageErrors.flash(e, flash);
        }
        return "redirect:/listing/" + id;
    }
}
