package cn.tenstrong.evaluation;

import java.util.List;
import java.util.Map;

import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.EnterpriseQuery;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 参评对象候选 from the platform's data, with the organisation that declares for each: a park itself, a cluster's and
 * an enterprise's city bureau (none where the directory has no bureau for the city); unknown keys are refused.
 */
class SubjectCandidatesTest extends IntegrationTest {

    @Autowired
    EvaluationSubjects subjects;
    @Autowired
    EnterpriseLibrary enterprises;
    @Autowired
    OrgDirectory orgs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void candidatesComeFromThePlatformWithTheirDeclaringOrganisation() {
        AsUser as = new AsUser(userDetails);
        Map<String, Long> bureaus = Map.of("370100", id("济南市投资促进局"), "370200", id("青岛市投资促进局"));
        long park = id("济南高新技术产业开发区管理委员会");

        assertThat(subjects.subjectTypes()).contains("PARK", "CLUSTER", "ENTERPRISE");
        assertThat(subjects.candidates("PARK", "济南高新", 10))
                .containsExactly(new NewRound.Subject(String.valueOf(park), "济南高新技术产业开发区管理委员会", null, park));

        List<NewRound.Subject> clusters = subjects.candidates("CLUSTER", "济南市", 500);
        assertThat(clusters).hasSize((int) orgs.industries().stream().filter(i -> i.parentCode() == null).count());
        assertThat(clusters).allSatisfy(c -> {
            assertThat(c.key()).startsWith("370100/");
            assertThat(c.ownerOrgId()).isEqualTo(bureaus.get("370100"));
        });
        assertThat(subjects.resolve("CLUSTER", List.of("370200/01"))).singleElement().satisfies(c -> {
            assertThat(c.name()).startsWith("青岛市").endsWith("产业集群");
            assertThat(c.ownerOrgId()).isEqualTo(bureaus.get("370200"));
        });
        // a city without a bureau in the directory (烟台 in the reference data): the 专班 declares for its clusters
        Long yantai = orgs.organizations(cn.tenstrong.org.OrganizationKind.CITY_BUREAU).stream()
                .filter(o -> "370600".equals(o.regionCode())).findFirst().map(o -> o.id()).orElse(null);
        assertThat(subjects.resolve("CLUSTER", List.of("370600/01")).get(0).ownerOrgId()).isEqualTo(yantai);
        assertThatThrownBy(() -> subjects.resolve("CLUSTER", List.of("999900/01")))
                .hasMessage("平台中没有这个产业集群：999900/01");
        assertThatThrownBy(() -> subjects.resolve("PARK", List.of(String.valueOf(bureaus.get("370100")))))
                .hasMessageContaining("平台中没有这个园区");

        assertThat(subjects.candidates("ENTERPRISE", "", 10)).isEmpty();
        List<Enterprise> found = as.call("zhuanban", () -> enterprises.search(new EnterpriseQuery("有限公司", "37", null,
                List.of(), null, null, false, 0, 20)).enterprises());
        assertThat(found).isNotEmpty();
        for (Enterprise e : found) {
            NewRound.Subject s = as.call("zhuanban", () -> subjects.resolve("ENTERPRISE",
                    List.of(String.valueOf(e.id())))).get(0);
            assertThat(s.name()).isEqualTo(e.name());
            String city = e.regionCode() == null ? null : e.regionCode().substring(0, 4) + "00";
            Long bureau = orgs.organizations(cn.tenstrong.org.OrganizationKind.CITY_BUREAU).stream()
                    .filter(o -> java.util.Objects.equals(o.regionCode(), city)).findFirst().map(o -> o.id()).orElse(null);
            assertThat(s.ownerOrgId()).as(e.name()).isEqualTo(city == null ? null : bureau);
        }
    }

    private long id(String name) {
        return jdbc.sql("select id from org_organization where name = :n").param("n", name).query(Long.class).single();
    }
}
