package cn.tenstrong.targeting.internal;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.DataScope;
import cn.tenstrong.access.Role;
import cn.tenstrong.targeting.persistence.LeadRows.Row;
import cn.tenstrong.targeting.persistence.LeadRows.Visibility;

/**
 * Who may see and change which lead (pure): a city bureau its city's leads, parks' included (a county bureau changes
 * only its own and its county's organisations' leads), a park only the leads it owns, a task force reads its
 * industry's; administrators change all; leaders and provincial agencies read all.
 */
final class LeadAccess {

    static final String READ = "targeting:lead:read";
    static final String WRITE = "targeting:lead:write";

    private LeadAccess() {
    }

    /** The same rule as {@link #canRead}, for the database to apply to a list. */
    static Visibility visibility(CurrentUser me) {
        if (me == null || !me.can(READ)) {
            return Visibility.NONE;
        }
        return switch (me.dataScope()) {
            case ALL, OWN_ORG -> Visibility.ALL;
            case OWN_CITY -> me.cityCode() == null ? Visibility.NONE : new Visibility(false, me.cityCode(), null, null);
            case OWN_PARK -> new Visibility(false, null, me.organizationId(), null);
            case OWN_INDUSTRY -> me.industryCode() == null ? Visibility.NONE
                    : new Visibility(false, null, null, me.industryCode());
        };
    }

    static boolean canRead(CurrentUser me, Row l) {
        if (!me.can(READ)) {
            return false;
        }
        return switch (me.dataScope()) {
            case ALL, OWN_ORG -> true;
            case OWN_CITY -> l.cityCode().equals(me.cityCode());
            case OWN_PARK -> l.ownerOrgId() == me.organizationId();
            case OWN_INDUSTRY -> l.industryCode().equals(me.industryCode());
        };
    }

    /** @param ownerRegion the region code of the lead's owner organisation (only a county bureau needs it) */
    static boolean canWrite(CurrentUser me, Row l, String ownerRegion) {
        if (!me.can(WRITE) || !canRead(me, l)) {
            return false;
        }
        if (me.has(Role.SYS_ADMIN)) {
            return true;
        }
        return switch (me.dataScope()) {
            case OWN_CITY -> !isCounty(me) || l.ownerOrgId() == me.organizationId()
                    || me.regionCode().equals(ownerRegion);
            case OWN_PARK -> l.ownerOrgId() == me.organizationId();
            case ALL, OWN_ORG, OWN_INDUSTRY -> false;
        };
    }

    /** Whether the user may register leads: administrators, and city bureaus and parks that belong to a city. */
    static boolean canCreate(CurrentUser me) {
        if (!me.can(WRITE)) {
            return false;
        }
        return me.has(Role.SYS_ADMIN) || (me.dataScope() == DataScope.OWN_CITY || me.dataScope() == DataScope.OWN_PARK)
                && me.cityCode() != null;
    }

    /** A county bureau: its region is below its city. */
    static boolean isCounty(CurrentUser me) {
        return me.regionCode() != null && me.cityCode() != null && !me.regionCode().equals(me.cityCode());
    }
}
