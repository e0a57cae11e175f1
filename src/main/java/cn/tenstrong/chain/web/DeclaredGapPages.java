package cn.tenstrong.chain.web;

import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSummary;
import cn.tenstrong.chain.DeclaredGaps;
import cn.tenstrong.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 专班认定短板 page: the entries with their seed sentence, and the task force's add / edit reason / withdraw forms. */
@Controller
class DeclaredGapPages {

    private final ChainDirectory chains;
    private final DeclaredGaps gaps;

    DeclaredGapPages(ChainDirectory chains, DeclaredGaps gaps) {
        this.chains = chains;
        this.gaps = gaps;
    }

    @GetMapping("/chains/{code}/declared-gaps")
    @PreAuthorize("hasAuthority('chain:chain:read')")
    String page(@PathVariable String code, Model model) {
        ChainSummary chain = chains.summary(code).orElseThrow(() -> DomainException.notFound("产业链不存在：" + code));
        model.addAttribute("chain", chain);
        model.addAttribute("gaps", gaps.all(code));
        model.addAttribute("segments", chains.segments(code));
        model.addAttribute("canEdit", chains.canEdit(code));
        return "chain/declared-gaps";
    }

    @PostMapping("/chains/{code}/declared-gaps")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    String add(@PathVariable String code, @RequestParam String segment, @RequestParam String term,
               @RequestParam String reason, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", gaps.add(code, segment, term, reason).term());
        return "redirect:/chains/" + code + "/declared-gaps";
    }

    @PostMapping("/chains/{code}/declared-gaps/{id}/reason")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    String reason(@PathVariable String code, @PathVariable long id, @RequestParam int version,
                  @RequestParam String reason, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", gaps.updateReason(id, version, reason).term());
        return "redirect:/chains/" + code + "/declared-gaps#gap-" + id;
    }

    @PostMapping("/chains/{code}/declared-gaps/{id}/withdraw")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    String withdraw(@PathVariable String code, @PathVariable long id, @RequestParam int version,
                    @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", gaps.withdraw(id, version, note).term());
        return "redirect:/chains/" + code + "/declared-gaps#gap-" + id;
    }
}
