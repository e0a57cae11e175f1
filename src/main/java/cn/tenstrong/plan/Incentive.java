package cn.tenstrong.plan;

import java.math.BigDecimal;

/**
 * 奖补: an award or subsidy the plan offers ("对综合指标排名前5位的给予最高500万元奖补") — what the province pays for a
 * result, not a result to reach, so it is never a ledger target. The evaluation module's award rules quote it.
 *
 * @param text      the amount as written ("最高500万元", "5.04万元/辆", "40%")
 * @param value     the number with 万/亿 folded in (5000000)
 * @param unit      元, 元/辆, %
 * @param qualifier MAX for a cap (最高, 不超过), else EXACT
 * @param kind      the word naming it (奖补, 奖励, 补助, 补贴, 风险补偿, 贴息 …), or "" when the clause names none
 * @param clause    the clause that grants it, as written in the item
 */
public record Incentive(String text, BigDecimal value, String unit, Qualifier qualifier, String kind, String clause) {}
