package cn.tenstrong.ledger.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import cn.tenstrong.org.Industry;
import cn.tenstrong.org.Organization;

/**
 * The organisations and industries the ledger rows name, which the org module owns: asked of its facade by the module's internal layer
 * ({@code ledger.internal.LedgerNamesLookup}), so that persistence calls no other module (ModularityTest's layer rule).
 */
public interface ForeignNames {

    Map<Long, Organization> organizations(Collection<Long> ids);

    List<Industry> industries();
}
