package cn.tenstrong.targeting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSummary;
import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.shared.Amount;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.web.PageErrors;
import jakarta.servlet.http.HttpServletResponse;
import cn.tenstrong.targeting.InvestmentEvent;
import cn.tenstrong.targeting.Lead;
import cn.tenstrong.targeting.LeadBook;
import cn.tenstrong.targeting.LeadDraft;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 登记线索 / 修改线索: the lead form, shown empty, with a lead, or again with the refusal by field. Every handler
 * shows the form, so its choice lists (industries, segments, events) are model attributes of the controller; the
 * owners depend on the lead shown.
 */
@Controller
class LeadEditPages {

    private final LeadBook leads;
    private final ChainDirectory chains;
    private final OrgDirectory orgs;
    private final cn.tenstrong.targeting.EventBook events;

    LeadEditPages(LeadBook leads, ChainDirectory chains, OrgDirectory orgs, cn.tenstrong.targeting.EventBook events) {
        this.leads = leads;
        this.events = events;
        this.chains = chains;
        this.orgs = orgs;
    }

    /** The lead form's fields as text, so bad input comes back to the form with a Chinese message. */
    record LeadForm(String enterpriseId, String enterpriseName, String industryCode, String segment,
                    String expectedInvestment, String contact, String notes, String ownerOrgId, Integer version,
                    String eventId) {

        static LeadForm empty() {
            return new LeadForm("", "", "", "", "", "", "", "", 0, "");
        }

        static LeadForm of(Lead l) {
            return new LeadForm(l.enterpriseId() == null ? "" : l.enterpriseId().toString(), l.enterpriseName(),
                    l.industryCode(), l.qualifiedSegment() == null ? "" : l.qualifiedSegment(),
                    l.expectedInvestment() == null ? "" : Amount.format(l.expectedInvestment(), "元"),
                    l.contact(), l.notes(), Long.toString(l.ownerOrgId()), l.version(),
                    l.eventId() == null ? "" : l.eventId().toString());
        }

        /** The draft, or null with every field that cannot be read named in {@code errors}. */
        LeadDraft draft(Map<String, String> errors) {
            Long enterprise = read(errors, "enterpriseId", () -> id(enterpriseId, "企业库编号"));
            BigDecimal investment = read(errors, "expectedInvestment", () -> amount(expectedInvestment));
            Long owner = read(errors, "ownerOrgId", () -> id(ownerOrgId, "跟进单位"));
            Long event = read(errors, "eventId", () -> id(eventId, "招商活动"));
            return errors.isEmpty() ? new LeadDraft(enterprise, enterpriseName, industryCode, segment, investment,
                    contact, notes, owner, version == null ? 0 : version, event) : null;
        }

        private static <T> T read(Map<String, String> errors, String field, java.util.function.Supplier<T> reader) {
            try {
                return reader.get();
            } catch (DomainException e) {
                errors.put(field, e.getMessage());
                return null;
            }
        }
    }

    @GetMapping("/leads/new")
    @PreAuthorize("hasAuthority('targeting:lead:write')")
    String newForm(Model model) {
        if (!leads.canCreate()) {
            throw DomainException.forbidden("无权登记招商线索");
        }
        return form(model, LeadForm.empty(), null);
    }

    @PostMapping("/leads/new")
    @PreAuthorize("hasAuthority('targeting:lead:write')")
    String create(LeadForm form, Model model, HttpServletResponse response) {
        return save(form, null, draft -> "redirect:/leads/" + leads.create(draft).id(), model, response);
    }

    @GetMapping("/leads/{id}/edit")
    @PreAuthorize("hasAuthority('targeting:lead:write')")
    String editForm(@PathVariable long id, Model model) {
        Lead lead = editable(id);
        return form(model, LeadForm.of(lead), lead);
    }

    @PostMapping("/leads/{id}/edit")
    @PreAuthorize("hasAuthority('targeting:lead:write')")
    String update(@PathVariable long id, LeadForm form, Model model, RedirectAttributes flash,
                  HttpServletResponse response) {
        return save(form, id, draft -> {
            leads.update(id, draft);
            flash.addFlashAttribute("ok", "saved");
            return "redirect:/leads/" + id;
        }, model, response);
    }

    /**
     * Saves what was typed, or shows the form again: fields that cannot be read and the service's refusal by field
     * (422), a stale version (409).
     */
    private String save(LeadForm form, Long id, Function<LeadDraft, String> saving, Model model,
                        HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        LeadDraft draft = form.draft(errors);
        if (draft != null) {
            try {
                return saving.apply(draft);
            } catch (DomainException e) {
                errors.put(e.field() == null ? "form" : e.field(), PageErrors.shown(e));
                if (e.kind() == DomainException.Kind.CONFLICT) {
                    errors.put("conflict", e.getMessage());
                }
            }
        }
        model.addAttribute("errors", errors);
        response.setStatus(errors.containsKey("conflict") ? 409 : 422);
        return form(model, form, id == null ? null : leads.require(id));
    }

    private Lead editable(long id) {
        Lead lead = leads.require(id);
        if (!leads.canEdit(lead)) {
            throw DomainException.forbidden("只能修改本单位（本市、本园区）的招商线索");
        }
        return lead;
    }

    private String form(Model model, LeadForm form, Lead lead) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        model.addAttribute("form", form);
        model.addAttribute("lead", lead);
        model.addAttribute("isNew", lead == null);
        model.addAttribute("segmentPath", lead == null ? "" : segmentPath(chains, lead.chainCode(), lead.segmentCode()));
        List<Organization> owners = new ArrayList<>(leads.owners());
        if (lead != null && owners.stream().noneMatch(o -> o.id() == lead.ownerOrgId())) {
            orgs.organization(lead.ownerOrgId()).ifPresent(o -> owners.add(0, o));
        }
        model.addAttribute("owners", owners);
        return "targeting/edit";
    }

    @ModelAttribute("industries")
    List<Industry> industries() {
        return orgs.industries();
    }

    /** 来源招商活动: the events the user may see. */
    @ModelAttribute("events")
    List<InvestmentEvent> events() {
        return events.events(null, null, null, null);
    }

    /** "chain/segment" → "集成电路 · 上游 / 材料 / 硅片", for the segment picker. */
    @ModelAttribute("segments")
    Map<String, String> segmentChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        for (ChainSummary s : chains.chains()) {
            chains.chain(s.code()).ifPresent(c -> {
                choices.put(c.code(), c.name());
                c.segments().forEach(seg -> choices.put(seg.qualifiedCode(), c.name() + " · " + c.pathLabel(seg.code())));
            });
        }
        return choices;
    }

    /** "集成电路 · 上游 / 材料 / 硅片" for a lead's chain and segment; empty without a chain. */
    static String segmentPath(ChainDirectory chains, String chainCode, String segmentCode) {
        if (chainCode == null) {
            return "";
        }
        return chains.chain(chainCode).map(c -> segmentCode == null ? c.name()
                : c.name() + " · " + c.pathLabel(segmentCode)).orElse(chainCode);
    }

    private static Long id(String text, String what) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(t);
        } catch (NumberFormatException e) {
            throw DomainException.invalid(what + "应为数字：" + t);
        }
    }

    /** 意向投资额 as officials write it (3.5亿, 3,500万元), in 元. */
    private static BigDecimal amount(String text) {
        return Amount.parseOptional(text, "元").map(Amount::value).orElse(null);
    }
}
