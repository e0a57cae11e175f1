package cn.tenstrong.listing.internal;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.DataScope;
import cn.tenstrong.access.Role;
import cn.tenstrong.listing.persistence.CandidateRows.Row;
import cn.tenstrong.listing.persistence.CandidateRows.Visibility;

/**
 * Who may see and change which 上市后备企业 (pure): a city bureau its city's (a county bureau changes only those
 * registered in its county), a park sees its city's, a task force its industry's (codes nest by prefix);
 * administrators change all; leaders and provincial agencies read all.
 */
final class CandidateAccess {

    static final String READ = "listing:candidate:read";
    static final String WRITE = "listing:candidate:write";

    private CandidateAccess() {
    }

    static Visibility visibility(CurrentUser me) {
        if (me == null || !me.can(READ)) {
            return Visibility.NONE;
        }
        return switch (me.dataScope()) {
            case ALL, OWN_ORG -> Visibility.ALL;
            case OWN_CITY, OWN_PARK -> me.cityCode() == null ? Visibility.NONE : new Visibility(false, me.cityCode(), null);
            case OWN_INDUSTRY -> me.industryCode() == null ? Visibility.NONE
                    : new Visibility(false, null, me.industryCode());
        };
    }

    static boolean canRead(CurrentUser me, Row c) {
        if (!me.can(READ)) {
            return false;
        }
        return switch (me.dataScope()) {
            case ALL, OWN_ORG -> true;
            case OWN_CITY, OWN_PARK -> me.cityCode() != null && me.cityCode().equals(c.cityCode());
            case OWN_INDUSTRY -> me.industryCode() != null && c.industryCode().startsWith(me.industryCode());
        };
    }

    static boolean canWrite(CurrentUser me, Row c) {
        if (!me.can(WRITE) || !canRead(me, c)) {
            return false;
        }
        if (me.has(Role.SYS_ADMIN)) {
            return true;
        }
        return switch (me.dataScope()) {
            case OWN_CITY -> !isCounty(me) || me.regionCode().equals(c.regionCode());
            case OWN_INDUSTRY -> true;
            case ALL, OWN_ORG, OWN_PARK -> false;
        };
    }

    static boolean canCreate(CurrentUser me) {
        return me.can(WRITE) && (me.has(Role.SYS_ADMIN)
                || me.dataScope() == DataScope.OWN_CITY && me.cityCode() != null
                || me.dataScope() == DataScope.OWN_INDUSTRY && me.industryCode() != null);
    }

    static String outsideScope(CurrentUser me) {
        return switch (me.dataScope()) {
            case OWN_CITY -> isCounty(me) ? "县级招商部门只能管理本县注册的上市后备企业" : "只能管理本市注册的上市后备企业";
            case OWN_INDUSTRY -> "产业专班只能管理本产业的上市后备企业";
            case ALL, OWN_ORG, OWN_PARK -> "无权管理上市后备资源库";
        };
    }

    private static boolean isCounty(CurrentUser me) {
        return me.regionCode() != null && me.cityCode() != null && !me.regionCode().equals(me.cityCode());
    }
}
