package cn.tenstrong.portal.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.evaluation.EvaluationResults;
import cn.tenstrong.evaluation.EvaluationSchemes;
import cn.tenstrong.evaluation.EvaluationTodos;
import cn.tenstrong.evaluation.RoundResults;
import cn.tenstrong.evaluation.SchemeView;
import cn.tenstrong.ledger.Ledger;
import cn.tenstrong.ledger.ProgressStatus;
import cn.tenstrong.org.Industry;
import cn.tenstrong.portal.internal.CockpitService;
import cn.tenstrong.portal.internal.CockpitView;
import cn.tenstrong.shared.AsOf;
import cn.tenstrong.supervision.SupervisionBoard;
import cn.tenstrong.supervision.SupervisionCounts;
import cn.tenstrong.targeting.LeadBook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 领导驾驶舱 (the leader's home page) and its per-industry version (a task force's home page): how the programme
 * stands on one 评估日期, every figure a link to its list carrying the same date.
 */
@Controller
@PreAuthorize("hasAuthority('ledger:ledger:read')")
class CockpitPages {

    private final CockpitService cockpit;
    private final Ledger ledger;
    private final LeadBook leads;
    private final org.springframework.context.MessageSource messages;
    private final EvaluationSchemes evaluationSchemes;
    private final EvaluationResults evaluations;
    private final CurrentUsers users;
    private final SupervisionBoard supervision;
    private final EvaluationTodos evaluationTodos;

    /** A row of the cockpit's 督导整改 panel: one of the 11 industries and its 整改 on the 评估日期. */
    record SupervisionRow(String code, String name, SupervisionCounts counts) {
    }

    CockpitPages(CockpitService cockpit, Ledger ledger, LeadBook leads,
                 org.springframework.context.MessageSource messages, EvaluationSchemes evaluationSchemes,
                 EvaluationResults evaluations, CurrentUsers users, SupervisionBoard supervision,
                 EvaluationTodos evaluationTodos) {
        this.evaluationTodos = evaluationTodos;
        this.users = users;
        this.supervision = supervision;
        this.messages = messages;
        this.evaluationSchemes = evaluationSchemes;
        this.evaluations = evaluations;
        this.cockpit = cockpit;
        this.ledger = ledger;
        this.leads = leads;
    }

    @GetMapping("/cockpit")
    String cockpit(@RequestParam(required = false) LocalDate asOf, Model model) {
        AsOf day = ledger.asOf(asOf);
        model.addAttribute("asOf", day);
        model.addAttribute("view", cockpit.view(day, null));
        model.addAttribute("statuses", ProgressStatus.values());
        model.addAttribute("evaluations", latestEvaluations());
        supervision(model, day, null);
        todos(model, asOf);
        return "portal/cockpit";
    }

    @GetMapping("/cockpit/industries/{code}")
    String industry(@PathVariable String code, @RequestParam(required = false) LocalDate asOf, Model model) {
        Industry industry = cockpit.industryOf(code);
        AsOf day = ledger.asOf(asOf);
        CockpitView view = cockpit.view(day, industry.code());
        model.addAttribute("asOf", day);
        model.addAttribute("view", view);
        model.addAttribute("panel", view.industries().get(0));
        model.addAttribute("statuses", ProgressStatus.values());
        supervision(model, day, industry);
        todos(model, asOf);
        return "portal/cockpit-industry";
    }

    /**
     * 评价结果: per subject type the schemes know (园区, 集群, 企业…), the newest published round. A published result
     * does not depend on the 评估日期: it is shown as published.
     */
    private List<RoundResults> latestEvaluations() {
        if (!users.require().can("evaluation:round:read")) {
            return List.of();
        }
        return evaluationSchemes.schemes().stream().map(SchemeView::subjectType).distinct()
                .map(evaluations::latestPublished).flatMap(java.util.Optional::stream).toList();
    }

    /** What the cockpit's charts draw: the 16 cities and the trend across rounds (industry: that industry's). */
    @GetMapping(path = "/cockpit/data", produces = "application/json")
    @ResponseBody
    Map<String, Object> data(@RequestParam(required = false) LocalDate asOf,
                             @RequestParam(required = false) String industry) {
        AsOf day = ledger.asOf(asOf);
        CockpitView view = cockpit.view(day, industry == null || industry.isBlank() ? null
                : cockpit.industryOf(industry).code());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("asOf", day.date());
        data.put("cities", view.cities());
        data.put("trend", view.trend().stream().map(p -> Map.of("label", p.label(), "end", p.end(),
                "byStatus", p.counts().byStatus())).toList());
        data.put("statuses", List.of(ProgressStatus.values()));
        return data;
    }

    /**
     * 督导整改 per industry (all 11, or the one shown) on the cockpit's 评估日期: open, overdue (red), closed, 回头看 due.
     * Left off for users who may not read supervision.
     */
    private void supervision(Model model, AsOf day, Industry only) {
        if (!users.require().can("supervision:inspection:read")) {
            model.addAttribute("supervisionRows", null);
            return;
        }
        List<Industry> shown = only == null ? cockpit.industries() : List.of(only);
        model.addAttribute("supervisionDay", day.date());
        model.addAttribute("supervisionRows", shown.stream()
                .map(i -> new SupervisionRow(i.code(), i.name(), supervision.counts(i.code(), day.date()))).toList());
    }

    /** The user's own to-dos stay on the home page when it is the cockpit (the evaluation's judged on the day asked for). */
    private void todos(Model model, LocalDate asOf) {
        model.addAttribute("todos", ledger.todos());
        model.addAttribute("supervisionTodos", supervision.todos());
        model.addAttribute("staleLeads", leads.myStaleLeads());
        model.addAttribute("evaluationTodos", evaluationTodos.myTodos(asOf));
        // the charts' series names, in the order of ProgressStatus
        model.addAttribute("statusLabels", String.join(",", java.util.Arrays.stream(ProgressStatus.values())
                .map(s -> messages.getMessage("ledger.status." + s.name(), null, java.util.Locale.SIMPLIFIED_CHINESE))
                .toList()));
    }
}
