package cn.tenstrong.org.persistence;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.tenstrong.org.Park;
import cn.tenstrong.org.ParkLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 园区名录 rows (org_park joined with the organisation and its city). */
@Repository
public class ParkRows {

    private static final String SELECT = """
            select p.*, o.name, r.name as city_name from org_park p
            join org_organization o on o.id = p.organization_id
            join org_region r on r.code = p.city_code
            """;
    private static final String ORDER = " order by p.level, p.city_code, p.zone_name";

    private final JdbcClient jdbc;

    public ParkRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the profile unless the organisation or the zone name has one; returns whether it was added. */
    public boolean insertMissing(long organizationId, String zoneName, String shortName, ParkLevel level,
                                 String cityCode, BigDecimal areaKm2, String leadingIndustries, String source) {
        return jdbc.sql("""
                insert into org_park (organization_id, zone_name, short_name, level, city_code, area_km2,
                                      leading_industries, source)
                values (:id, :zone, :short, :level, :city, :area, :industries, :source)
                on conflict do nothing
                """).param("id", organizationId).param("zone", zoneName).param("short", shortName)
                .param("level", level.name()).param("city", cityCode).param("area", areaKm2)
                .param("industries", leadingIndustries).param("source", source).update() == 1;
    }

    public List<Park> all() {
        return jdbc.sql(SELECT + ORDER).query(ParkRows::map).list();
    }

    public List<Park> inCity(String cityCode) {
        return jdbc.sql(SELECT + " where p.city_code = :city" + ORDER).param("city", cityCode).query(ParkRows::map)
                .list();
    }

    public Optional<Park> byId(long organizationId) {
        return jdbc.sql(SELECT + " where p.organization_id = :id").param("id", organizationId).query(ParkRows::map)
                .optional();
    }

    private static Park map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String industries = rs.getString("leading_industries");
        return new Park(rs.getLong("organization_id"), rs.getString("name"), rs.getString("zone_name"),
                rs.getString("short_name"), ParkLevel.valueOf(rs.getString("level")), rs.getString("city_code"),
                rs.getString("city_name"), rs.getBigDecimal("area_km2"),
                industries == null || industries.isBlank() ? List.of()
                        : Arrays.stream(industries.split("[、|]")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                rs.getString("source"));
    }
}
