package cn.tenstrong.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * 计划条目: one goal, task or measure, or one separately annotated clause of it.
 *
 * @param kind     GOAL / TASK / MEASURE
 * @param part     the part numeral as written ("二")
 * @param section  the section numeral as written ("一"), or null outside sections
 * @param number   the item number ("3"); the section numeral for a section-level item; "" when unnumbered
 * @param clause   1..n when the item holds several annotated clauses, else null
 * @param heading  the item's lead sentence ("突破一批“卡脖子”技术"), or null
 * @param text     the item's text without number, heading and annotation
 * @param lead     canonical names of the lead agencies (牵头单位)
 * @param support  canonical names of the supporting agencies (配合单位)
 * @param targets  the quantities named in the item that are to be reached (量化指标)
 * @param incentives the awards and subsidies the item offers (奖补); never targets
 * @param deadline the item's deadline, or null
 */
public record PlanItem(ItemKind kind, String part, String section, String number, Integer clause,
                       String heading, String text, List<String> lead, List<String> support,
                       List<Target> targets, List<Incentive> incentives, LocalDate deadline) {
    public PlanItem {
        lead = List.copyOf(lead);
        support = List.copyOf(support);
        targets = List.copyOf(targets);
        incentives = incentives == null ? List.of() : List.copyOf(incentives);
    }
}
