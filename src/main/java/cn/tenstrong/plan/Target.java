package cn.tenstrong.plan;

import java.math.BigDecimal;

/**
 * 量化指标: one quantity named in an item.
 *
 * @param text      the quantity as written ("1.4万亿元左右")
 * @param metric    what is measured ("信息技术产业营业收入"), or null when the sentence names nothing
 * @param value     the number with 万/亿/万亿 folded in; null for a range
 * @param low       lower bound of a range, else null
 * @param high      upper bound of a range, else null
 * @param unit      元, %, 家, 千瓦 …; "" for a bare number
 * @param qualifier how the number is meant
 */
public record Target(String text, String metric, BigDecimal value, BigDecimal low, BigDecimal high,
                     String unit, Qualifier qualifier) {}
