package cn.tenstrong.targeting.web;

import java.time.LocalDate;
import java.util.List;

import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.EnterpriseQuery;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.web.PageErrors;
import cn.tenstrong.shared.Present;
import cn.tenstrong.targeting.EventBook;
import cn.tenstrong.targeting.EventType;
import cn.tenstrong.targeting.InvestmentEvent;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 招商活动 pages: the list with counts per industry and city, one event with its participants (added from an
 * enterprise-library search), leads and projects (the create / edit form: {@link EventFormPages}).
 */
@Controller
@PreAuthorize("hasAuthority('targeting:event:read')")
class EventPages {

    private final EventBook events;
    private final OrgDirectory orgs;
    private final EnterpriseLibrary enterprises;
    private final Present present;

    EventPages(EventBook events, OrgDirectory orgs, EnterpriseLibrary enterprises, Present present) {
        this.events = events;
        this.orgs = orgs;
        this.enterprises = enterprises;
        this.present = present;
    }

    @GetMapping("/events")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) LocalDate asOf,
                @RequestParam(required = false) String industry, @RequestParam(required = false) String city,
                @RequestParam(required = false) String type, Model model) {
        LocalDate day = asOf != null ? asOf : year != null ? LocalDate.of(year, 12, 31) : present.today();
        int y = year != null ? year : day.getYear();
        if (y < 2000 || y > 2100) {
            throw DomainException.invalid("年度应在2000到2100之间");
        }
        EventType t = type == null || type.isBlank() ? null : EventType.parse(type).orElse(null);
        model.addAttribute("year", y);
        model.addAttribute("asOf", day);
        model.addAttribute("industry", industry == null ? "" : industry);
        model.addAttribute("city", city == null ? "" : city);
        model.addAttribute("type", t == null ? "" : t.name());
        model.addAttribute("events", events.events(y, industry, city, t));
        model.addAttribute("counts", events.counts(y, day));
        model.addAttribute("types", EventType.values());
        model.addAttribute("industries", orgs.industries());
        model.addAttribute("cities", orgs.cities());
        model.addAttribute("canCreate", events.canCreate());
        return "targeting/events";
    }

    @GetMapping("/events/{id}")
    String event(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        InvestmentEvent event = events.require(id);
        boolean canEdit = events.canEdit(event);
        model.addAttribute("event", event);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("leads", events.leads(id));
        model.addAttribute("projects", events.projects(id));
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text);
        model.addAttribute("found", canEdit && !text.isEmpty()
                ? enterprises.search(new EnterpriseQuery(text, null, null, List.of(), null, null, false, 0, 20))
                .enterprises() : List.of());
        return "targeting/event";
    }

    @PostMapping("/events/{id}/enterprises")
    @PreAuthorize("hasAuthority('targeting:event:write')")
    String addParticipant(@PathVariable long id, @RequestParam long enterpriseId, @RequestParam int version,
                          RedirectAttributes flash) {
        try {
            events.addParticipant(id, enterpriseId, version);
            flash.addFlashAttribute("ok", "participant");
        } catch (DomainException e) {
            PageErrors.flash(e, flash);
        }
        return "redirect:/events/" + id + "#participants";
    }

    @PostMapping("/events/{id}/enterprises/{enterpriseId}/remove")
    @PreAuthorize("hasAuthority('targeting:event:write')")
    String removeParticipant(@PathVariable long id, @PathVariable long enterpriseId, @RequestParam int version,
                             RedirectAttributes flash) {
        try {
            events.removeParticipant(id, enterpriseId, version);
            flash.addFlashAttribute("ok", "removed");
        } catch (DomainException e) {
            PageErrors.flash(e, flash);
        }
        return "redirect:/events/" + id + "#participants";
    }
}
