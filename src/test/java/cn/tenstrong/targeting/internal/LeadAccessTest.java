package cn.tenstrong.targeting.internal;

import java.time.Instant;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.DataScope;
import cn.tenstrong.access.Role;
import cn.tenstrong.targeting.persistence.LeadRows.Row;
import cn.tenstrong.targeting.persistence.LeadRows.Visibility;
import cn.tenstrong.support.TestUsers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may read, change and register leads. */
class LeadAccessTest {

    private static final long JINAN_BUREAU = 10;
    private static final long JINAN_PARK = 11;
    private static final long LIXIA_BUREAU = 12;
    private static final long QINGDAO_BUREAU = 20;

    private static CurrentUser user(long org, String region, String city, String industry, DataScope scope, Role role,
                                    String... permissions) {
        return TestUsers.of(role, scope).org(org).region(region, city).industry(industry).can(permissions).build();
    }

    private static final String R = LeadAccess.READ;
    private static final String W = LeadAccess.WRITE;
    private final CurrentUser city = user(JINAN_BUREAU, "370100", "370100", null, DataScope.OWN_CITY, Role.CITY_BUREAU, R, W);
    private final CurrentUser county = user(LIXIA_BUREAU, "370102", "370100", null, DataScope.OWN_CITY, Role.CITY_BUREAU, R, W);
    private final CurrentUser park = user(JINAN_PARK, "370100", "370100", null, DataScope.OWN_PARK, Role.PARK, R, W);
    private final CurrentUser taskForce = user(5, "370000", null, "01", DataScope.OWN_INDUSTRY, Role.TASK_FORCE, R);
    private final CurrentUser leader = user(6, "370000", null, null, DataScope.ALL, Role.LEADER, R);
    private final CurrentUser admin = user(7, "370000", null, null, DataScope.ALL, Role.SYS_ADMIN, R, W);

    private static Row lead(long owner, String city, String industry) {
        return new Row(1, null, "企业", industry, null, null, city, owner, "LEAD", null, "", "", null, null, "u",
                Instant.EPOCH, 0, null, null, null, null);
    }

    private final Row cityLead = lead(JINAN_BUREAU, "370100", "01");
    private final Row parkLead = lead(JINAN_PARK, "370100", "02");
    private final Row qingdaoLead = lead(QINGDAO_BUREAU, "370200", "01");

    @Test
    void aCityBureauReadsAndChangesAllItsCitysLeadsParksIncluded() {
        assertThat(LeadAccess.canRead(city, cityLead)).isTrue();
        assertThat(LeadAccess.canWrite(city, cityLead, "370100")).isTrue();
        assertThat(LeadAccess.canRead(city, parkLead)).isTrue();
        assertThat(LeadAccess.canWrite(city, parkLead, "370100")).isTrue();
        assertThat(LeadAccess.canRead(city, qingdaoLead)).isFalse();
        assertThat(LeadAccess.canWrite(city, qingdaoLead, "370200")).isFalse();
        assertThat(LeadAccess.canCreate(city)).isTrue();
    }

    @Test
    void aCountyBureauReadsItsCityButChangesOnlyItsCountysLeads() {
        assertThat(LeadAccess.canRead(county, cityLead)).isTrue();
        assertThat(LeadAccess.canWrite(county, cityLead, "370100")).isFalse();
        assertThat(LeadAccess.canWrite(county, lead(LIXIA_BUREAU, "370100", "01"), "370102")).isTrue();
        assertThat(LeadAccess.canWrite(county, lead(99, "370100", "01"), "370102")).as("a park in the county").isTrue();
    }

    @Test
    void aParkOnlySeesAndChangesItsOwnLeads() {
        assertThat(LeadAccess.canRead(park, parkLead)).isTrue();
        assertThat(LeadAccess.canWrite(park, parkLead, null)).isTrue();
        assertThat(LeadAccess.canRead(park, cityLead)).isFalse();
        assertThat(LeadAccess.canWrite(park, cityLead, null)).isFalse();
        assertThat(LeadAccess.canCreate(park)).isTrue();
        CurrentUser parkWithoutCity = user(JINAN_PARK, null, null, null, DataScope.OWN_PARK, Role.PARK, R, W);
        assertThat(LeadAccess.canCreate(parkWithoutCity)).isFalse();
    }

    @Test
    void aTaskForceReadsItsIndustryOnlyLeadersReadAllAdministratorsChangeAll() {
        assertThat(LeadAccess.canRead(taskForce, cityLead)).isTrue();
        assertThat(LeadAccess.canRead(taskForce, qingdaoLead)).isTrue();
        assertThat(LeadAccess.canRead(taskForce, parkLead)).isFalse();
        assertThat(LeadAccess.canWrite(taskForce, cityLead, null)).isFalse();
        assertThat(LeadAccess.canCreate(taskForce)).isFalse();
        assertThat(LeadAccess.canRead(leader, qingdaoLead)).isTrue();
        assertThat(LeadAccess.canWrite(leader, qingdaoLead, null)).isFalse();
        assertThat(LeadAccess.canCreate(leader)).isFalse();
        assertThat(LeadAccess.canWrite(admin, qingdaoLead, null)).isTrue();
        assertThat(LeadAccess.canCreate(admin)).isTrue();
    }

    @Test
    void withoutTheWritePermissionNobodyChangesALead() {
        CurrentUser readOnlyCity = user(JINAN_BUREAU, "370100", "370100", null, DataScope.OWN_CITY, Role.CITY_BUREAU, R);
        assertThat(LeadAccess.canWrite(readOnlyCity, cityLead, "370100")).isFalse();
        assertThat(LeadAccess.canCreate(readOnlyCity)).isFalse();
    }

    @Test
    void theDatabaseFilterOfAListIsTheSameRule() {
        assertThat(LeadAccess.visibility(city)).isEqualTo(new Visibility(false, "370100", null, null));
        assertThat(LeadAccess.visibility(county)).as("a county reads its whole city")
                .isEqualTo(new Visibility(false, "370100", null, null));
        assertThat(LeadAccess.visibility(park)).isEqualTo(new Visibility(false, null, JINAN_PARK, null));
        assertThat(LeadAccess.visibility(taskForce)).isEqualTo(new Visibility(false, null, null, "01"));
        assertThat(LeadAccess.visibility(leader)).isEqualTo(Visibility.ALL);
        assertThat(LeadAccess.visibility(admin)).isEqualTo(Visibility.ALL);
        CurrentUser noRead = user(JINAN_BUREAU, "370100", "370100", null, DataScope.OWN_CITY, Role.CITY_BUREAU);
        assertThat(LeadAccess.visibility(noRead)).isEqualTo(Visibility.NONE);
        CurrentUser cityless = user(JINAN_BUREAU, null, null, null, DataScope.OWN_CITY, Role.CITY_BUREAU, R);
        assertThat(LeadAccess.visibility(cityless)).as("a bureau without a city sees nothing").isEqualTo(Visibility.NONE);
        assertThat(LeadAccess.visibility(null)).isEqualTo(Visibility.NONE);
    }
}
