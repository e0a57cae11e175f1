package cn.tenstrong.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.access.UserAccounts;
import cn.tenstrong.evaluation.EvaluationTodos;
import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.ledger.Ledger;
import cn.tenstrong.plan.PlanCatalog;
import cn.tenstrong.targeting.LeadBook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 首页: the cockpit for leaders and task forces, for others their to-dos and the programme's reference figures. */
@Controller
class HomeController {

    /** One row of the industries table. */
    record IndustryRow(String code, String name, String taskForce) {
    }

    private final OrgDirectory orgs;
    private final UserAccounts users;
    private final PlanCatalog plans;
    private final Ledger ledger;
    private final LeadBook leads;
    private final CockpitPages cockpit;
    private final cn.tenstrong.access.CurrentUsers currentUsers;
    private final cn.tenstrong.supervision.SupervisionBoard supervision;
    private final EvaluationTodos evaluationTodos;

    HomeController(OrgDirectory orgs, UserAccounts users, PlanCatalog plans, Ledger ledger, LeadBook leads,
                   CockpitPages cockpit, cn.tenstrong.access.CurrentUsers currentUsers,
                   cn.tenstrong.supervision.SupervisionBoard supervision, EvaluationTodos evaluationTodos) {
        this.supervision = supervision;
        this.evaluationTodos = evaluationTodos;
        this.cockpit = cockpit;
        this.currentUsers = currentUsers;
        this.ledger = ledger;
        this.leads = leads;
        this.plans = plans;
        this.orgs = orgs;
        this.users = users;
    }

    @GetMapping("/")
    @PreAuthorize("hasAuthority('portal:home:read')")
    String home(@org.springframework.web.bind.annotation.RequestParam(required = false) java.time.LocalDate asOf,
                Model model) {
        // the leader's home page is the cockpit, a task force's the cockpit of its industry, on the date asked for
        cn.tenstrong.access.CurrentUser me = currentUsers.require();
        if (me.has(cn.tenstrong.access.Role.LEADER) && me.can("ledger:ledger:read")) {
            return cockpit.cockpit(asOf, model);
        }
        if (me.has(cn.tenstrong.access.Role.TASK_FORCE) && me.industryCode() != null && me.can("ledger:ledger:read")) {
            return cockpit.industry(me.industryCode(), asOf, model);
        }
        Map<OrganizationKind, Long> byKind = orgs.countByKind();
        var cities = orgs.cities();
        long counties = orgs.counties(null).size();
        List<Industry> industries = orgs.industries();
        Map<String, Object> cards = new LinkedHashMap<>();
        cards.put("plans", plans.countActivePlans());
        cards.put("items", plans.countActiveItems());
        cards.put("industries", industries.stream().filter(i -> i.parentCode() == null).count());
        cards.put("agencies", byKind.getOrDefault(OrganizationKind.PROVINCE_DEPT, 0L)
                + byKind.getOrDefault(OrganizationKind.CENTRAL_IN_PROVINCE, 0L));
        cards.put("cities", cities.size());
        cards.put("counties", counties);
        cards.put("taskforces", byKind.getOrDefault(OrganizationKind.TASK_FORCE, 0L));
        cards.put("users", users.count());
        model.addAttribute("cards", cards);
        model.addAttribute("todos", ledger.todos());
        // 督导整改: 整改 to report (red when overdue), to verify, 回头看 due
        model.addAttribute("supervisionTodos", supervision.todos());
        // 滞留线索 of the user's own organisation join the ledger's to-dos
        model.addAttribute("staleLeads", leads.myStaleLeads());
        // 评价待办 (to declare, to score) through the evaluation module's facade, judged on the day asked for
        model.addAttribute("evaluationTodos", evaluationTodos.myTodos(asOf));
        List<Organization> taskForces = orgs.organizations(OrganizationKind.TASK_FORCE);
        // one count everywhere: 11 industries (文旅 with its two plans 文化创意 and 精品旅游 in one row), 12 plans
        model.addAttribute("industries", industries.stream().filter(i -> i.parentCode() == null)
                .map(i -> {
                    List<String> plansOf = industries.stream().filter(c -> i.code().equals(c.parentCode()))
                            .map(Industry::name).toList();
                    String name = plansOf.isEmpty() ? i.name() : i.name() + "（" + String.join("、", plansOf) + "）";
                    return new IndustryRow(i.code(), name, String.join("、", taskForces.stream()
                            .filter(t -> t.industryCode() != null && t.industryCode().startsWith(i.code()))
                            .map(Organization::name).toList()));
                })
                .toList());
        return "portal/home";
    }

}
