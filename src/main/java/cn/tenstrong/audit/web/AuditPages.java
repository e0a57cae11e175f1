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
    private final AuditLabels labels;

    AuditPages(AuditLog log, AuditLabels labels) {
        this.log = log;
        this.labels = labels;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasAuthority('audit:log:read')")
    String page(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String entity,
                @RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "0") long before,
                Model model) {
        // entity and action are searched by their Chinese names (项目, 线索, 登录失败 …) or by their codes
        List<AuditEntry> entries = log.recent(actor, AuditLabels.codes(labels.entities(), entity),
                AuditLabels.codes(labels.actions(), action), PAGE, before);
        model.addAttribute("entries", entries.stream().map(labels::row).toList());
        model.addAttribute("action", action);
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
