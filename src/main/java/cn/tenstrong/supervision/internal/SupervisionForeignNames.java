package cn.tenstrong.supervision.internal;

import cn.tenstrong.ledger.ProgressRounds;
import cn.tenstrong.ledger.RoundView;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.plan.PlanCatalog;
import cn.tenstrong.supervision.persistence.ForeignNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The other modules' names the supervision rows show, from their facades (org, plan, ledger). */
@Configuration(proxyBeanMethods = false)
class SupervisionForeignNames {

    @Bean
    ForeignNames supervisionNames(OrgDirectory orgs, PlanCatalog plans, ProgressRounds rounds) {
        return new ForeignNames(orgs::organizations, orgs::industries,
                roundId -> rounds.round(roundId).map(RoundView::periodLabel), plans::item);
    }
}
