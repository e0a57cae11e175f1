package cn.tenstrong.evaluation;

import java.util.List;

import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.org.Park;
import cn.tenstrong.org.ParkDirectory;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 园区档案 scoped like the rest: the park user its own park, the city bureau its city's parks, the others all. */
class ParkProfileTest extends IntegrationTest {

    @Autowired
    ParkProfiles profiles;
    @Autowired
    ParkDirectory directory;
    @Autowired
    EvaluationRounds rounds;
    @Autowired
    CurrentUsers users;
    @Autowired
    UserDetailsService userDetails;

    private Park zone(String name) {
        return directory.parks().stream().filter(p -> p.zoneName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void eachRoleSeesTheParksOfItsScopeWithTheirResultsAcrossRounds() {
        AsUser as = new AsUser(userDetails);
        Park jinan = zone("济南高新技术产业开发区");
        Park mingshui = zone("明水经济技术开发区");
        Park qingdao = zone("青岛高新技术产业开发区");

        // a published park round of the parks, to show up in their history
        RoundView round = as.call("zhuanban", () -> rounds.create(new NewRound("sd-ii-park", null,
                "园区档案测试评价", 2029, false, List.of(
                        new NewRound.Subject(String.valueOf(jinan.organizationId()), jinan.zoneName(), null,
                                jinan.organizationId()),
                        new NewRound.Subject(String.valueOf(qingdao.organizationId()), qingdao.zoneName(), null,
                                qingdao.organizationId())))));
        as.call("zhuanban", () -> {
            RoundView r = round;
            while (r.stage() != RoundStage.PUBLISHED) {
                r = rounds.advance(r.id(), r.version());
            }
            return r;
        });

        // the park user: its own park only
        assertThat(as.call("park", () -> profiles.parks())).extracting(Park::organizationId)
                .containsExactly(jinan.organizationId());
        ParkProfile own = as.call("park", () -> profiles.profile(jinan.organizationId()));
        assertThat(own.park().levelLabel()).isEqualTo("国家高新技术产业开发区");
        assertThat(own.park().cityName()).isEqualTo("济南市");
        assertThat(own.history()).filteredOn(h -> h.roundId() == round.id()).singleElement().satisfies(h -> {
            assertThat(h.year()).isEqualTo(2029);
            assertThat(h.rank()).isNotNull();
            assertThat(h.ranked()).isEqualTo(2);
        });
        assertThatThrownBy(() -> as.call("park", () -> profiles.profile(mingshui.organizationId())))
                .isInstanceOf(DomainException.class).hasMessageContaining("无权查看");

        // the city bureau (济南): its city's parks, not another city's
        List<Park> city = as.call("city", () -> profiles.parks());
        assertThat(city).extracting(Park::cityCode).containsOnly("370100");
        assertThat(city).extracting(Park::zoneName).contains("济南高新技术产业开发区", "明水经济技术开发区",
                "莱芜高新技术产业开发区");
        assertThat(as.call("city", () -> profiles.profile(mingshui.organizationId())).park().zoneName())
                .isEqualTo("明水经济技术开发区");
        assertThatThrownBy(() -> as.call("city", () -> profiles.profile(qingdao.organizationId())))
                .isInstanceOf(DomainException.class);
        // the city's ranking lists only its own parks
        as.call("city", () -> profiles.ranking()).ifPresent(r -> assertThat(r.results())
                .allSatisfy(s -> assertThat(city).extracting(p -> String.valueOf(p.organizationId())).contains(s.key())));

        // the leader and the task force: every park
        assertThat(as.call("leader", () -> profiles.parks())).hasSizeGreaterThanOrEqualTo(29);
        assertThat(as.call("zhuanban", () -> profiles.profile(qingdao.organizationId())).history())
                .anyMatch(h -> h.roundId() == round.id());
        assertThatThrownBy(() -> as.call("admin", () -> profiles.profile(-1)))
                .isInstanceOf(DomainException.class).hasMessageContaining("不存在");
    }
}
