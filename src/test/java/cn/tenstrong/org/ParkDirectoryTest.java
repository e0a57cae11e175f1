package cn.tenstrong.org;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tenstrong.shared.CsvData;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The org directory after a start: a bureau in each of the 16 cities and the national parks with their profiles. */
class ParkDirectoryTest extends IntegrationTest {

    @Autowired
    OrgDirectory orgs;
    @Autowired
    ParkDirectory parks;

    @Test
    void everyCityHasItsInvestmentBureau() {
        Set<String> cities = orgs.cities().stream().map(Region::code).collect(Collectors.toSet());
        assertThat(cities).hasSize(16);
        Set<String> withBureau = orgs.organizations(OrganizationKind.CITY_BUREAU).stream()
                .map(Organization::regionCode).filter(cities::contains).collect(Collectors.toSet());
        assertThat(withBureau).as("cities with a 市招商部门").isEqualTo(cities);
        assertThat(orgs.findByName("烟台市商务局")).get().extracting(Organization::regionCode).isEqualTo("370600");
    }

    @Test
    void theNationalZonesAreLoadedWithLevelCityAndSource() {
        List<Map<String, String>> file = CsvData.readClasspath("org/parks.csv");
        Map<String, Long> perLevel = file.stream().collect(Collectors.groupingBy(r -> r.get("level"),
                Collectors.counting()));
        assertThat(perLevel).containsEntry("NATIONAL_ETDZ", 16L).containsEntry("NATIONAL_HTZ", 13L);

        Map<String, Park> byZone = parks.parks().stream().collect(Collectors.toMap(Park::zoneName, p -> p));
        for (Map<String, String> row : file) {
            Park p = byZone.get(row.get("zone_name"));
            assertThat(p).as(row.get("zone_name")).isNotNull();
            assertThat(p.level().name()).isEqualTo(row.get("level"));
            assertThat(p.cityCode()).isEqualTo(row.get("city_code"));
            assertThat(p.source()).isNotBlank();
            Organization org = orgs.organization(p.organizationId()).orElseThrow();
            assertThat(org.kind()).isEqualTo(OrganizationKind.PARK);
            assertThat(org.regionCode()).isEqualTo(row.get("city_code"));
        }
        assertThat(parks.parks().stream().filter(p -> p.level() == ParkLevel.NATIONAL_ETDZ)).hasSizeGreaterThanOrEqualTo(16);
        assertThat(parks.parks().stream().filter(p -> p.level() == ParkLevel.NATIONAL_HTZ)).hasSizeGreaterThanOrEqualTo(13);

        // the park the demo account belongs to keeps its organisation, now with a profile and its names as aliases
        Park jinan = byZone.get("济南高新技术产业开发区");
        assertThat(jinan.name()).isEqualTo("济南高新技术产业开发区管理委员会");
        assertThat(orgs.findByName("济南高新区")).get().extracting(Organization::id).isEqualTo(jinan.organizationId());
        assertThat(parks.parks("370600")).extracting(Park::zoneName)
                .contains("烟台经济技术开发区", "烟台高新技术产业开发区", "招远经济技术开发区");
        // no figure without a source: area and leading industries stay empty where the file has none
        file.stream().filter(r -> r.get("area_km2").isBlank())
                .forEach(r -> assertThat(byZone.get(r.get("zone_name")).areaKm2()).isNull());
    }
}
