package cn.tenstrong.audit.web;

import java.util.List;

import cn.tenstrong.audit.AuditEntry;
import cn.tenstrong.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计日志 page and its JSON endpoints (系统管理员 only). */
@Controller
class AuditPages {

    private static final int PAGE = 100;
    private final AuditLog log;

    AuditPages(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasAuthority('audit:log:read')")
    String page(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String entity,
                @RequestParam(defaultValue = "0") long before, Model model) {
        List<AuditEntry> entries = log.recent(actor, entity, PAGE, before);
        model.addAttribute("entries", entries);
        model.addAttribute("actor", actor);
        model.addAttribute("entity", entity);
        model.addAttribute("total", log.count());
        model.addAttribute("nextBefore", entries.size() == PAGE ? entries.get(entries.size() - 1).id() : null);
        return "audit/log";
    }

    @PostMapping("/audit/verify")
    @PreAuthorize("hasAuthority('audit:log:read')")
    String verifyFragment(Model model) {
        model.addAttribute("result", log.verify());
        return "audit/log :: verification";
    }
}
