package cn.tenstrong.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Extension point: another module (targeting for signed leads and 招商活动, listing for 新增上市公司) computes the value
 * of binding kinds whose data it owns, so the project module needs no dependency on it. After its data changes it
 * calls {@link TargetBindings#recomputeAll()}.
 */
public interface BindingSource {

    boolean supports(BindingKind kind);

    /** The value as of a day (facts dated after it do not count). */
    BigDecimal value(BindingKind kind, BindingFilter filter, LocalDate asOf);

    /** Refuses (DomainException, Chinese message) a filter the kind cannot count. */
    default void check(BindingKind kind, BindingFilter filter) {
    }

    /** What the binding counts, in Chinese; null leaves the wording to the project module. */
    default String describe(BindingKind kind, BindingFilter filter) {
        return null;
    }

    /** Choices of a filter field this source knows (e.g. "eventType"), for the binding form. */
    default List<BindingOption> options(String field) {
        return List.of();
    }
}
