package cn.tenstrong.org.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tenstrong.org.Industry;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.org.Region;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for regions, industries and organisations. */
@Repository
public class OrganizationRows {

    private static final String SELECT_ORG = """
            select o.*, coalesce((select string_agg(a.alias, '|' order by a.alias) from org_organization_alias a
                                  where a.organization_id = o.id), '') as aliases
            from org_organization o
            """;

    private final JdbcClient jdbc;

    public OrganizationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void upsertRegion(Region r) {
        jdbc.sql("""
                insert into org_region (code, name, parent_code, level) values (:code, :name, :parent, :level)
                on conflict (code) do update set name = excluded.name, parent_code = excluded.parent_code,
                                                 level = excluded.level
                """).param("code", r.code()).param("name", r.name()).param("parent", r.parentCode())
                .param("level", r.level()).update();
    }

    public void upsertIndustry(Industry i) {
        jdbc.sql("""
                insert into org_industry (code, name, parent_code, plan_title_keyword) values (:code, :name, :parent, :kw)
                on conflict (code) do update set name = excluded.name, parent_code = excluded.parent_code,
                                                 plan_title_keyword = excluded.plan_title_keyword
                """).param("code", i.code()).param("name", i.name()).param("parent", i.parentCode())
                .param("kw", i.planTitleKeyword()).update();
    }

    public List<Region> regions(String level, String parent) {
        return jdbc.sql("select * from org_region where level = :level and (:parent = '' or parent_code = :parent) order by code")
                .param("level", level).param("parent", parent == null ? "" : parent).query(Region.class).list();
    }

    public Optional<Region> region(String code) {
        return jdbc.sql("select * from org_region where code = :code").param("code", code).query(Region.class).optional();
    }

    public List<Industry> industries() {
        return jdbc.sql("select * from org_industry order by code").query(Industry.class).list();
    }

    public Optional<Organization> byId(long id) {
        return jdbc.sql(SELECT_ORG + " where o.id = :id").param("id", id).query(OrganizationRows::map).optional();
    }

    public List<Organization> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT_ORG + " where o.id in (:ids)").param("ids", List.copyOf(ids)).query(OrganizationRows::map).list();
    }

    public Optional<Organization> byNameOrAlias(String name) {
        return jdbc.sql(SELECT_ORG + """
                 where o.name = :name
                    or o.id = (select organization_id from org_organization_alias where alias = :name)
                """).param("name", name).query(OrganizationRows::map).optional();
    }

    public List<Organization> byKind(OrganizationKind kind) {
        return jdbc.sql(SELECT_ORG + " where o.kind = :kind order by o.name").param("kind", kind.name())
                .query(OrganizationRows::map).list();
    }

    public List<Organization> search(String text, OrganizationKind kind, int limit) {
        String pattern = "%" + (text == null ? "" : text.trim().replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_")) + "%";
        return jdbc.sql(SELECT_ORG + """
                 where (:kind = '' or o.kind = :kind)
                   and (o.name like :p or exists (select 1 from org_organization_alias a
                                                  where a.organization_id = o.id and a.alias like :p))
                 order by o.needs_review desc, o.kind, o.name limit :limit
                """).param("kind", kind == null ? "" : kind.name()).param("p", pattern).param("limit", limit)
                .query(OrganizationRows::map).list();
    }

    public Map<OrganizationKind, Long> countByKind() {
        Map<OrganizationKind, Long> counts = new java.util.EnumMap<>(OrganizationKind.class);
        jdbc.sql("select kind, count(*) as n from org_organization group by kind")
                .query((java.sql.ResultSet rs) -> {
                    counts.put(OrganizationKind.valueOf(rs.getString("kind")), rs.getLong("n"));
                });
        return counts;
    }

    public long insert(String name, OrganizationKind kind, String regionCode, String industryCode, boolean needsReview,
                       String note) {
        return jdbc.sql("""
                insert into org_organization (name, kind, region_code, industry_code, needs_review, note)
                values (:name, :kind, :region, :industry, :review, :note) returning id
                """).param("name", name).param("kind", kind.name()).param("region", regionCode)
                .param("industry", industryCode).param("review", needsReview).param("note", note)
                .query(Long.class).single();
    }

    /** Updates when the stored version still matches; returns false when someone else changed it first. */
    public boolean update(long id, int expectedVersion, String name, OrganizationKind kind, String regionCode,
                          String industryCode, boolean needsReview, String note) {
        return jdbc.sql("""
                update org_organization set name = :name, kind = :kind, region_code = :region, industry_code = :industry,
                       needs_review = :review, note = :note, version = version + 1, updated_at = now()
                where id = :id and version = :version
                """).param("id", id).param("version", expectedVersion).param("name", name).param("kind", kind.name())
                .param("region", regionCode).param("industry", industryCode).param("review", needsReview)
                .param("note", note).update() == 1;
    }

    public void replaceAliases(long id, List<String> aliases) {
        jdbc.sql("delete from org_organization_alias where organization_id = :id").param("id", id).update();
        aliases.forEach(a -> addAlias(id, a));
    }

    /** Adds an alias unless another organisation already owns it; returns whether it was added. */
    public boolean addAlias(long id, String alias) {
        return jdbc.sql("insert into org_organization_alias (alias, organization_id) values (:a, :id) on conflict do nothing")
                .param("a", alias).param("id", id).update() == 1;
    }

    public Optional<Long> aliasOwner(String alias) {
        return jdbc.sql("select organization_id from org_organization_alias where alias = :a").param("a", alias)
                .query(Long.class).optional();
    }

    private static Organization map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String aliases = rs.getString("aliases");
        return new Organization(rs.getLong("id"), rs.getString("name"), OrganizationKind.valueOf(rs.getString("kind")),
                rs.getString("region_code"), rs.getString("industry_code"), rs.getBoolean("needs_review"),
                rs.getString("note"), rs.getInt("version"),
                aliases.isEmpty() ? List.of() : Arrays.asList(aliases.split("\\|")));
    }
}
