package cn.tenstrong.project.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.DataScope;
import cn.tenstrong.access.Role;
import cn.tenstrong.project.persistence.ProjectRows.Row;
import cn.tenstrong.project.persistence.ProjectRows.Visibility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may read which project, one by one and as the filter of a list. */
class ProjectAccessTest {

    private static final long JINAN_PARK = 11;
    private static final String R = ProjectAccess.READ;

    private static CurrentUser user(long org, String region, String city, String industry, DataScope scope, Role role,
                                    String... permissions) {
        return new CurrentUser(1, "u", "u", org, "org", "KIND", region, city, industry, scope, Set.of(role),
                Set.of(permissions));
    }

    private static Row project(String city, Long park, String industry) {
        return new Row(1, "XM2026-000001", "项目", "项目", null, null, null, industry, null, null, city, null, park, "",
                BigDecimal.ONE, null, null, null, "SIGNED", null, null, null, null, "", "u", Instant.EPOCH, 0, null,
                null, false, null, null);
    }

    private final CurrentUser city = user(10, "370100", "370100", null, DataScope.OWN_CITY, Role.CITY_BUREAU, R);
    private final CurrentUser county = user(12, "370102", "370100", null, DataScope.OWN_CITY, Role.CITY_BUREAU, R);
    private final CurrentUser park = user(JINAN_PARK, "370100", "370100", null, DataScope.OWN_PARK, Role.PARK, R);
    private final CurrentUser taskForce = user(5, "370000", null, "01", DataScope.OWN_INDUSTRY, Role.TASK_FORCE, R);
    private final CurrentUser leader = user(6, "370000", null, null, DataScope.ALL, Role.LEADER, R);
    private final CurrentUser agencyWithoutRead = user(8, "370000", null, null, DataScope.OWN_ORG, Role.AGENCY);

    private final Row jinan = project("370100", null, "01");
    private final Row jinanPark = project("370100", JINAN_PARK, "02");
    private final Row qingdao = project("370200", null, "01");

    @Test
    void oneProjectAtATime() {
        assertThat(ProjectAccess.canRead(city, jinan)).isTrue();
        assertThat(ProjectAccess.canRead(city, jinanPark)).isTrue();
        assertThat(ProjectAccess.canRead(city, qingdao)).isFalse();
        assertThat(ProjectAccess.canRead(county, jinan)).as("a county reads its city").isTrue();
        assertThat(ProjectAccess.canRead(park, jinanPark)).isTrue();
        assertThat(ProjectAccess.canRead(park, jinan)).isFalse();
        assertThat(ProjectAccess.canRead(taskForce, qingdao)).isTrue();
        assertThat(ProjectAccess.canRead(taskForce, jinanPark)).isFalse();
        assertThat(ProjectAccess.canRead(leader, qingdao)).isTrue();
        assertThat(ProjectAccess.canRead(agencyWithoutRead, qingdao)).isFalse();
    }

    @Test
    void theDatabaseFilterOfAListIsTheSameRule() {
        assertThat(ProjectAccess.visibility(city)).isEqualTo(new Visibility(false, "370100", null, null));
        assertThat(ProjectAccess.visibility(county)).isEqualTo(new Visibility(false, "370100", null, null));
        assertThat(ProjectAccess.visibility(park)).isEqualTo(new Visibility(false, null, JINAN_PARK, null));
        assertThat(ProjectAccess.visibility(taskForce)).isEqualTo(new Visibility(false, null, null, "01"));
        assertThat(ProjectAccess.visibility(leader)).isEqualTo(Visibility.ALL);
        assertThat(ProjectAccess.visibility(agencyWithoutRead)).isEqualTo(Visibility.NONE);
        assertThat(ProjectAccess.visibility(null)).as("nobody logged in").isEqualTo(Visibility.NONE);
        CurrentUser cityless = user(10, null, null, null, DataScope.OWN_CITY, Role.CITY_BUREAU, R);
        assertThat(ProjectAccess.visibility(cityless)).isEqualTo(Visibility.NONE);
    }
}
