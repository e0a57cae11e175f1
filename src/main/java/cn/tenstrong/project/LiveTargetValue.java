package cn.tenstrong.project;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A plan target's value computed from live data through a binding (published inside the transaction that changed
 * the data, so whoever records it commits or rolls back with it).
 *
 * @param targetId plan target id
 * @param value    the computed value in the target's base unit (元, 个, 家 …)
 * @param source   what was computed, in Chinese ("新一代信息技术 省重大项目 2026年完成投资合计")
 */
public record LiveTargetValue(long targetId, BigDecimal value, Instant asOf, String source) {
}
