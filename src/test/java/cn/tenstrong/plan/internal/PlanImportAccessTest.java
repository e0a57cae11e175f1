package cn.tenstrong.plan.internal;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.DataScope;
import cn.tenstrong.access.Role;
import cn.tenstrong.support.TestUsers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may open an import draft, and whose plans an import may create or revise. */
class PlanImportAccessTest {

    private static final String I = PlanImportAccess.IMPORT;

    private static CurrentUser user(String name, String industry, DataScope scope, Role role, String... permissions) {
        return TestUsers.of(role, scope).named(name).industry(industry).can(permissions).build();
    }

    private final CurrentUser admin = user("admin", null, DataScope.ALL, Role.SYS_ADMIN, I);
    private final CurrentUser itTaskForce = user("zhuanban", "01", DataScope.OWN_INDUSTRY, Role.TASK_FORCE, I);
    private final CurrentUser otherItTaskForce = user("zhuanban2", "01", DataScope.OWN_INDUSTRY, Role.TASK_FORCE, I);
    private final CurrentUser leader = user("leader", null, DataScope.ALL, Role.LEADER);
    private final CurrentUser taskForceWithoutIndustry = user("tf", null, DataScope.OWN_INDUSTRY, Role.TASK_FORCE, I);

    @Test
    void aDraftIsOpenedByItsUploaderAndByAdministratorsOnly() {
        assertThat(PlanImportAccess.canOpenDraft(itTaskForce, "zhuanban")).isTrue();
        assertThat(PlanImportAccess.canOpenDraft(itTaskForce, "admin")).as("an administrator's draft").isFalse();
        assertThat(PlanImportAccess.canOpenDraft(otherItTaskForce, "zhuanban")).as("same industry, other account")
                .isFalse();
        assertThat(PlanImportAccess.canOpenDraft(admin, "zhuanban")).isTrue();
        assertThat(PlanImportAccess.canOpenDraft(admin, "admin")).isTrue();
        assertThat(PlanImportAccess.canOpenDraft(leader, "leader")).as("without the import permission").isFalse();
        assertThat(PlanImportAccess.canOpenDraft(null, "system")).as("the platform itself").isTrue();
    }

    @Test
    void aTaskForceCreatesAndRevisesOnlyItsOwnIndustrysPlans() {
        assertThat(PlanImportAccess.canChangePlan(itTaskForce, "01")).isTrue();
        assertThat(PlanImportAccess.canChangePlan(itTaskForce, "02")).isFalse();
        assertThat(PlanImportAccess.canChangePlan(itTaskForce, null)).as("industry not recognised").isFalse();
        assertThat(PlanImportAccess.canChangePlan(taskForceWithoutIndustry, "01")).isFalse();
        assertThat(PlanImportAccess.canChangePlan(taskForceWithoutIndustry, null)).isFalse();
    }

    @Test
    void administratorsChangeEveryPlanLeadersNone() {
        assertThat(PlanImportAccess.canChangePlan(admin, "02")).isTrue();
        assertThat(PlanImportAccess.canChangePlan(admin, null)).isTrue();
        assertThat(PlanImportAccess.canChangePlan(leader, "01")).isFalse();
        assertThat(PlanImportAccess.canChangePlan(null, "02")).as("seed and command line").isTrue();
    }

    @Test
    void otherScopesNeverChangePlansEvenWithThePermission() {
        for (DataScope scope : new DataScope[] {DataScope.OWN_ORG, DataScope.OWN_CITY, DataScope.OWN_PARK}) {
            CurrentUser u = user("x", "01", scope, Role.AGENCY, I);
            assertThat(PlanImportAccess.canChangePlan(u, "01")).as(scope.name()).isFalse();
        }
    }
}
