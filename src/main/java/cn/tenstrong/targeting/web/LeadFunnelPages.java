package cn.tenstrong.targeting.web;

import java.time.Clock;
import java.time.LocalDate;

import cn.tenstrong.shared.DomainException;
import cn.tenstrong.targeting.LeadBook;
import cn.tenstrong.targeting.LeadFunnel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** 招商漏斗: the page (table and ECharts funnel) and the JSON its chart reads. */
@Controller
class LeadFunnelPages {

    private final LeadBook leads;
    private final cn.tenstrong.targeting.EventBook events;
    private final Clock clock;

    LeadFunnelPages(LeadBook leads, cn.tenstrong.targeting.EventBook events, Clock clock) {
        this.leads = leads;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/leads/funnel")
    @PreAuthorize("hasAuthority('targeting:lead:read')")
    String funnel(@RequestParam(required = false) String year, @RequestParam(required = false) Long event,
                  Model model) {
        Integer y = year(year, event != null ? null : LocalDate.now(clock).getYear());
        model.addAttribute("year", y);
        model.addAttribute("event", event);
        model.addAttribute("funnel", leads.funnel(y, event));
        model.addAttribute("events", events.events(null, null, null, null));
        return "targeting/funnel";
    }

    @GetMapping("/leads/funnel/data")
    @PreAuthorize("hasAuthority('targeting:lead:read')")
    @ResponseBody
    LeadFunnel funnelData(@RequestParam(required = false) String year, @RequestParam(required = false) Long event) {
        return leads.funnel(year(year, null), event);
    }

    /** A year from the filter: absent → the default, blank → all years. */
    private static Integer year(String text, Integer absent) {
        if (text == null) {
            return absent;
        }
        if (text.isBlank()) {
            return null;
        }
        try {
            int y = Integer.parseInt(text.strip());
            if (y < 2000 || y > 2100) {
                throw DomainException.invalid("年度应在2000到2100之间");
            }
            return y;
        } catch (NumberFormatException e) {
            throw DomainException.invalid("年度应为4位数字");
        }
    }
}
