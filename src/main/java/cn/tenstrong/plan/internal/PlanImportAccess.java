package cn.tenstrong.plan.internal;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.DataScope;
import cn.tenstrong.access.Role;

/**
 * 计划导入权限 (pure): who may open an import draft and whose plans an import may create or revise. A draft is seen
 * and changed only by its uploader and by administrators; a task force (本产业) creates and revises only its own
 * industry's plan, a plan whose industry is not recognised included; an account of scope 全部 with the import
 * permission (系统管理员) any plan. No user at all is the platform itself (the seed, the {@code import} command run by
 * the operator on the server).
 */
final class PlanImportAccess {

    static final String IMPORT = "plan:plan:import";

    private PlanImportAccess() {
    }

    /** @param uploader the username the draft was created by */
    static boolean canOpenDraft(CurrentUser me, String uploader) {
        if (me == null) {
            return true;
        }
        return me.can(IMPORT) && (me.has(Role.SYS_ADMIN) || me.username().equals(uploader));
    }

    /** @param industryCode the plan's industry, null when the document's industry was not recognised */
    static boolean canChangePlan(CurrentUser me, String industryCode) {
        if (me == null) {
            return true;
        }
        if (!me.can(IMPORT)) {
            return false;
        }
        return me.dataScope() == DataScope.ALL
                || me.dataScope() == DataScope.OWN_INDUSTRY && industryCode != null
                && industryCode.equals(me.industryCode());
    }
}
