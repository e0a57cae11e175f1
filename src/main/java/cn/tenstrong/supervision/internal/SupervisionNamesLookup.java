package cn.tenstrong.supervision.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tenstrong.ledger.ProgressRounds;
import cn.tenstrong.ledger.RoundView;
import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.plan.PlanCatalog;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.supervision.persistence.ForeignNames;
import org.springframework.stereotype.Component;

/** The other modules' names the supervision rows show, from their facades (org, plan, ledger). */
@Component
class SupervisionNamesLookup implements ForeignNames {

    private final OrgDirectory orgs;
    private final PlanCatalog plans;
    private final ProgressRounds rounds;

    SupervisionNamesLookup(OrgDirectory orgs, PlanCatalog plans, ProgressRounds rounds) {
        this.orgs = orgs;
        this.plans = plans;
        this.rounds = rounds;
    }

    @Override
    public Map<Long, Organization> organizations(Collection<Long> ids) {
        return orgs.organizations(ids);
    }

    @Override
    public List<Industry> industries() {
        return orgs.industries();
    }

    @Override
    public Optional<String> roundLabel(long roundId) {
        return rounds.round(roundId).map(RoundView::periodLabel);
    }

    @Override
    public Optional<PlanItemView> item(long itemId) {
        return plans.item(itemId);
    }
}
