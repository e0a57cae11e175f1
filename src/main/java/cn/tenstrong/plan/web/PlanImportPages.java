package cn.tenstrong.plan.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.tenstrong.plan.AgencyDecision;
import cn.tenstrong.plan.AnnotationConvention;
import cn.tenstrong.plan.ImportPreview;
import cn.tenstrong.plan.ImportResult;
import cn.tenstrong.plan.ItemCorrection;
import cn.tenstrong.plan.PlanImports;
import cn.tenstrong.plan.PlanItem;
import cn.tenstrong.plan.SuccessionChoice;
import cn.tenstrong.plan.Target;
import cn.tenstrong.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 导入行动计划: upload, annotated preview with corrections, commit. */
@Controller
@PreAuthorize("hasAuthority('plan:plan:import')")
class PlanImportPages {

    private final PlanImports imports;

    PlanImportPages(PlanImports imports) {
        this.imports = imports;
    }

    @GetMapping("/plans/import")
    String form() {
        return "plan/import";
    }

    @PostMapping("/plans/import")
    String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        if (file.isEmpty()) {
            model.addAttribute("error", "请选择要导入的文件");
            return "plan/import";
        }
        try {
            ImportPreview preview = imports.upload(file.getBytes(), file.getOriginalFilename());
            return "redirect:/plans/import/" + preview.draftId();
        } catch (DomainException e) {
            model.addAttribute("error", e.getMessage());
            return "plan/import";
        }
    }

    @GetMapping("/plans/import/{draftId}")
    String preview(@PathVariable long draftId, Model model) {
        model.addAttribute("preview", imports.preview(draftId));
        return "plan/preview";
    }

    @PostMapping("/plans/import/{draftId}/plans/{planIndex}/items/{itemIndex}")
    String correct(@PathVariable long draftId, @PathVariable int planIndex, @PathVariable int itemIndex,
                   @RequestParam int draftVersion, @RequestParam(defaultValue = "") String lead,
                   @RequestParam(defaultValue = "") String support,
                   @RequestParam(name = "dropTarget", required = false) List<Integer> dropTargets,
                   RedirectAttributes redirect) {
        ImportPreview current = imports.preview(draftId);
        PlanItem item = current.document().plans().get(planIndex).items().get(itemIndex);
        List<Target> targets = new ArrayList<>();
        for (int t = 0; t < item.targets().size(); t++) {
            if (dropTargets == null || !dropTargets.contains(t)) {
                targets.add(item.targets().get(t));
            }
        }
        imports.correct(draftId, new ItemCorrection(planIndex, itemIndex, draftVersion, names(lead), names(support), targets));
        redirect.addFlashAttribute("corrected", planIndex + "-" + itemIndex);
        return "redirect:/plans/import/" + draftId + "#item-" + planIndex + "-" + itemIndex;
    }

    /**
     * Commits with the mapping step's decisions: for each removed item of a revised plan the form holds
     * {@code from-P-N} (its key) and {@code to-P-N} (the chosen successor's key, empty to drop the pair).
     */
    @PostMapping("/plans/import/{draftId}/commit")
    String commit(@PathVariable long draftId, @RequestParam MultiValueMap<String, String> form,
                  RedirectAttributes redirect) {
        List<SuccessionChoice> choices = new ArrayList<>();
        for (String name : form.keySet()) {
            Matcher m = FROM.matcher(name);
            if (m.matches()) {
                String to = form.getFirst("to-" + m.group(1) + "-" + m.group(2));
                choices.add(new SuccessionChoice(Integer.parseInt(m.group(1)), form.getFirst(name), to));
            }
        }
        List<AgencyDecision> agencies = new ArrayList<>();
        for (String name : form.keySet()) {
            Matcher m = AGENCY.matcher(name);
            if (m.matches() && !"review".equals(form.getFirst("agency-mode-" + m.group(1)))) {
                boolean alias = "alias".equals(form.getFirst("agency-mode-" + m.group(1)));
                String target = form.getFirst("agency-alias-" + m.group(1));
                agencies.add(new AgencyDecision(form.getFirst(name), alias ? (target == null ? "" : target) : null));
                if (alias && (target == null || target.isBlank())) {
                    throw DomainException.invalid("请填写“" + form.getFirst(name) + "”所属的已有单位名称");
                }
            }
        }
        ImportResult result = imports.commit(draftId, choices, agencies);
        redirect.addFlashAttribute("imported", result);
        return "redirect:/plans";
    }

    private static final Pattern FROM = Pattern.compile("from-(\\d{1,4})-(\\d{1,5})");
    private static final Pattern AGENCY = Pattern.compile("agency-name-(\\d{1,4})");

    /** 标注惯例: reads the draft again, every responsibility list the chosen way. */
    @PostMapping("/plans/import/{draftId}/convention")
    String convention(@PathVariable long draftId, @RequestParam int draftVersion,
                      @RequestParam AnnotationConvention convention, RedirectAttributes redirect) {
        imports.reread(draftId, draftVersion, convention);
        redirect.addFlashAttribute("reread", convention.name());
        return "redirect:/plans/import/" + draftId;
    }

    private static List<String> names(String text) {
        return Arrays.stream(text.split("[、,，;；\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
