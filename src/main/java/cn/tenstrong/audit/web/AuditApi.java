package cn.tenstrong.audit.web;

import java.util.List;

import cn.tenstrong.audit.AuditEntry;
import cn.tenstrong.audit.AuditLog;
import cn.tenstrong.audit.ChainVerification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the audit log (系统管理员 only). */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "审计日志")
class AuditApi {

    private final AuditLog log;

    AuditApi(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/entries")
    @PreAuthorize("hasAuthority('audit:log:read')")
    @Operation(summary = "审计记录（倒序，before=上一页最后一条的序号）")
    List<AuditEntry> entries(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String entity,
                             @RequestParam(defaultValue = "0") long before, @RequestParam(defaultValue = "100") int limit) {
        return log.recent(actor, entity, limit, before);
    }

    @GetMapping("/verification")
    @PreAuthorize("hasAuthority('audit:log:read')")
    @Operation(summary = "重新计算哈希链，报告被篡改的记录")
    ChainVerification verify() {
        return log.verify();
    }
}
