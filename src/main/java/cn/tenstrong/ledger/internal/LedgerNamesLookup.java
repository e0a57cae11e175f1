package cn.tenstrong.ledger.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.ledger.persistence.ForeignNames;
import org.springframework.stereotype.Component;

/** The org module's names the ledger rows show, from its facade. */
@Component
class LedgerNamesLookup implements ForeignNames {

    private final OrgDirectory orgs;

    LedgerNamesLookup(OrgDirectory orgs) {
        this.orgs = orgs;
    }

    @Override
    public Map<Long, Organization> organizations(Collection<Long> ids) {
        return orgs.organizations(ids);
    }

    @Override
    public List<Industry> industries() {
        return orgs.industries();
    }
}
