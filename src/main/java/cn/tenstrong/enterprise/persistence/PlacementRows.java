package cn.tenstrong.enterprise.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.enterprise.PlacedEnterprise;
import cn.tenstrong.enterprise.Placement;
import cn.tenstrong.enterprise.PlacementMethod;
import cn.tenstrong.enterprise.PlacementRole;
import cn.tenstrong.enterprise.PlacementStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for enterprises' placements on chain segments (挂链). */
@Repository
public class PlacementRows {

    /**
     * {@link #listed}'s query. The two texts differ only in excluding synthetic enterprises with a literal condition,
     * which is what lets the planner use the index of real enterprises' placements (a parameter could not prove that
     * the partial index applies).
     */
    private static final String LISTED_TEMPLATE = """
            select x.* from unnest(:codes::text[]) as leaf(code) cross join lateral (
                select %s, case p.role when 'LEADER' then 0 when 'BACKBONE' then 1 else 2 end as role_rank,
                       p.enterprise_id, p.chain_code, p.segment_code, p.role, p.method, p.status, p.confidence,
                       p.matched_terms, p.version as p_version, p.evidence as p_evidence
                from enterprise_placement p
                join enterprise e on e.id = p.enterprise_id
                left join enterprise_industry_class c on c.code = e.industry_code
                where p.chain_code = :c and p.segment_code = leaf.code and p.status <> 'REJECTED'
                  and p.role = any(:roles) and (:anyLocal or p.enterprise_local = :local) %s
                  and (cardinality(:tags::text[]) = 0 or string_to_array(e.tags, '|') && :tags::text[])
                order by case p.role when 'LEADER' then 0 when 'BACKBONE' then 1 else 2 end,
                         p.enterprise_revenue desc nulls last, e.name
                limit :limit) x
            order by x.role_rank, x.revenue desc nulls last, x.name
            limit :limit
            """;
    private static final String LISTED = LISTED_TEMPLATE.formatted(EnterpriseRows.COLUMNS, "");
    private static final String LISTED_REAL = LISTED_TEMPLATE.formatted(EnterpriseRows.COLUMNS,
            "and not p.enterprise_synthetic");

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final SegmentNames segments;

    public PlacementRows(JdbcClient jdbc, NamedParameterJdbcTemplate named, SegmentNames segments) {
        this.jdbc = jdbc;
        this.named = named;
        this.segments = segments;
    }

    private static final String SELECT_PLACEMENT = "select p.* from enterprise_placement p";

    public List<Placement> placements(long enterpriseId) {
        return jdbc.sql(SELECT_PLACEMENT + " where p.enterprise_id = :id order by p.status = 'REJECTED', p.confidence desc")
                .param("id", enterpriseId).query(this::mapPlacement).list();
    }

    public Optional<Placement> placement(long enterpriseId, String chainCode, String segmentCode) {
        return jdbc.sql(SELECT_PLACEMENT + " where p.enterprise_id = :id and p.chain_code = :c and p.segment_code = :s")
                .param("id", enterpriseId).param("c", chainCode).param("s", segmentCode)
                .query(this::mapPlacement).optional();
    }

    /** Enterprises with an automatic, still undecided placement on one of these segments of a chain. */
    public List<Long> suggestedOn(String chainCode, List<String> segmentCodes) {
        return jdbc.sql("""
                select distinct enterprise_id from enterprise_placement
                where chain_code = :c and segment_code = any(:s) and method = 'AUTO' and status = 'SUGGESTED'
                """).param("c", chainCode).param("s", segmentCodes.toArray(String[]::new)).query(Long.class).list();
    }

    /** Drops the unconfirmed automatic placements of these enterprises. */
    public void deleteSuggestions(List<Long> enterpriseIds) {
        for (int from = 0; from < enterpriseIds.size(); from += 5000) {
            List<Long> part = enterpriseIds.subList(from, Math.min(enterpriseIds.size(), from + 5000));
            jdbc.sql("delete from enterprise_placement where enterprise_id = any(:ids) and method = 'AUTO' and status = 'SUGGESTED'")
                    .param("ids", part.toArray(Long[]::new)).update();
        }
    }

    /** Inserts placements; an existing (enterprise, segment) row is kept as it is. Returns how many were added. */
    public int insertPlacements(List<NewPlacement> placements) {
        return insertPlacements(placements, false);
    }

    /**
     * Inserts placements decided by a plan or a person; an automatic suggestion on the same segment gives way to
     * them, a decided row is kept. Returns how many were added or promoted.
     */
    public int insertDecidedPlacements(List<NewPlacement> placements) {
        return insertPlacements(placements, true);
    }

    private int insertPlacements(List<NewPlacement> placements, boolean overSuggestions) {
        String conflict = overSuggestions ? """
                on conflict (enterprise_id, chain_code, segment_code) do update set role = excluded.role,
                    method = excluded.method, status = excluded.status, confidence = excluded.confidence,
                    matched_terms = excluded.matched_terms, decided_by = excluded.decided_by, evidence = excluded.evidence,
                    decided_at = excluded.decided_at, version = enterprise_placement.version + 1
                where enterprise_placement.method = 'AUTO' and enterprise_placement.status = 'SUGGESTED'
                """ : "on conflict do nothing";
        int added = 0;
        for (int from = 0; from < placements.size(); from += 1000) {
            List<NewPlacement> part = placements.subList(from, Math.min(placements.size(), from + 1000));
            int[] counts = named.batchUpdate("""
                    insert into enterprise_placement (enterprise_id, chain_code, segment_code, role, method, status,
                                                      confidence, matched_terms, decided_by, decided_at, evidence)
                    values (:e, :c, :s, :role, :method, :status, :conf, :terms, :by,
                            case when :by::text is null then null else now() end, :evidence)
                    """ + conflict, part.stream().map(p -> new MapSqlParameterSource().addValue("e", p.enterpriseId())
                    .addValue("c", p.chainCode()).addValue("s", p.segmentCode()).addValue("role", p.role().name())
                    .addValue("method", p.method().name()).addValue("status", p.status().name())
                    .addValue("conf", BigDecimal.valueOf(p.confidence()).setScale(3, java.math.RoundingMode.HALF_UP))
                    .addValue("terms", String.join("|", p.terms())).addValue("by", p.decidedBy())
                    .addValue("evidence", p.evidence()))
                    .toArray(MapSqlParameterSource[]::new));
            for (int c : counts) {
                added += c > 0 || c == java.sql.Statement.SUCCESS_NO_INFO ? 1 : 0;
            }
        }
        return added;
    }

    public boolean decide(long enterpriseId, String chainCode, String segmentCode, int version, PlacementStatus status,
                          PlacementRole role, String by) {
        return jdbc.sql("""
                update enterprise_placement set status = :status, role = :role, decided_by = :by, decided_at = now(),
                       version = version + 1
                where enterprise_id = :e and chain_code = :c and segment_code = :s and version = :v
                """).param("status", status.name()).param("role", role.name()).param("by", by).param("e", enterpriseId)
                .param("c", chainCode).param("s", segmentCode).param("v", version).update() == 1;
    }

    /**
     * The placed enterprises of a chain's leaves in list order: 链主, 骨干, 配套, then by revenue, then by name, not
     * rejected. Each leaf's first rows are read in that order from the placement's list index (which holds copies of
     * the enterprise's revenue, location and synthetic mark; migration V2026120354_01) and the read stops at the limit;
     * the leaves' lists are then merged.
     *
     * @param local null for both, true for Shandong only, false for elsewhere only
     * @param tags  empty for any; otherwise the enterprise has at least one of them
     */
    public List<PlacedEnterprise> listed(String chainCode, List<String> leafCodes, Boolean local,
                                         Set<PlacementRole> roles, Set<EnterpriseTag> tags, boolean includeSynthetic,
                                         int limit) {
        return jdbc.sql(includeSynthetic ? LISTED : LISTED_REAL)
                .param("c", chainCode).param("codes", leafCodes.toArray(String[]::new))
                .param("roles", roles.stream().map(Enum::name).toArray(String[]::new))
                .param("anyLocal", local == null).param("local", local != null && local)
                .param("tags", tags.stream().map(Enum::name).toArray(String[]::new)).param("limit", limit)
                .query((rs, n) -> new PlacedEnterprise(EnterpriseRows.map(rs, n),
                        mapPlacement(rs, "p_version", "p_evidence"))).list();
    }

    private Placement mapPlacement(ResultSet rs, int row) throws SQLException {
        return mapPlacement(rs, "version", "evidence");
    }

    /** A placement, its segment named from the chain catalog (the chain module's, not read from its tables). */
    private Placement mapPlacement(ResultSet rs, String versionColumn, String evidenceColumn) throws SQLException {
        String terms = rs.getString("matched_terms");
        String chainCode = rs.getString("chain_code");
        String segmentCode = rs.getString("segment_code");
        String segmentName = segments.name(chainCode, segmentCode).orElse(segmentCode);
        return new Placement(rs.getLong("enterprise_id"), chainCode, segmentCode,
                segmentName, PlacementRole.valueOf(rs.getString("role")),
                PlacementMethod.valueOf(rs.getString("method")), PlacementStatus.valueOf(rs.getString("status")),
                rs.getDouble("confidence"), terms == null || terms.isEmpty() ? List.of() : List.of(terms.split("\\|")),
                rs.getInt(versionColumn), rs.getString(evidenceColumn));
    }
}
