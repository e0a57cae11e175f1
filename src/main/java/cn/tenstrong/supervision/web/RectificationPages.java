package cn.tenstrong.supervision.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.access.Role;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.web.PageErrors;
import cn.tenstrong.supervision.Inspections;
import cn.tenstrong.supervision.NewEvidence;
import cn.tenstrong.supervision.RectificationStatus;
import cn.tenstrong.supervision.RectificationView;
import cn.tenstrong.supervision.Rectifications;
import cn.tenstrong.supervision.SupervisionBoard;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 整改 pages: the 整改台账 and one 整改 with its report, evidence, verification and 回头看 forms. A refused form comes back
 * to its page with the reason; what the user may not see answers 403.
 */
@Controller
@PreAuthorize("hasAuthority('supervision:inspection:read')")
class RectificationPages {

    private final Inspections inspections;
    private final Rectifications rectifications;
    private final SupervisionBoard board;
    private final CurrentUsers users;

    RectificationPages(Inspections inspections, Rectifications rectifications, SupervisionBoard board,
                       CurrentUsers users) {
        this.inspections = inspections;
        this.rectifications = rectifications;
        this.board = board;
        this.users = users;
    }

    @GetMapping("/supervision/rectifications")
    String ledger(@RequestParam(required = false) RectificationStatus status,
                  @RequestParam(defaultValue = "false") boolean overdue,
                  @RequestParam(required = false) LocalDate asOf, Model model) {
        LocalDate day = asOf == null ? board.today() : asOf;
        model.addAttribute("asOf", day);
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("rectifications", rectifications.rectifications(
                new Rectifications.Filter(null, status, overdue, day)));
        return "supervision/rectifications";
    }

    @GetMapping("/supervision/rectifications/{id}")
    String rectification(@PathVariable long id, Model model) {
        CurrentUser me = users.require();
        RectificationView r = rectifications.rectification(id);
        LocalDate today = board.today();
        model.addAttribute("r", r);
        model.addAttribute("today", today);
        model.addAttribute("owner", me.can("supervision:rectification:write") && r.ownerOrganizationId() == me.organizationId());
        model.addAttribute("manager", me.can("supervision:inspection:write") && (me.has(Role.SYS_ADMIN)
                || me.industryCode() != null && r.industryCode().startsWith(me.industryCode())));
        model.addAttribute("defaultRecheck", today.plusMonths(3));
        model.addAttribute("defaultDeadline", today.plusDays(30));
        return "supervision/rectification";
    }

    @PostMapping("/supervision/rectifications/{id}/report")
    @PreAuthorize("hasAuthority('supervision:rectification:write')")
    String report(@PathVariable long id, @RequestParam(defaultValue = "0") int version,
                  @RequestParam(defaultValue = "") String text, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(defaultValue = "") String linkName, @RequestParam(defaultValue = "") String url,
                  RedirectAttributes redirect) throws IOException {
        try {
            rectifications.report(id, version, text, EvidenceUpload.of(file, linkName, url));
            redirect.addFlashAttribute("message", "supervision.rectification.reported");
        } catch (DomainException refused) {
            return refused(refused, redirect, "/supervision/rectifications/" + id);
        }
        return "redirect:/supervision/rectifications/" + id;
    }

    @PostMapping("/supervision/rectifications/{id}/evidence")
    String evidence(@PathVariable long id, @RequestParam(defaultValue = "report") String target,
                    @RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String linkName,
                    @RequestParam(defaultValue = "") String url, RedirectAttributes redirect) throws IOException {
        try {
            List<NewEvidence> list = EvidenceUpload.of(file, linkName, url);
            if (list.isEmpty()) {
                throw DomainException.invalid("请上传文件或填写链接");
            }
            for (NewEvidence e : list) {
                if ("finding".equals(target)) {
                    inspections.addFindingEvidence(id, e);
                } else {
                    rectifications.addReportEvidence(id, e);
                }
            }
            redirect.addFlashAttribute("message", "supervision.evidence.added");
        } catch (DomainException refused) {
            return refused(refused, redirect, "/supervision/rectifications/" + id);
        }
        return "redirect:/supervision/rectifications/" + id;
    }

    @PostMapping("/supervision/rectifications/{id}/verify")
    @PreAuthorize("hasAuthority('supervision:inspection:write')")
    String verify(@PathVariable long id, @RequestParam int version, @RequestParam String decision,
                  @RequestParam(defaultValue = "") String comment, @RequestParam(required = false) LocalDate recheckOn,
                  RedirectAttributes redirect) {
        try {
            if ("close".equals(decision)) {
                rectifications.close(id, version, recheckOn, comment);
                redirect.addFlashAttribute("message", "supervision.rectification.closed");
            } else {
                rectifications.sendBack(id, version, comment);
                redirect.addFlashAttribute("message", "supervision.rectification.returned");
            }
        } catch (DomainException refused) {
            return refused(refused, redirect, "/supervision/rectifications/" + id);
        }
        return "redirect:/supervision/rectifications/" + id;
    }

    @PostMapping("/supervision/rectifications/{id}/recheck")
    @PreAuthorize("hasAuthority('supervision:inspection:write')")
    String recheck(@PathVariable long id, @RequestParam int version, @RequestParam boolean passed,
                   @RequestParam(defaultValue = "") String comment, @RequestParam(required = false) LocalDate deadline,
                   RedirectAttributes redirect) {
        try {
            rectifications.recheck(id, version, passed, comment, deadline);
            redirect.addFlashAttribute("message", passed ? "supervision.recheck.passed" : "supervision.recheck.reopened");
        } catch (DomainException refused) {
            return refused(refused, redirect, "/supervision/rectifications/" + id);
        }
        return "redirect:/supervision/rectifications/" + id;
    }

    @ModelAttribute("statuses")
    RectificationStatus[] statuses() {
        return RectificationStatus.values();
    }

    /** A form refused for its content or a concurrent change goes back with the reason; the others are errors. */
    private static String refused(DomainException refused, RedirectAttributes redirect, String page) {
        PageErrors.flash(refused, redirect);
        return "redirect:" + page;
    }
}
