package cn.tenstrong.ledger.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import cn.tenstrong.org.Industry;
import cn.tenstrong.org.Organization;

/**
 * The organisations and industries the ledger rows name, which the org module owns: the module's internal layer
 * hands in the org facade's lookups ({@code ledger.internal.LedgerForeignNames}), so that persistence calls no other
 * module (ModularityTest's layer rule). A record of the lookups rather than an interface, so that wiring it is one
 * statement, not a class of delegating methods per module.
 *
 * @param organizations the organisations of the ids, by id
 * @param industries    all industries
 */
public record ForeignNames(Function<Collection<Long>, Map<Long, Organization>> organizations,
                           Supplier<List<Industry>> industries) {
}
