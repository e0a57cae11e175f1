package cn.tenstrong.project;

import java.math.BigDecimal;

/**
 * Extension point: another module (targeting, for signed leads) computes the value of binding kinds whose data it
 * owns, so the project module needs no dependency on it. After its data changes it calls
 * {@link TargetBindings#recomputeAll()}.
 */
public interface BindingSource {

    boolean supports(BindingKind kind);

    BigDecimal value(BindingKind kind, BindingFilter filter);
}
