package cn.tenstrong.project.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSummary;
import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.org.Region;
import cn.tenstrong.project.Project;
import cn.tenstrong.project.ProjectCategory;
import cn.tenstrong.project.ProjectLibrary;
import cn.tenstrong.project.ProjectStage;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.web.PageErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * 新增项目 / 修改项目: the project form, shown empty, with a project, or again with the service's refusal. Every
 * handler shows the form, so the choice lists are model attributes of the controller.
 */
@Controller
class ProjectFormPages {

    private final ProjectLibrary library;
    private final OrgDirectory orgs;
    private final ChainDirectory chains;

    ProjectFormPages(ProjectLibrary library, OrgDirectory orgs, ChainDirectory chains) {
        this.library = library;
        this.orgs = orgs;
        this.chains = chains;
    }

    @ModelAttribute("industries")
    List<Industry> industries() {
        return orgs.industries();
    }

    @ModelAttribute("cities")
    List<Region> cities() {
        return ProjectPages.shandongCities(orgs);
    }

    /** Each city's counties, by the city's name. */
    @ModelAttribute("counties")
    Map<String, List<Region>> counties() {
        Map<String, List<Region>> counties = new LinkedHashMap<>();
        ProjectPages.shandongCities(orgs).forEach(c -> counties.put(c.name(), orgs.counties(c.code())));
        return counties;
    }

    @ModelAttribute("parks")
    List<Organization> parks() {
        return orgs.organizations(OrganizationKind.PARK);
    }

    @ModelAttribute("categories")
    ProjectCategory[] categories() {
        return ProjectCategory.values();
    }

    @ModelAttribute("allStages")
    ProjectStage[] stages() {
        return ProjectStage.values();
    }

    @ModelAttribute("chains")
    List<ChainSummary> chains() {
        return chains.chains();
    }

    @GetMapping("/projects/new")
    @PreAuthorize("hasAuthority('project:project:write')")
    String newForm(Model model) {
        return form(model, ProjectForm.empty(), null, null);
    }

    @PostMapping("/projects/new")
    @PreAuthorize("hasAuthority('project:project:write')")
    String create(ProjectForm form, Model model) {
        try {
            Project p = library.create(form.draft(0));
            return "redirect:/projects/" + p.id();
        } catch (DomainException e) {
            return form(model, form, null, PageErrors.shown(e));
        }
    }

    @GetMapping("/projects/{id}/edit")
    @PreAuthorize("hasAuthority('project:project:write')")
    String editForm(@PathVariable long id, Model model) {
        Project p = library.require(id);
        if (!library.canEdit(p)) {
            throw DomainException.forbidden("无权修改该项目");
        }
        return form(model, ProjectForm.of(p), p, null);
    }

    @PostMapping("/projects/{id}/edit")
    @PreAuthorize("hasAuthority('project:project:write')")
    String update(@PathVariable long id, ProjectForm form, Model model) {
        try {
            library.update(id, form.draft(form.version()));
            return "redirect:/projects/" + id;
        } catch (DomainException e) {
            return form(model, form, library.require(id), PageErrors.shown(e));
        }
    }

    /** The form of a new project (p null) or of p; error is the refusal shown above it. */
    private static String form(Model model, ProjectForm form, Project p, String error) {
        model.addAttribute("form", form);
        model.addAttribute("isNew", p == null);
        if (p != null) {
            model.addAttribute("p", p);
        }
        if (error != null) {
            model.addAttribute("error", error);
        }
        return "project/edit";
    }
}
