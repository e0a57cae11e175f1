package cn.tenstrong.ledger.internal;

import cn.tenstrong.ledger.persistence.ForeignNames;
import cn.tenstrong.org.OrgDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The org module's names the ledger rows show, from its facade. */
@Configuration(proxyBeanMethods = false)
class LedgerForeignNames {

    @Bean
    ForeignNames ledgerNames(OrgDirectory orgs) {
        return new ForeignNames(orgs::organizations, orgs::industries);
    }
}
