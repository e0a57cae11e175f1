package cn.tenstrong.supervision.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tenstrong.org.Industry;
import cn.tenstrong.org.Organization;
import cn.tenstrong.plan.PlanItemView;

/**
 * What the supervision rows show that other modules own — organisations, industries, a round's period, a plan
 * item — asked of their facades by the module's internal layer ({@code supervision.internal.SupervisionNamesLookup}), so
 * that persistence calls no other module (ModularityTest's layer rule).
 */
public interface ForeignNames {

    Map<Long, Organization> organizations(Collection<Long> ids);

    List<Industry> industries();

    /** The round's period label (2022年5月), empty when the round is gone. */
    Optional<String> roundLabel(long roundId);

    Optional<PlanItemView> item(long itemId);
}
