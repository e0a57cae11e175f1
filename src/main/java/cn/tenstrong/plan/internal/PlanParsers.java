package cn.tenstrong.plan.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.tenstrong.org.Agency;
import cn.tenstrong.org.AgencyDirectory;
import cn.tenstrong.org.AgencyKind;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.plan.PlanParser;
import org.springframework.stereotype.Component;

/**
 * Builds a parser whose agency directory is the one in the database, so that aliases and agencies an
 * administrator added since the last release are recognised in the next document.
 */
@Component
class PlanParsers {

    private static final Set<OrganizationKind> AGENCY_KINDS = EnumSet.of(OrganizationKind.PROVINCE_DEPT,
            OrganizationKind.CENTRAL_IN_PROVINCE, OrganizationKind.CITY_GOV, OrganizationKind.PLACEHOLDER,
            OrganizationKind.OTHER);

    private final OrgDirectory orgs;

    PlanParsers(OrgDirectory orgs) {
        this.orgs = orgs;
    }

    PlanParser current() {
        List<Agency> agencies = new ArrayList<>();
        for (OrganizationKind kind : AGENCY_KINDS) {
            for (Organization o : orgs.organizations(kind)) {
                agencies.add(new Agency(o.name(), agencyKind(kind), o.aliases()));
            }
        }
        return new PlanParser(new AgencyDirectory(agencies));
    }

    private static AgencyKind agencyKind(OrganizationKind kind) {
        return switch (kind) {
            case PROVINCE_DEPT -> AgencyKind.PROVINCE_DEPT;
            case CENTRAL_IN_PROVINCE -> AgencyKind.CENTRAL_IN_PROVINCE;
            case CITY_GOV -> AgencyKind.CITY_GOV;
            case PLACEHOLDER -> AgencyKind.PLACEHOLDER;
            default -> AgencyKind.OTHER;
        };
    }
}
