package cn.tenstrong.enterprise.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSegment;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseSource;
import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.enterprise.Placement;
import cn.tenstrong.enterprise.PlacementMethod;
import cn.tenstrong.enterprise.PlacementRole;
import cn.tenstrong.enterprise.PlacementStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for enterprises and their placements. */
@Repository
public class EnterpriseRows {

    private final ChainDirectory chains;

    public static final String SELECT = """
            select e.*, coalesce(c.name, '') as industry_name
            from enterprise e left join enterprise_industry_class c on c.code = e.industry_code
            """;

    private static final String UPSERT = """
            insert into enterprise (uscc, name, region_code, region_name, local, industry_code, registered_capital,
                                    founded_on, business_scope, main_products, tags, revenue, employees, source, synthetic,
                                    needs_review, review_note)
            values (:uscc, :name, :region, :regionName, :local, :industry, :capital, :founded, :scope, :products, :tags,
                    :revenue, :employees, :source, :synthetic, :review, :reviewNote)
            on conflict (uscc) do update set name = excluded.name, region_code = excluded.region_code,
                region_name = excluded.region_name, local = excluded.local, industry_code = excluded.industry_code,
                registered_capital = excluded.registered_capital, founded_on = excluded.founded_on,
                business_scope = excluded.business_scope, main_products = excluded.main_products, tags = excluded.tags,
                revenue = excluded.revenue, employees = excluded.employees, synthetic = excluded.synthetic,
                needs_review = excluded.needs_review, review_note = excluded.review_note,
                version = enterprise.version + 1, updated_at = now()
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    public EnterpriseRows(JdbcClient jdbc, NamedParameterJdbcTemplate named, ChainDirectory chains) {
        this.jdbc = jdbc;
        this.named = named;
        this.chains = chains;
    }

    public long count() {
        return jdbc.sql("select count(*) from enterprise").query(Long.class).single();
    }

    public Optional<Enterprise> byId(long id) {
        return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(EnterpriseRows::map).optional();
    }

    public Optional<Enterprise> byUscc(String uscc) {
        return jdbc.sql(SELECT + " where e.uscc = :u").param("u", uscc).query(EnterpriseRows::map).optional();
    }

    /** The enterprises with these ids, in the order given (missing ids are skipped). */
    public List<Enterprise> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Enterprise> found = jdbc.sql(SELECT + " where e.id = any(:ids)").param("ids", ids.toArray(Long[]::new))
                .query(EnterpriseRows::map).list().stream().collect(Collectors.toMap(Enterprise::id, e -> e));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Existing enterprises by USCC. */
    public Map<String, Enterprise> byUsccs(List<String> usccs) {
        Map<String, Enterprise> out = new HashMap<>();
        for (int from = 0; from < usccs.size(); from += 5000) {
            List<String> part = usccs.subList(from, Math.min(usccs.size(), from + 5000));
            jdbc.sql(SELECT + " where e.uscc = any(:u)").param("u", part.toArray(String[]::new))
                    .query(EnterpriseRows::map).list().forEach(e -> out.put(e.uscc(), e));
        }
        return out;
    }

    /** Inserts or updates (by USCC) in batches; returns the ids by USCC. */
    public Map<String, Long> upsertAll(List<EnterpriseDraft> drafts) {
        for (int from = 0; from < drafts.size(); from += 1000) {
            List<EnterpriseDraft> part = drafts.subList(from, Math.min(drafts.size(), from + 1000));
            named.batchUpdate(UPSERT, part.stream().map(EnterpriseRows::params).toArray(MapSqlParameterSource[]::new));
        }
        Map<String, Long> ids = new HashMap<>();
        List<String> usccs = drafts.stream().map(EnterpriseDraft::uscc).toList();
        for (int from = 0; from < usccs.size(); from += 5000) {
            List<String> part = usccs.subList(from, Math.min(usccs.size(), from + 5000));
            jdbc.sql("select uscc, id from enterprise where uscc = any(:u)").param("u", part.toArray(String[]::new))
                    .query((ResultSet rs) -> {
                        ids.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return ids;
    }

    /** Inserts an enterprise without USCC (named by a plan) unless one with that name exists; returns its id. */
    public long insertWithoutUscc(EnterpriseDraft d) {
        Optional<Long> existing = jdbc.sql("select id from enterprise where uscc is null and name = :n").param("n", d.name())
                .query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        return named.queryForObject(UPSERT.substring(0, UPSERT.indexOf("on conflict")) + " returning id", params(d),
                Long.class);
    }

    public Optional<Long> idWithoutUscc(String name) {
        return jdbc.sql("select id from enterprise where uscc is null and name = :n").param("n", name).query(Long.class)
                .optional();
    }

    /** Updates when the version still matches (the USCC never changes). */
    public boolean update(long id, int version, EnterpriseDraft d) {
        MapSqlParameterSource p = params(d).addValue("id", id).addValue("version", version);
        return named.update("""
                update enterprise set name = :name, region_code = :region, region_name = :regionName, local = :local,
                    industry_code = :industry, registered_capital = :capital, founded_on = :founded,
                    business_scope = :scope, main_products = :products, tags = :tags, revenue = :revenue,
                    employees = :employees, needs_review = :review, review_note = :reviewNote,
                    version = version + 1, updated_at = now()
                where id = :id and version = :version
                """, p) == 1;
    }

    /** Streams every enterprise (for rebuilding the index). */
    public void forEach(Consumer<Enterprise> consumer) {
        named.getJdbcTemplate().query(con -> {
            con.setAutoCommit(false);
            var ps = con.prepareStatement(SELECT, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(2000);
            return ps;
        }, (ResultSet rs) -> {
            consumer.accept(map(rs, 0));
        });
    }

    // ---- placements ----

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

    /** Drops the unconfirmed automatic placements of these enterprises. */
    /** Enterprises with an automatic, still undecided placement on one of these segments of a chain. */
    public List<Long> suggestedOn(String chainCode, List<String> segmentCodes) {
        return jdbc.sql("""
                select distinct enterprise_id from enterprise_placement
                where chain_code = :c and segment_code = any(:s) and method = 'AUTO' and status = 'SUGGESTED'
                """).param("c", chainCode).param("s", segmentCodes.toArray(String[]::new)).query(Long.class).list();
    }

    public void deleteSuggestions(List<Long> enterpriseIds) {
        for (int from = 0; from < enterpriseIds.size(); from += 5000) {
            List<Long> part = enterpriseIds.subList(from, Math.min(enterpriseIds.size(), from + 5000));
            jdbc.sql("delete from enterprise_placement where enterprise_id = any(:ids) and method = 'AUTO' and status = 'SUGGESTED'")
                    .param("ids", part.toArray(Long[]::new)).update();
        }
    }

    /** A placement to insert. */
    public record NewPlacement(long enterpriseId, String chainCode, String segmentCode, PlacementRole role,
                               PlacementMethod method, PlacementStatus status, double confidence, List<String> terms,
                               String decidedBy) {
    }

    /** Inserts placements; an existing (enterprise, segment) row is kept as it is. Returns how many were added. */
    public int insertPlacements(List<NewPlacement> placements) {
        int added = 0;
        for (int from = 0; from < placements.size(); from += 1000) {
            List<NewPlacement> part = placements.subList(from, Math.min(placements.size(), from + 1000));
            int[] counts = named.batchUpdate("""
                    insert into enterprise_placement (enterprise_id, chain_code, segment_code, role, method, status,
                                                      confidence, matched_terms, decided_by, decided_at)
                    values (:e, :c, :s, :role, :method, :status, :conf, :terms, :by,
                            case when :by::text is null then null else now() end)
                    on conflict do nothing
                    """, part.stream().map(p -> new MapSqlParameterSource().addValue("e", p.enterpriseId())
                    .addValue("c", p.chainCode()).addValue("s", p.segmentCode()).addValue("role", p.role().name())
                    .addValue("method", p.method().name()).addValue("status", p.status().name())
                    .addValue("conf", BigDecimal.valueOf(p.confidence()).setScale(3, java.math.RoundingMode.HALF_UP))
                    .addValue("terms", String.join("|", p.terms())).addValue("by", p.decidedBy()))
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

    static MapSqlParameterSource params(EnterpriseDraft d) {
        return new MapSqlParameterSource().addValue("uscc", d.uscc()).addValue("name", d.name())
                .addValue("region", d.regionCode()).addValue("regionName", d.regionName()).addValue("local", d.local())
                .addValue("industry", d.industryCode()).addValue("capital", d.registeredCapital())
                .addValue("founded", d.foundedOn() == null ? null : Date.valueOf(d.foundedOn()))
                .addValue("scope", d.businessScope()).addValue("products", d.mainProducts())
                .addValue("tags", tags(d.tags())).addValue("revenue", d.revenue()).addValue("employees", d.employees())
                .addValue("source", d.source().name()).addValue("synthetic", d.synthetic())
                .addValue("review", d.needsReview()).addValue("reviewNote", d.reviewNote());
    }

    public static String tags(Set<EnterpriseTag> tags) {
        return Arrays.stream(EnterpriseTag.values()).filter(tags::contains).map(Enum::name)
                .collect(Collectors.joining("|"));
    }

    public static Set<EnterpriseTag> tags(String joined) {
        EnumSet<EnterpriseTag> out = EnumSet.noneOf(EnterpriseTag.class);
        if (joined != null && !joined.isEmpty()) {
            for (String t : joined.split("\\|")) {
                out.add(EnterpriseTag.valueOf(t));
            }
        }
        return out;
    }

    public static Enterprise map(ResultSet rs, int row) throws SQLException {
        Date founded = rs.getDate("founded_on");
        int employees = rs.getInt("employees");
        Integer emp = rs.wasNull() ? null : employees;
        return new Enterprise(rs.getLong("id"), rs.getString("uscc"), rs.getString("name"), rs.getString("region_code"),
                rs.getString("region_name"), rs.getBoolean("local"), rs.getString("industry_code"),
                rs.getString("industry_name"), rs.getBigDecimal("registered_capital"),
                founded == null ? null : founded.toLocalDate(), rs.getString("business_scope"),
                rs.getString("main_products"), tags(rs.getString("tags")), rs.getBigDecimal("revenue"), emp,
                EnterpriseSource.valueOf(rs.getString("source")), rs.getBoolean("synthetic"),
                rs.getBoolean("needs_review"), rs.getString("review_note"), rs.getInt("version"));
    }

    /** A placement, its segment named from the chain catalog (the chain module's, not read from its tables). */
    private Placement mapPlacement(ResultSet rs, int row) throws SQLException {
        String terms = rs.getString("matched_terms");
        String chainCode = rs.getString("chain_code");
        String segmentCode = rs.getString("segment_code");
        String segmentName = chains.chain(chainCode).flatMap(c -> c.segment(segmentCode)).map(ChainSegment::name)
                .orElse(segmentCode);
        return new Placement(rs.getLong("enterprise_id"), chainCode, segmentCode,
                segmentName, PlacementRole.valueOf(rs.getString("role")),
                PlacementMethod.valueOf(rs.getString("method")), PlacementStatus.valueOf(rs.getString("status")),
                rs.getDouble("confidence"), terms == null || terms.isEmpty() ? List.of() : List.of(terms.split("\\|")),
                rs.getInt("version"));
    }

    /** For queries that need a list of ids. */
    public static List<Long> ids(List<Enterprise> enterprises) {
        List<Long> out = new ArrayList<>(enterprises.size());
        enterprises.forEach(e -> out.add(e.id()));
        return out;
    }
}
