package cn.tenstrong.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A bound target's value as of a day (评估日期). */
public record BindingValue(long targetId, BindingKind kind, String description, LocalDate asOf, BigDecimal value) {
}
