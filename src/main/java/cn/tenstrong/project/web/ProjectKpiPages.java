package cn.tenstrong.project.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.tenstrong.project.ProjectKpis;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** 项目指标 pages: the KPI page and its chart data, as of a 评估日期. */
@Controller
class ProjectKpiPages {

    private final ProjectKpis kpis;
    private final cn.tenstrong.shared.Present present;

    ProjectKpiPages(ProjectKpis kpis, cn.tenstrong.shared.Present present) {
        this.kpis = kpis;
        this.present = present;
    }

    /**
     * 项目指标 as of a 评估日期 ({@code asOf}; {@code year} alone means that year's end; by default today, or a demo's
     * 演示时点): projects started by the day, monthly reports of the months ended by it.
     */
    @GetMapping("/projects/kpis")
    @PreAuthorize("hasAuthority('project:project:read')")
    String kpiPage(@RequestParam(required = false) Integer year, @RequestParam(required = false) LocalDate asOf,
                   Model model) {
        LocalDate day = kpiDay(year, asOf);
        model.addAttribute("year", day.getYear());
        model.addAttribute("asOf", cn.tenstrong.shared.AsOf.on(day));
        model.addAttribute("total", kpis.kpis(day, ProjectKpis.Dimension.TOTAL).get(0));
        model.addAttribute("byIndustry", kpis.kpis(day, ProjectKpis.Dimension.INDUSTRY));
        model.addAttribute("byCity", kpis.kpis(day, ProjectKpis.Dimension.CITY));
        model.addAttribute("byCategory", kpis.kpis(day, ProjectKpis.Dimension.CATEGORY));
        return "project/kpis";
    }

    private LocalDate kpiDay(Integer year, LocalDate asOf) {
        if (asOf != null) {
            return asOf;
        }
        return year != null ? LocalDate.of(year, 12, 31) : present.today();
    }

    @GetMapping("/projects/kpis/data")
    @PreAuthorize("hasAuthority('project:project:read')")
    @ResponseBody
    Map<String, Object> kpiData(@RequestParam(required = false) Integer year,
                                @RequestParam(required = false) LocalDate asOf) {
        LocalDate day = kpiDay(year, asOf);
        Map<String, Object> data = new LinkedHashMap<>();
        for (ProjectKpis.Dimension d : ProjectKpis.Dimension.values()) {
            data.put(d.name().toLowerCase(), kpis.kpis(day, d));
        }
        return data;
    }
}
