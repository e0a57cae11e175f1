package cn.tenstrong.project.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Region;
import cn.tenstrong.project.MonthlyReport;
import cn.tenstrong.project.MonthlyReportDraft;
import cn.tenstrong.project.Project;
import cn.tenstrong.project.ProjectCategory;
import cn.tenstrong.project.ProjectImportException;
import cn.tenstrong.project.ProjectLibrary;
import cn.tenstrong.project.ProjectQuery;
import cn.tenstrong.project.ProjectStage;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.web.PageErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 项目库 pages: list with filters, detail (stage timeline, monthly reports, duplicates), import (the form:
 * {@link ProjectFormPages}; KPIs: {@link ProjectKpiPages}).
 */
@Controller
class ProjectPages {

    private final ProjectLibrary library;
    private final OrgDirectory orgs;
    private final ChainDirectory chains;
    private final Clock clock;

    ProjectPages(ProjectLibrary library, OrgDirectory orgs, ChainDirectory chains, Clock clock) {
        this.library = library;
        this.orgs = orgs;
        this.chains = chains;
        this.clock = clock;
    }

    static ResponseEntity<byte[]> xlsx(String fileName, byte[] content) {
        return cn.tenstrong.shared.web.Downloads.xlsx(content, fileName);
    }

    @GetMapping("/projects")
    @PreAuthorize("hasAuthority('project:project:read')")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String industry,
                @RequestParam(defaultValue = "") String city, @RequestParam(defaultValue = "") String category,
                @RequestParam(defaultValue = "") String stage, @RequestParam(defaultValue = "false") boolean duplicates,
                Model model) {
        ProjectCategory cat = category.isBlank() ? null : ProjectCategory.parse(category).orElse(null);
        ProjectStage st = stage.isBlank() ? null : ProjectStage.parse(stage).orElse(null);
        model.addAttribute("projects", library.search(new ProjectQuery(q, industry, city, cat, st, duplicates)));
        model.addAttribute("q", q);
        model.addAttribute("industry", industry);
        model.addAttribute("city", city);
        model.addAttribute("category", cat == null ? "" : cat.name());
        model.addAttribute("stage", st == null ? "" : st.name());
        model.addAttribute("duplicates", duplicates);
        model.addAttribute("canCreate", library.canCreate());
        filters(model);
        return "project/list";
    }

    @GetMapping("/projects/{id}")
    @PreAuthorize("hasAuthority('project:project:read')")
    String detail(@PathVariable long id, Model model) {
        Project p = library.require(id);
        model.addAttribute("p", p);
        List<MonthlyReport> reports = library.reports(id);
        model.addAttribute("reports", reports);
        model.addAttribute("duplicates", library.duplicates(id));
        model.addAttribute("stages", ProjectStage.values());
        model.addAttribute("next", p.stage().next().orElse(null));
        model.addAttribute("canEdit", library.canEdit(p));
        model.addAttribute("segmentPath", p.chainCode() == null ? null
                : p.segmentCode() == null ? chains.summary(p.chainCode()).map(c -> c.name()).orElse(p.chainCode())
                : chains.chain(p.chainCode()).map(c -> c.name() + " / " + c.pathLabel(p.segmentCode())).orElse(null));
        String thisMonth = YearMonth.now(clock).toString();
        model.addAttribute("defaultPeriod", thisMonth);
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("reportForm")) {
            model.addAttribute("reportForm", reports.stream().filter(r -> r.period().equals(thisMonth)).findFirst()
                    .orElse(null));
        }
        return "project/detail";
    }

    @PostMapping("/projects/{id}/stage")
    @PreAuthorize("hasAuthority('project:project:write')")
    String stage(@PathVariable long id, @RequestParam int version, @RequestParam String stage,
                 @RequestParam(required = false) LocalDate on, RedirectAttributes flash) {
        try {
            library.moveStage(id, version, ProjectStage.parse(stage).orElse(null), on);
            flash.addFlashAttribute("ok", "stage");
        } catch (DomainException e) {
            PageErrors.flash(e, flash);
        }
        return "redirect:/projects/" + id;
    }

    @PostMapping("/projects/{id}/duplicates/{other}/{action}")
    @PreAuthorize("hasAuthority('project:project:write')")
    String duplicate(@PathVariable long id, @PathVariable long other, @PathVariable String action,
                     @RequestParam(defaultValue = "0") int version, @RequestParam(defaultValue = "") String reason,
                     @RequestParam(required = false) Long duplicateId, RedirectAttributes flash) {
        try {
            switch (action) {
                case "dismiss" -> library.dismissDuplicate(id, other, reason, version);
                case "confirm" -> library.confirmDuplicate(id, other, duplicateId == null ? id : duplicateId, reason,
                        version);
                case "reopen" -> library.reopenDuplicate(id, other, version);
                default -> throw DomainException.notFound("未知操作：" + action);
            }
            flash.addFlashAttribute("ok", switch (action) {
                case "dismiss" -> "dismissed";
                case "confirm" -> "confirmed";
                default -> "reopened";
            });
        } catch (DomainException e) {
            PageErrors.flash(e, flash);
        }
        return "redirect:/projects/" + id + "#duplicates";
    }

    @PostMapping("/projects/{id}/reports")
    @PreAuthorize("hasAuthority('project:project:write')")
    String report(@PathVariable long id, @RequestParam String period, @RequestParam(defaultValue = "") String completed,
                  @RequestParam(defaultValue = "") String cumulative, @RequestParam(defaultValue = "") String funds,
                  @RequestParam(defaultValue = "") String problems, @RequestParam(defaultValue = "") String solver,
                  @RequestParam(defaultValue = "0") int version, RedirectAttributes flash) {
        try {
            library.report(id, new MonthlyReportDraft(period, ProjectForm.amount(completed, "本期完成投资"),
                    ProjectForm.amount(cumulative, "累计完成投资"), ProjectForm.amount(funds, "到位资金"), problems, solver, version));
            flash.addFlashAttribute("ok", "report");
        } catch (DomainException e) {
            PageErrors.flash(e, flash);
            flash.addFlashAttribute("reportTyped", Map.of("period", period, "completed", completed,
                    "cumulative", cumulative, "funds", funds, "problems", problems, "solver", solver,
                    "version", Integer.toString(version)));
        }
        return "redirect:/projects/" + id + "#reports";
    }

    @GetMapping("/projects/import")
    @PreAuthorize("hasAuthority('project:project:write')")
    String importForm() {
        return "project/import";
    }

    @PostMapping("/projects/import")
    @PreAuthorize("hasAuthority('project:project:write')")
    String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        try {
            model.addAttribute("result", library.importFile(file.getBytes()));
        } catch (ProjectImportException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errors", e.errors());
        } catch (DomainException e) {
            model.addAttribute("error", PageErrors.shown(e));
        }
        return "project/import";
    }

    @GetMapping("/projects/template.xlsx")
    @PreAuthorize("hasAuthority('project:project:read')")
    ResponseEntity<byte[]> template() {
        return xlsx("项目导入模板.xlsx", library.importTemplate());
    }

    /** The list's filters (the form's choices: {@link ProjectFormPages}). */
    private void filters(Model model) {
        model.addAttribute("industries", orgs.industries());
        model.addAttribute("cities", shandongCities(orgs));
        model.addAttribute("categories", ProjectCategory.values());
        model.addAttribute("allStages", ProjectStage.values());
    }

    static List<Region> shandongCities(OrgDirectory orgs) {
        return orgs.cities().stream().filter(c -> c.code().startsWith("37")).toList();
    }
}
