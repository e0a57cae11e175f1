package cn.tenstrong.targeting.internal;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.DataScope;
import cn.tenstrong.access.Role;
import cn.tenstrong.targeting.persistence.EventRows.Row;
import cn.tenstrong.targeting.persistence.EventRows.Visibility;

/**
 * Who may see and change which 招商活动 (pure): a city bureau its city's events (a county bureau changes only those it
 * organises or that are held in its county), a park sees its city's and changes those it organises, a task force
 * its industry's (codes nest by prefix); administrators change all; leaders and provincial agencies read all.
 */
final class EventAccess {

    static final String READ = "targeting:event:read";
    static final String WRITE = "targeting:event:write";

    private EventAccess() {
    }

    /** The same rule as {@link #canRead}, for the database to apply to a list. */
    static Visibility visibility(CurrentUser me) {
        if (me == null || !me.can(READ)) {
            return Visibility.NONE;
        }
        return switch (me.dataScope()) {
            case ALL, OWN_ORG -> Visibility.ALL;
            case OWN_CITY, OWN_PARK -> me.cityCode() == null ? Visibility.NONE
                    : new Visibility(false, me.cityCode(), null);
            case OWN_INDUSTRY -> me.industryCode() == null ? Visibility.NONE
                    : new Visibility(false, null, me.industryCode());
        };
    }

    static boolean canRead(CurrentUser me, Row e) {
        if (!me.can(READ)) {
            return false;
        }
        return switch (me.dataScope()) {
            case ALL, OWN_ORG -> true;
            case OWN_CITY, OWN_PARK -> me.cityCode() != null && me.cityCode().equals(e.cityCode());
            case OWN_INDUSTRY -> me.industryCode() != null && e.industryCode().startsWith(me.industryCode());
        };
    }

    static boolean canWrite(CurrentUser me, Row e) {
        if (!me.can(WRITE) || !canRead(me, e)) {
            return false;
        }
        if (me.has(Role.SYS_ADMIN)) {
            return true;
        }
        return switch (me.dataScope()) {
            case OWN_CITY -> !isCounty(me) || e.organiserOrgId() == me.organizationId()
                    || me.regionCode().equals(e.regionCode());
            case OWN_PARK -> e.organiserOrgId() == me.organizationId();
            case OWN_INDUSTRY -> true;
            case ALL, OWN_ORG -> false;
        };
    }

    /** Whether the user may register events at all. */
    static boolean canCreate(CurrentUser me) {
        if (!me.can(WRITE)) {
            return false;
        }
        return me.has(Role.SYS_ADMIN)
                || (me.dataScope() == DataScope.OWN_CITY || me.dataScope() == DataScope.OWN_PARK) && me.cityCode() != null
                || me.dataScope() == DataScope.OWN_INDUSTRY && me.industryCode() != null;
    }

    /** Why a change that would leave the user's scope is refused. */
    static String outsideScope(CurrentUser me) {
        return switch (me.dataScope()) {
            case OWN_CITY -> isCounty(me) ? "县级招商部门只能登记和修改本单位主办或在本县举办的招商活动"
                    : "只能登记和修改本市的招商活动（在本市举办，或由本市单位主办在省外举办）";
            case OWN_PARK -> "园区只能登记和修改本园区主办、计入本市的招商活动";
            case OWN_INDUSTRY -> "产业专班只能登记和修改本产业的招商活动";
            case ALL, OWN_ORG -> "无权登记或修改招商活动";
        };
    }

    private static boolean isCounty(CurrentUser me) {
        return me.regionCode() != null && me.cityCode() != null && !me.regionCode().equals(me.cityCode());
    }
}
