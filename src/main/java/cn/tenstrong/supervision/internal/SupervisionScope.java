package cn.tenstrong.supervision.internal;

import java.util.List;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.DataScope;
import cn.tenstrong.access.Role;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.supervision.InspectionView;
import cn.tenstrong.supervision.RectificationView;
import cn.tenstrong.supervision.persistence.SupervisionRows;

/**
 * 数据范围 of 督导整改, the same as reports': administrators and leaders (scope ALL) see everything; a task force its
 * industry's inspections (industry codes nest: 09 covers 0901 and 0902); everyone else the 整改 their own organisation
 * owns, and an inspection only when it holds one of them. A task force manages (opens, records, verifies) only its own
 * industry's; an administrator any.
 */
final class SupervisionScope {

    private SupervisionScope() {
    }

    static void requireRead(CurrentUser me) {
        if (!me.can("supervision:inspection:read")) {
            throw DomainException.forbidden("您没有查看督导整改的权限");
        }
    }

    /** The rows the user may read, as a query: all, an industry's, or the organisation's own. */
    static SupervisionRows.Where where(CurrentUser me) {
        requireRead(me);
        if (me.has(Role.SYS_ADMIN) || me.dataScope() == DataScope.ALL) {
            return SupervisionRows.Where.all();
        }
        if (me.dataScope() == DataScope.OWN_INDUSTRY && me.industryCode() != null) {
            return new SupervisionRows.Where(null, null, null, me.industryCode());
        }
        return new SupervisionRows.Where(null, null, me.organizationId(), null);
    }

    static boolean mayRead(CurrentUser me, RectificationView r) {
        SupervisionRows.Where w = where(me);
        return (w.ownerOrganizationId() == null || w.ownerOrganizationId() == r.ownerOrganizationId())
                && (w.industryPrefix() == null || r.industryCode().startsWith(w.industryPrefix()));
    }

    /** An inspection is readable in full by its industry's task force, and by an agency that owns one of its 整改. */
    static boolean mayRead(CurrentUser me, InspectionView inspection, List<RectificationView> ownedInIt) {
        SupervisionRows.Where w = where(me);
        if (w.ownerOrganizationId() != null) {
            return !ownedInIt.isEmpty();
        }
        return w.industryPrefix() == null || inspection.industryCode().startsWith(w.industryPrefix());
    }

    static boolean mayManage(CurrentUser me, String industryCode) {
        return me.can("supervision:inspection:write") && (me.has(Role.SYS_ADMIN)
                || me.industryCode() != null && industryCode != null && industryCode.startsWith(me.industryCode()));
    }

    static void requireManage(CurrentUser me, String industryCode) {
        if (!me.can("supervision:inspection:write")) {
            throw DomainException.forbidden("您没有组织督导、核验整改的权限");
        }
        if (!mayManage(me, industryCode)) {
            throw DomainException.forbidden("产业专班只能督导、核验本产业的整改");
        }
    }

    static void requireOwner(CurrentUser me, RectificationView r) {
        if (!me.can("supervision:rectification:write")) {
            throw DomainException.forbidden("您没有报送整改进展的权限");
        }
        if (r.ownerOrganizationId() != me.organizationId()) {
            throw DomainException.forbidden("只能报送本单位负责的整改");
        }
    }

    /** Text within a length limit (stripped; null as empty). */
    static String limit(String text, int max, String label, String field) {
        String t = text == null ? "" : text.strip();
        if (t.length() > max) {
            throw DomainException.invalid(field, label + "不能超过" + max + "字");
        }
        return t;
    }

    static String required(String text, int max, String label, String field) {
        String t = limit(text, max, label, field);
        if (t.isEmpty()) {
            throw DomainException.invalid(field, "请填写" + label);
        }
        return t;
    }
}
