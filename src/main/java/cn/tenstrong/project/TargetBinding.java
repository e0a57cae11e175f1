package cn.tenstrong.project;

import java.math.BigDecimal;

/** A plan target bound to live data, with its current value. */
public record TargetBinding(long targetId, BindingKind kind, BindingFilter filter, String description,
                            BigDecimal currentValue, int version) {
}
