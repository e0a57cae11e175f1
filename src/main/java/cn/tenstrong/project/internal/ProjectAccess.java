package cn.tenstrong.project.internal;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.Role;
import cn.tenstrong.project.persistence.ProjectRows.Row;
import cn.tenstrong.project.persistence.ProjectRows.Visibility;

/**
 * Who may see and change which project: a city bureau its city (a county bureau changes only its county's), a park
 * its park, a task force its industry; administrators change all; leaders and provincial agencies read all.
 */
final class ProjectAccess {

    private ProjectAccess() {
    }

    static final String READ = "project:project:read";

    /** The same rule as {@link #canRead}, for the database to apply to a list. */
    static Visibility visibility(CurrentUser me) {
        if (me == null || !me.can(READ)) {
            return Visibility.NONE;
        }
        return switch (me.dataScope()) {
            case ALL, OWN_ORG -> Visibility.ALL;
            case OWN_CITY -> Visibility.city(me.cityCode());
            case OWN_PARK -> Visibility.park(me.organizationId());
            case OWN_INDUSTRY -> Visibility.industry(me.industryCode());
        };
    }

    static boolean canRead(CurrentUser me, Row p) {
        if (!me.can(READ)) {
            return false;
        }
        return switch (me.dataScope()) {
            case ALL, OWN_ORG -> true;
            case OWN_CITY -> p.cityCode().equals(me.cityCode());
            case OWN_PARK -> p.parkId() != null && p.parkId() == me.organizationId();
            case OWN_INDUSTRY -> p.industryCode().equals(me.industryCode());
        };
    }

    static boolean canWrite(CurrentUser me, Row p) {
        if (!me.can("project:project:write")) {
            return false;
        }
        if (me.has(Role.SYS_ADMIN)) {
            return true;
        }
        return switch (me.dataScope()) {
            case ALL, OWN_ORG -> false;
            case OWN_CITY -> p.cityCode().equals(me.cityCode())
                    && (!isCounty(me) || me.regionCode().equals(p.countyCode()));
            case OWN_PARK -> p.parkId() != null && p.parkId() == me.organizationId();
            case OWN_INDUSTRY -> p.industryCode().equals(me.industryCode());
        };
    }

    /** A county bureau: its region is below its city. */
    static boolean isCounty(CurrentUser me) {
        return me.regionCode() != null && me.cityCode() != null && !me.regionCode().equals(me.cityCode());
    }
}
