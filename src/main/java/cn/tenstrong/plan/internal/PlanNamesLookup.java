package cn.tenstrong.plan.internal;

import java.util.Collection;
import java.util.Map;

import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.plan.persistence.ForeignNames;
import org.springframework.stereotype.Component;

/** The org module's names the plan rows show, from its facade. */
@Component
class PlanNamesLookup implements ForeignNames {

    private final OrgDirectory orgs;

    PlanNamesLookup(OrgDirectory orgs) {
        this.orgs = orgs;
    }

    @Override
    public Map<Long, Organization> organizations(Collection<Long> ids) {
        return orgs.organizations(ids);
    }
}
