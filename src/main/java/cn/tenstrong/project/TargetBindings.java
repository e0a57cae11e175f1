package cn.tenstrong.project;

import java.util.List;
import java.util.Optional;

/**
 * 指标绑定: a plan target whose progress computes itself from live data. Binding (or re-binding) computes the
 * value at once and publishes {@link LiveTargetValue}; so does every change of the data it counts.
 */
public interface TargetBindings {

    /** Binds (or re-binds, version-checked; 0 for a new binding) a target; audited. */
    TargetBinding bind(long targetId, BindingKind kind, BindingFilter filter, int version);

    List<TargetBinding> bindings();

    Optional<TargetBinding> binding(long targetId);

    /**
     * The target's value as of a day: facts dated after it (events held, listings, signings, stages reached,
     * monthly reports of later months) do not count. NOT_FOUND when the target is not bound.
     */
    BindingValue valueOn(long targetId, java.time.LocalDate asOf);

    /** Choices of a filter field from the modules that compute bindings (e.g. "eventType"). */
    List<BindingOption> options(String field);

    /** Recomputes every binding and publishes their values. */
    void recomputeAll();
}
