package cn.tenstrong.project.web;

import java.util.ArrayList;
import java.util.List;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.access.Role;
import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Region;
import cn.tenstrong.plan.PlanCatalog;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.plan.PlanSummary;
import cn.tenstrong.project.BindingFilter;
import cn.tenstrong.project.BindingKind;
import cn.tenstrong.project.BindingOption;
import cn.tenstrong.project.ProjectCategory;
import cn.tenstrong.project.ProjectStage;
import cn.tenstrong.project.TargetBinding;
import cn.tenstrong.project.TargetBindings;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.web.PageErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 指标绑定: plan targets whose values compute themselves from live data. The page is the binding form, so its choice
 * lists are model attributes of the controller (the save, which redirects, loads them too: three reference queries).
 */
@Controller
class BindingPages {

    private final TargetBindings bindings;
    private final PlanCatalog plans;
    private final OrgDirectory orgs;
    private final CurrentUsers users;

    BindingPages(TargetBindings bindings, PlanCatalog plans, OrgDirectory orgs, CurrentUsers users) {
        this.bindings = bindings;
        this.plans = plans;
        this.orgs = orgs;
        this.users = users;
    }

    /** A target to choose in the form. */
    record TargetChoice(long id, String label) {
    }

    /** A binding with its target's words. */
    record BindingLine(TargetBinding binding, String target, String value) {
    }

    @GetMapping("/projects/bindings")
    @PreAuthorize("hasAuthority('project:project:read')")
    String list(Model model) {
        CurrentUser me = users.require();
        List<TargetChoice> choices = new ArrayList<>();
        java.util.Map<Long, String> labels = new java.util.HashMap<>();
        java.util.Map<Long, PlanItemView.TargetView> views = new java.util.HashMap<>();
        for (PlanSummary plan : plans.activePlans()) {
            boolean mine = me.has(Role.SYS_ADMIN) || plan.industryCode() != null && plan.industryCode().equals(me.industryCode());
            for (PlanItemView item : plans.plan(plan.id()).map(d -> d.items()).orElse(List.of())) {
                for (PlanItemView.TargetView t : item.targets()) {
                    String label = plan.industryName() + " " + item.label() + " " + t.text();
                    labels.put(t.id(), label);
                    views.put(t.id(), t);
                    if (mine) {
                        choices.add(new TargetChoice(t.id(), label));
                    }
                }
            }
        }
        model.addAttribute("lines", bindings.bindings().stream()
                .map(b -> new BindingLine(b, labels.getOrDefault(b.targetId(), Long.toString(b.targetId())),
                        views.containsKey(b.targetId()) ? cn.tenstrong.shared.Amount.formatLike(b.currentValue(),
                                views.get(b.targetId()).unit(), views.get(b.targetId()).text())
                                : cn.tenstrong.shared.Amount.format(b.currentValue(), ""))).toList());
        model.addAttribute("targets", choices);
        model.addAttribute("canBind", me.can("project:binding:write"));
        return "project/bindings";
    }

    @ModelAttribute("kinds")
    BindingKind[] kinds() {
        return BindingKind.values();
    }

    @ModelAttribute("industries")
    List<Industry> industries() {
        return orgs.industries();
    }

    /** Shandong's cities. */
    @ModelAttribute("cities")
    List<Region> cities() {
        return orgs.cities().stream().filter(c -> c.code().startsWith("37")).toList();
    }

    @ModelAttribute("categories")
    ProjectCategory[] categories() {
        return ProjectCategory.values();
    }

    @ModelAttribute("eventTypes")
    List<BindingOption> eventTypes() {
        return bindings.options("eventType");
    }

    @ModelAttribute("stages")
    ProjectStage[] stages() {
        return ProjectStage.values();
    }

    @PostMapping("/projects/bindings")
    @PreAuthorize("hasAuthority('project:binding:write')")
    String bind(@RequestParam long targetId, @RequestParam String kind, @RequestParam(defaultValue = "") String industry,
                @RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String city,
                @RequestParam(defaultValue = "") String year, @RequestParam(defaultValue = "") String tag,
                @RequestParam(defaultValue = "") String eventType, @RequestParam(defaultValue = "") String stage,
                RedirectAttributes flash) {
        try {
            BindingKind k = BindingKind.valueOf(kind);
            Integer y = year.isBlank() ? null : Integer.valueOf(year.strip());
            BindingFilter filter = new BindingFilter(blank(industry), category.isBlank() ? null
                    : ProjectCategory.valueOf(category), blank(city), y, blank(tag),
                    stage.isBlank() ? null : ProjectStage.valueOf(stage), blank(eventType));
            int version = bindings.binding(targetId).map(TargetBinding::version).orElse(0);
            bindings.bind(targetId, k, filter, version);
            flash.addFlashAttribute("ok", true);
        } catch (NumberFormatException e) {
            flash.addFlashAttribute("error", "年度应为4位数字");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", "绑定类型、项目类别或阶段无效");
        } catch (DomainException e) {
            PageErrors.flash(e, flash);
        }
        return "redirect:/projects/bindings";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
