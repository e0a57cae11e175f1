package cn.tenstrong.evaluation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.evaluation.NewRound;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.org.Park;
import cn.tenstrong.org.ParkDirectory;
import cn.tenstrong.org.Region;
import org.springframework.stereotype.Component;

/**
 * 演示参评对象 from what the platform holds, never invented: the parks of the park directory (national zones), the
 * clusters (city × industry) with at least a few real enterprises placed on the industry's chains, and as 领军企业
 * candidates the real listed companies registered in Shandong that are placed on a chain of the 十强产业 (the
 * enterprise library holds no unlisted enterprise from public data). Subjects are in a stable order (by key), so
 * the same data gives the same round.
 */
@Component
class DemoSubjects {

    private final ParkDirectory parks;
    private final ClusterMembers clusters;
    private final OrgDirectory orgs;

    DemoSubjects(ParkDirectory parks, ClusterMembers clusters, OrgDirectory orgs) {
        this.parks = parks;
        this.clusters = clusters;
        this.orgs = orgs;
    }

    List<NewRound.Subject> parks() {
        return parks.parks().stream().sorted(Comparator.comparingLong(Park::organizationId))
                .map(p -> new NewRound.Subject(String.valueOf(p.organizationId()), p.zoneName(), p.levelLabel(),
                        p.organizationId())).toList();
    }

    List<NewRound.Subject> clusters(int minEnterprises) {
        Map<String, String> cities = cityNames();
        Map<String, String> industries = new HashMap<>();
        orgs.industries().forEach(i -> industries.put(i.code(), i.name()));
        Map<String, Long> bureaus = bureaus();
        List<NewRound.Subject> out = new ArrayList<>();
        clusters.all().entrySet().stream().filter(e -> e.getValue().size() >= minEnterprises)
                .sorted(Map.Entry.comparingByKey()).forEach(e -> {
                    List<String> parts = ClusterMembers.split(e.getKey());
                    String city = cities.getOrDefault(parts.get(0), parts.get(0));
                    String industry = industries.getOrDefault(parts.get(1), parts.get(1));
                    out.add(new NewRound.Subject(e.getKey(), city + "·" + industry + "产业集群", industry,
                            bureaus.get(parts.get(0))));
                });
        return out;
    }

    List<NewRound.Subject> leaders() {
        Map<String, String> cities = cityNames();
        Map<String, Long> bureaus = bureaus();
        Map<Long, Enterprise> listed = new LinkedHashMap<>();
        for (Collection<Enterprise> members : clusters.all().values()) {
            members.stream().filter(e -> e.listing() != null).forEach(e -> listed.putIfAbsent(e.id(), e));
        }
        return listed.values().stream().sorted(Comparator.comparingLong(Enterprise::id)).map(e -> {
            String city = ClusterMembers.cityOf(e.regionCode());
            return new NewRound.Subject(String.valueOf(e.id()), e.name(), cities.getOrDefault(city, ""),
                    bureaus.get(city));
        }).toList();
    }

    private Map<String, String> cityNames() {
        Map<String, String> out = new HashMap<>();
        orgs.cities().forEach(c -> out.put(c.code(), c.name()));
        return out;
    }

    /** The 市招商部门 of each city (the first by name when a city has several). */
    private Map<String, Long> bureaus() {
        Map<String, Long> out = new HashMap<>();
        orgs.organizations(OrganizationKind.CITY_BUREAU).stream().filter(o -> o.regionCode() != null)
                .sorted(Comparator.comparing(Organization::name))
                .forEach(o -> orgs.region(o.regionCode()).map(Region::cityCode)
                        .ifPresent(city -> out.putIfAbsent(city, o.id())));
        return out;
    }
}
