package cn.tenstrong.plan;

import java.util.List;

/**
 * 行动计划: one industry's (or sub-industry's) plan.
 *
 * @param title    the title as written ("01新一代信息技术产业2022年行动计划", or a sub-plan's "文化创意产业")
 * @param industry the industry without number, year and "产业…行动计划" ("新一代信息技术", "现代金融服务业")
 * @param year     the plan year, or null when the title names none
 * @param items    goals, tasks and measures in document order
 */
public record Plan(String title, String industry, Integer year, List<PlanItem> items) {
    public Plan {
        items = List.copyOf(items);
    }
}
