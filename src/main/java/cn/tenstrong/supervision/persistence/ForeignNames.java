package cn.tenstrong.supervision.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import cn.tenstrong.org.Industry;
import cn.tenstrong.org.Organization;
import cn.tenstrong.plan.PlanItemView;

/**
 * What the supervision rows show that other modules own — organisations, industries, a round's period, a plan
 * item —: the module's internal layer hands in their facades' lookups ({@code supervision.internal
 * .SupervisionForeignNames}), so that persistence calls no other module (ModularityTest's layer rule). A record of the
 * lookups rather than an interface, so that wiring it is one statement, not a class of delegating methods.
 *
 * @param organizations the organisations of the ids, by id
 * @param industries    all industries
 * @param roundLabel    the round's period label (2022年5月), empty when the round is gone
 * @param item          the plan item, empty when it is gone
 */
public record ForeignNames(Function<Collection<Long>, Map<Long, Organization>> organizations,
                           Supplier<List<Industry>> industries, LongFunction<Optional<String>> roundLabel,
                           LongFunction<Optional<PlanItemView>> item) {
}
