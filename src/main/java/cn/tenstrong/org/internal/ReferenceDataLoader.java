package cn.tenstrong.org.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.org.ParkLevel;
import cn.tenstrong.org.Region;
import cn.tenstrong.org.persistence.OrganizationRows;
import cn.tenstrong.org.persistence.ParkRows;
import cn.tenstrong.shared.CsvData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the reference data shipped as CSV (regions per GB/T 2260, the programme's industries, the
 * agency directory, the platform's own organisations, the 16 cities' investment bureaus and the park directory with
 * its profiles) on every start. Idempotent: rows already
 * present are kept, so edits made in the UI survive restarts.
 */
@Component
@Order(10)
class ReferenceDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);
    static final String AGENCIES = "org/agencies.csv";
    /** 16 cities' investment bureaus, with the source of each name. */
    static final String CITY_BUREAUS = "org/city-bureaus.csv";
    /** 园区名录: national development zones with level, city and the public list they come from. */
    static final String PARKS = "org/parks.csv";

    private final OrganizationRows rows;
    private final ParkRows parkRows;

    ReferenceDataLoader(OrganizationRows rows, ParkRows parkRows) {
        this.rows = rows;
        this.parkRows = parkRows;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Map<String, String>> regions = CsvData.readClasspath("org/regions.csv");
        // parents first: the file lists the province, then each city followed by its counties
        regions.stream().filter(r -> !"county".equals(r.get("level"))).forEach(this::upsertRegion);
        regions.stream().filter(r -> "county".equals(r.get("level"))).forEach(this::upsertRegion);

        List<Map<String, String>> industries = CsvData.readClasspath("org/industries.csv");
        industries.stream().filter(i -> blank(i.get("parent_code"))).forEach(this::upsertIndustry);
        industries.stream().filter(i -> !blank(i.get("parent_code"))).forEach(this::upsertIndustry);

        int added = 0;
        if (new ClassPathResource(AGENCIES).exists()) {
            for (Map<String, String> row : CsvData.readClasspath(AGENCIES)) {
                added += ensureOrganization(row.get("name"), OrganizationKind.parse(row.get("kind")),
                        row.getOrDefault("region_code", null), null, row.get("aliases"), null);
            }
        }
        for (Map<String, String> row : CsvData.readClasspath("org/platform-organizations.csv")) {
            added += ensureOrganization(row.get("name"), OrganizationKind.parse(row.get("kind")), row.get("region_code"),
                    row.get("industry_code"), null, row.get("note"));
        }
        for (Map<String, String> row : CsvData.readClasspath(CITY_BUREAUS)) {
            added += ensureOrganization(row.get("name"), OrganizationKind.CITY_BUREAU, row.get("city_code"), null, null,
                    null);
        }
        int parks = 0;
        for (Map<String, String> row : CsvData.readClasspath(PARKS)) {
            added += ensureOrganization(row.get("name"), OrganizationKind.PARK, row.get("city_code"), null,
                    row.get("zone_name") + "|" + row.get("short_name"), null);
            long id = rows.byNameOrAlias(row.get("name")).orElseThrow().id();
            String area = row.get("area_km2");
            parks += parkRows.insertMissing(id, row.get("zone_name"), blank(row.get("short_name")) ? null : row.get("short_name"),
                    ParkLevel.valueOf(row.get("level")), row.get("city_code"),
                    blank(area) ? null : new java.math.BigDecimal(area.strip()),
                    blank(row.get("leading_industries")) ? null : row.get("leading_industries"), row.get("source")) ? 1 : 0;
        }
        log.info("Reference data: {} regions, {} industries, {} new organisations, {} new park profiles", regions.size(),
                industries.size(), added, parks);
    }

    private int ensureOrganization(String name, OrganizationKind kind, String region, String industry, String aliases,
                                   String note) {
        long id;
        int added = 0;
        var existing = rows.byNameOrAlias(name);
        if (existing.isPresent()) {
            id = existing.get().id();
        } else {
            String regionCode = blank(region) ? defaultRegion(kind) : region;
            id = rows.insert(name, kind, regionCode, blank(industry) ? null : industry, false, blank(note) ? null : note);
            added = 1;
        }
        if (!blank(aliases)) {
            long owner = id;
            Arrays.stream(aliases.split("\\|")).map(String::trim).filter(a -> !a.isEmpty() && !a.equals(name))
                    .forEach(a -> rows.addAlias(owner, a));
        }
        return added;
    }

    private static String defaultRegion(OrganizationKind kind) {
        return switch (kind) {
            case PROVINCE_DEPT, CENTRAL_IN_PROVINCE, TASK_FORCE -> "370000";
            default -> null;
        };
    }

    private void upsertRegion(Map<String, String> r) {
        rows.upsertRegion(new Region(r.get("code"), r.get("name"), blank(r.get("parent_code")) ? null : r.get("parent_code"),
                r.get("level")));
    }

    private void upsertIndustry(Map<String, String> i) {
        rows.upsertIndustry(new Industry(i.get("code"), i.get("name"),
                blank(i.get("parent_code")) ? null : i.get("parent_code"), i.get("plan_title_keyword")));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
