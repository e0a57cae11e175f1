package cn.tenstrong.plan.persistence;

import java.util.Collection;
import java.util.Map;

import cn.tenstrong.org.Organization;

/**
 * The organisations the plan rows name, which the org module owns: asked of its facade by the module's internal layer
 * ({@code plan.internal.PlanNamesLookup}), so that persistence calls no other module (ModularityTest's layer rule).
 */
public interface ForeignNames {

    Map<Long, Organization> organizations(Collection<Long> ids);
}
