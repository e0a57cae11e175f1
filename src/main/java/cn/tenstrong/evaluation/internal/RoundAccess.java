package cn.tenstrong.evaluation.internal;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.evaluation.persistence.EvaluationRows.SubjectRow;
import cn.tenstrong.org.OrgDirectory;
import org.springframework.stereotype.Component;

/**
 * 评价的数据范围: who counts as the 专班 of rounds (evaluation:round:write), who declares for a subject (its
 * organisation, holding evaluation:declaration:write, or the 专班), and which city bureau a subject belongs to (the
 * owner organisation's region lies in the bureau's city). One place, so the workflow, the template and the evidence
 * files draw the same lines.
 */
@Component
class RoundAccess {

    static final String WRITE = "evaluation:round:write";
    static final String DECLARE = "evaluation:declaration:write";

    private final OrgDirectory orgs;

    RoundAccess(OrgDirectory orgs) {
        this.orgs = orgs;
    }

    static boolean runsRounds(CurrentUser me) {
        return me.can(WRITE);
    }

    static boolean owns(CurrentUser me, SubjectRow s) {
        return s.ownerOrgId() != null && s.ownerOrgId() == me.organizationId();
    }

    /** Declares for the subject: its own organisation or the 专班, with the right to declare. */
    static boolean declares(CurrentUser me, SubjectRow s) {
        return me.can(DECLARE) && (me.can(WRITE) || owns(me, s));
    }

    /** A city bureau's city: the owner organisation's region lies in it (the first 4 digits of the region code). */
    boolean inCity(CurrentUser me, SubjectRow s) {
        if (!me.has(cn.tenstrong.access.Role.CITY_BUREAU) || me.cityCode() == null || s.ownerOrgId() == null) {
            return false;
        }
        String city = me.cityCode().length() >= 4 ? me.cityCode().substring(0, 4) : me.cityCode();
        return orgs.organization(s.ownerOrgId()).map(o -> o.regionCode() != null && o.regionCode().startsWith(city))
                .orElse(false);
    }
}
