package cn.tenstrong.project.internal;

import java.math.BigDecimal;
import java.time.Instant;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.DataScope;
import cn.tenstrong.access.Role;
import cn.tenstrong.project.persistence.ProjectRows.Row;
import cn.tenstrong.project.persistence.ProjectRows.Visibility;
import cn.tenstrong.support.TestUsers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may read and change which project, one by one and as the filter of a list (the README's rule, as a table). */
class ProjectAccessTest {

    private static final long JINAN_PARK = 11;
    private static final String R = ProjectAccess.READ;
    private static final String W = "project:project:write";

    private static Row project(String city, String county, Long park, String industry) {
        return new Row(1, "XM2026-000001", "项目", "项目", null, null, null, industry, null, null, city, county, park, "",
                BigDecimal.ONE, null, null, null, "SIGNED", null, null, null, null, "", "u", Instant.EPOCH, 0, null,
                null, false, null, null);
    }

    private final CurrentUser city = TestUsers.of(Role.CITY_BUREAU, DataScope.OWN_CITY).org(10).city("370100")
            .can(R, W).build();
    private final CurrentUser county = TestUsers.of(Role.CITY_BUREAU, DataScope.OWN_CITY).org(12)
            .region("370102", "370100").can(R, W).build();
    private final CurrentUser park = TestUsers.of(Role.PARK, DataScope.OWN_PARK).org(JINAN_PARK).city("370100")
            .can(R, W).build();
    private final CurrentUser taskForce = TestUsers.of(Role.TASK_FORCE, DataScope.OWN_INDUSTRY).org(5).industry("01")
            .can(R, W).build();
    private final CurrentUser leader = TestUsers.of(Role.LEADER, DataScope.ALL).org(6).can(R).build();
    private final CurrentUser admin = TestUsers.of(Role.SYS_ADMIN, DataScope.ALL).org(7).can(R, W).build();
    private final CurrentUser agencyWithoutRead = TestUsers.of(Role.AGENCY, DataScope.OWN_ORG).org(8).build();

    private final Row jinan = project("370100", null, null, "01");
    private final Row lixia = project("370100", "370102", null, "02");
    private final Row licheng = project("370100", "370112", null, "01");
    private final Row jinanPark = project("370100", "370102", JINAN_PARK, "02");
    private final Row qingdao = project("370200", null, null, "01");

    @Test
    void oneProjectAtATime() {
        assertThat(ProjectAccess.canRead(city, jinan)).isTrue();
        assertThat(ProjectAccess.canRead(city, jinanPark)).isTrue();
        assertThat(ProjectAccess.canRead(city, qingdao)).isFalse();
        assertThat(ProjectAccess.canRead(county, jinan)).as("a county reads its city").isTrue();
        assertThat(ProjectAccess.canRead(county, licheng)).as("the other counties' too").isTrue();
        assertThat(ProjectAccess.canRead(park, jinanPark)).isTrue();
        assertThat(ProjectAccess.canRead(park, jinan)).isFalse();
        assertThat(ProjectAccess.canRead(taskForce, qingdao)).isTrue();
        assertThat(ProjectAccess.canRead(taskForce, jinanPark)).isFalse();
        assertThat(ProjectAccess.canRead(leader, qingdao)).isTrue();
        assertThat(ProjectAccess.canRead(admin, qingdao)).isTrue();
        assertThat(ProjectAccess.canRead(agencyWithoutRead, qingdao)).isFalse();
    }

    @Test
    void whoChangesWhich() {
        assertThat(ProjectAccess.canWrite(admin, qingdao)).as("administrators change all").isTrue();
        assertThat(ProjectAccess.canWrite(city, jinan)).isTrue();
        assertThat(ProjectAccess.canWrite(city, jinanPark)).as("its parks' projects too").isTrue();
        assertThat(ProjectAccess.canWrite(city, qingdao)).isFalse();
        assertThat(ProjectAccess.canWrite(county, lixia)).isTrue();
        assertThat(ProjectAccess.canWrite(county, licheng)).as("a county changes only its county's").isFalse();
        assertThat(ProjectAccess.canWrite(county, jinan)).as("nor the city's own").isFalse();
        assertThat(ProjectAccess.canWrite(park, jinanPark)).isTrue();
        assertThat(ProjectAccess.canWrite(park, lixia)).isFalse();
        assertThat(ProjectAccess.canWrite(taskForce, qingdao)).isTrue();
        assertThat(ProjectAccess.canWrite(taskForce, lixia)).isFalse();
        assertThat(ProjectAccess.canWrite(leader, jinan)).as("leaders read only").isFalse();
        CurrentUser provinceWide = TestUsers.of(Role.AGENCY, DataScope.ALL).can(R, W).build();
        assertThat(ProjectAccess.canWrite(provinceWide, jinan))
                .as("reading all is no licence to change: only administrators change everything").isFalse();
        CurrentUser cityReader = TestUsers.of(Role.CITY_BUREAU, DataScope.OWN_CITY).city("370100").can(R).build();
        assertThat(ProjectAccess.canWrite(cityReader, jinan)).as("no write permission").isFalse();
        assertThat(ProjectAccess.isCounty(county)).isTrue();
        assertThat(ProjectAccess.isCounty(city)).isFalse();
    }

    @Test
    void theDatabaseFilterOfAListIsTheSameRule() {
        assertThat(ProjectAccess.visibility(city)).isEqualTo(new Visibility(false, "370100", null, null));
        assertThat(ProjectAccess.visibility(county)).isEqualTo(new Visibility(false, "370100", null, null));
        assertThat(ProjectAccess.visibility(park)).isEqualTo(new Visibility(false, null, JINAN_PARK, null));
        assertThat(ProjectAccess.visibility(taskForce)).isEqualTo(new Visibility(false, null, null, "01"));
        assertThat(ProjectAccess.visibility(leader)).isEqualTo(Visibility.ALL);
        assertThat(ProjectAccess.visibility(admin)).isEqualTo(Visibility.ALL);
        assertThat(ProjectAccess.visibility(agencyWithoutRead)).isEqualTo(Visibility.NONE);
        assertThat(ProjectAccess.visibility(null)).as("nobody logged in").isEqualTo(Visibility.NONE);
        CurrentUser cityless = TestUsers.of(Role.CITY_BUREAU, DataScope.OWN_CITY).org(10).region(null, null).can(R)
                .build();
        assertThat(ProjectAccess.visibility(cityless)).isEqualTo(Visibility.NONE);
        CurrentUser industryless = TestUsers.of(Role.TASK_FORCE, DataScope.OWN_INDUSTRY).can(R).build();
        assertThat(ProjectAccess.visibility(industryless)).isEqualTo(Visibility.NONE);
    }
}
