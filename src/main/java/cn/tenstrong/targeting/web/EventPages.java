package cn.tenstrong.targeting.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.EnterpriseQuery;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.web.PageErrors;
import cn.tenstrong.shared.Present;
import cn.tenstrong.targeting.EventBook;
import cn.tenstrong.targeting.EventDraft;
import cn.tenstrong.targeting.EventType;
import cn.tenstrong.targeting.InvestmentEvent;
import jakarta.servlet.http.HttpServletResponse;
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
 * enterprise-library search), leads and projects, and the create / edit form (bad input comes back with the message).
 */
@Controller
@PreAuthorize("hasAuthority('targeting:event:read')")
class EventPages {

    private final EventBook events;
    private final OrgDirectory orgs;
    private final ChainDirectory chains;
    private final EnterpriseLibrary enterprises;
    private final Present present;

    EventPages(EventBook events, OrgDirectory orgs, ChainDirectory chains, EnterpriseLibrary enterprises,
               Present present) {
        this.events = events;
        this.orgs = orgs;
        this.chains = chains;
        this.enterprises = enterprises;
        this.present = present;
    }

    /** The form's fields as typed. */
    record EventForm(String name, String type, String heldOn, String regionCode, String outsidePlace, String venue,
                     String organiserOrgId, String industryCode, String chainCode, String description, Integer version) {

        static EventForm empty() {
            return new EventForm("", "", "", "", "", "", "", "", "", "", 0);
        }

        static EventForm of(InvestmentEvent e) {
            return new EventForm(e.name(), e.type().name(), e.heldOn().toString(),
                    e.regionCode() == null ? "" : e.regionCode(), e.regionCode() == null ? e.placeName() : "",
                    e.venue(), Long.toString(e.organiserOrgId()), e.industryCode(),
                    e.chainCode() == null ? "" : e.chainCode(), e.description(), e.version());
        }

        EventDraft draft() {
            LocalDate held;
            try {
                held = heldOn == null || heldOn.isBlank() ? null : LocalDate.parse(heldOn.strip());
            } catch (DateTimeParseException e) {
                throw DomainException.invalid("heldOn", "举办日期格式应为 yyyy-MM-dd");
            }
            Long organiser;
            try {
                organiser = organiserOrgId == null || organiserOrgId.isBlank() ? null : Long.valueOf(organiserOrgId.strip());
            } catch (NumberFormatException e) {
                throw DomainException.invalid("organiserOrgId", "请选择主办单位");
            }
            return new EventDraft(name, EventType.parse(type).orElse(null), held, regionCode, outsidePlace, venue,
                    organiser, industryCode, chainCode, description, null, version == null ? 0 : version);
        }
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

    @GetMapping("/events/new")
    @PreAuthorize("hasAuthority('targeting:event:write')")
    String newForm(Model model) {
        if (!events.canCreate()) {
            throw DomainException.forbidden("无权登记招商活动");
        }
        return form(model, EventForm.empty(), null, Map.of());
    }

    @PostMapping("/events/new")
    @PreAuthorize("hasAuthority('targeting:event:write')")
    String create(EventForm form, Model model, HttpServletResponse response) {
        try {
            InvestmentEvent created = events.create(form.draft());
            return "redirect:/events/" + created.id();
        } catch (DomainException e) {
            return refused(e, form, null, model, response);
        }
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

    @GetMapping("/events/{id}/edit")
    @PreAuthorize("hasAuthority('targeting:event:write')")
    String editForm(@PathVariable long id, Model model) {
        InvestmentEvent event = editable(id);
        return form(model, EventForm.of(event), event, Map.of());
    }

    @PostMapping("/events/{id}/edit")
    @PreAuthorize("hasAuthority('targeting:event:write')")
    String update(@PathVariable long id, EventForm form, Model model, RedirectAttributes flash,
                  HttpServletResponse response) {
        InvestmentEvent event = editable(id);
        try {
            events.update(id, form.draft());
            flash.addFlashAttribute("ok", "saved");
            return "redirect:/events/" + id;
        } catch (DomainException e) {
            return refused(e, form, event, model, response);
        }
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

    private InvestmentEvent editable(long id) {
        InvestmentEvent event = events.require(id);
        if (!events.canEdit(event)) {
            throw DomainException.forbidden("无权修改该招商活动");
        }
        return event;
    }

    private String refused(DomainException e, EventForm form, InvestmentEvent event, Model model,
                           HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(e.field() == null ? "form" : e.field(), PageErrors.shown(e));
        response.setStatus(e.kind() == DomainException.Kind.CONFLICT ? 409 : 422);
        return form(model, form, event, errors);
    }

    private String form(Model model, EventForm form, InvestmentEvent event, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("event", event);
        model.addAttribute("errors", errors);
        model.addAttribute("types", EventType.values());
        model.addAttribute("industries", orgs.industries());
        model.addAttribute("regions", regions());
        model.addAttribute("organisers", events.organisers());
        model.addAttribute("chains", chains.chains());
        return "targeting/event-edit";
    }

    /** Shandong's cities, each followed by its counties. */
    private List<cn.tenstrong.org.Region> regions() {
        List<cn.tenstrong.org.Region> out = new java.util.ArrayList<>();
        for (cn.tenstrong.org.Region city : orgs.cities()) {
            out.add(city);
            out.addAll(orgs.counties(city.code()));
        }
        return out;
    }
}
