package cn.tenstrong.plan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.plan.ItemKind;
import cn.tenstrong.plan.PlanCatalog;
import cn.tenstrong.plan.PlanDetail;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 行动计划 pages: the list, one plan as a tree, and item search. */
@Controller
@PreAuthorize("hasAuthority('plan:plan:read')")
class PlanPages {

    /** An item prepared for display: its text cut into runs with targets marked. */
    record ItemRow(PlanItemView item, List<TextSegments.Segment> segments) {
    }

    /** A section of a part, with its items. */
    record SectionGroup(String section, String heading, List<ItemRow> items) {
    }

    /** One part (工作目标 / 主要任务 / 推进措施) of a plan. */
    record PartGroup(String part, ItemKind kind, List<SectionGroup> sections) {
    }

    private final PlanCatalog plans;
    private final CurrentUsers users;

    PlanPages(PlanCatalog plans, CurrentUsers users) {
        this.plans = plans;
        this.users = users;
    }

    @GetMapping("/plans")
    String list(Model model) {
        model.addAttribute("plans", plans.activePlans());
        return "plan/plans";
    }

    @GetMapping("/plans/{id}")
    String plan(@PathVariable long id, @RequestParam(defaultValue = "false") boolean mine, Model model) {
        PlanDetail detail = plans.plan(id).orElseThrow(() -> DomainException.notFound("行动计划不存在"));
        CurrentUser me = users.require();
        List<PlanItemView> items = mine ? detail.items().stream().filter(i -> i.involves(me.organizationId())).toList()
                : detail.items();
        model.addAttribute("plan", detail.summary());
        model.addAttribute("parts", group(items));
        model.addAttribute("mine", mine);
        model.addAttribute("shown", items.size());
        model.addAttribute("myOrgId", me.organizationId());
        return "plan/plan";
    }

    @GetMapping("/plans/items")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean mine,
                  @RequestParam(defaultValue = "") String industry, Model model) {
        CurrentUser me = users.require();
        List<PlanItemView> found = q.isBlank() && !mine ? List.of()
                : plans.search(q, mine ? me.organizationId() : null, industry.isBlank() ? null : industry, 300);
        model.addAttribute("items", found.stream().map(PlanPages::row).toList());
        model.addAttribute("q", q);
        model.addAttribute("mine", mine);
        model.addAttribute("industry", industry);
        model.addAttribute("plans", plans.activePlans());
        model.addAttribute("myOrgId", me.organizationId());
        return "plan/search";
    }

    static ItemRow row(PlanItemView item) {
        return new ItemRow(item, TextSegments.split(item.text(), item.targets().stream().map(PlanItemView.TargetView::text).toList()));
    }

    private static List<PartGroup> group(List<PlanItemView> items) {
        Map<String, PartGroup> parts = new LinkedHashMap<>();
        for (PlanItemView item : items) {
            String partKey = item.kind() + "|" + item.part();
            PartGroup part = parts.computeIfAbsent(partKey, k -> new PartGroup(item.part(), item.kind(), new ArrayList<>()));
            String section = item.section();
            SectionGroup group = part.sections().isEmpty() ? null : part.sections().get(part.sections().size() - 1);
            if (group == null || !java.util.Objects.equals(group.section(), section)) {
                boolean sectionLevel = section != null && section.equals(item.number());
                group = new SectionGroup(section, sectionLevel ? item.heading() : null, new ArrayList<>());
                part.sections().add(group);
            }
            group.items().add(row(item));
        }
        return List.copyOf(parts.values());
    }
}
