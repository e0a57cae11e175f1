package cn.tenstrong.targeting.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSummary;
import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.Region;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.web.PageErrors;
import cn.tenstrong.targeting.EventBook;
import cn.tenstrong.targeting.EventDraft;
import cn.tenstrong.targeting.EventType;
import cn.tenstrong.targeting.InvestmentEvent;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 登记招商活动 / 修改招商活动: the event form, shown empty, with an event, or again with the refusal by field (422,
 * 409). Every handler shows the form, so its choice lists are model attributes of the controller.
 */
@Controller
class EventFormPages {

    private final EventBook events;
    private final OrgDirectory orgs;
    private final ChainDirectory chains;

    EventFormPages(EventBook events, OrgDirectory orgs, ChainDirectory chains) {
        this.events = events;
        this.orgs = orgs;
        this.chains = chains;
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
        return "targeting/event-edit";
    }

    @ModelAttribute("types")
    EventType[] types() {
        return EventType.values();
    }

    @ModelAttribute("industries")
    List<Industry> industries() {
        return orgs.industries();
    }

    /** Shandong's cities, each followed by its counties. */
    @ModelAttribute("regions")
    List<Region> regions() {
        List<Region> out = new ArrayList<>();
        for (Region city : orgs.cities()) {
            out.add(city);
            out.addAll(orgs.counties(city.code()));
        }
        return out;
    }

    @ModelAttribute("organisers")
    List<Organization> organisers() {
        return events.organisers();
    }

    @ModelAttribute("chains")
    List<ChainSummary> chains() {
        return chains.chains();
    }
}
