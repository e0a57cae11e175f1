package cn.tenstrong.enterprise.persistence;

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

import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseListing;
import cn.tenstrong.enterprise.EnterpriseSource;
import cn.tenstrong.enterprise.EnterpriseTag;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for enterprises (their placements: {@link PlacementRows}). */
@Repository
public class EnterpriseRows {

    /** The columns {@link #map} reads, for queries that select more beside them. */
    public static final String COLUMNS = "e.*, coalesce(c.name, '') as industry_name";
    /** The enterprise table with its industry class name ({@code e}, {@code c}), for queries that join more. */
    public static final String FROM = """
            from enterprise e left join enterprise_industry_class c on c.code = e.industry_code
            """;
    public static final String SELECT = "select " + COLUMNS + "\n" + FROM;

    private static final String INSERT = """
            insert into enterprise (uscc, name, region_code, region_name, local, industry_code, registered_capital,
                                    founded_on, business_scope, main_products, tags, revenue, employees, source, synthetic,
                                    needs_review, review_note, stock_code, exchange, board, listed_on, sw_industry_code,
                                    sw_industry_name, revenue_year, provenance)
            values (:uscc, :name, :region, :regionName, :local, :industry, :capital, :founded, :scope, :products, :tags,
                    :revenue, :employees, :source, :synthetic, :review, :reviewNote, :stock, :exchange, :board, :listed,
                    :swCode, :swName, :revenueYear, :provenance)
            """;

    /** Appended to a stored provenance when an import without one changes the values. */
    public static final String LATER_IMPORT_NOTE = "；其后经文件导入更新（见操作日志）";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    public EnterpriseRows(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    public long count() {
        return jdbc.sql("select count(*) from enterprise").query(Long.class).single();
    }

    /** Real enterprises of a region prefix listed between two days (上市日期, both included). */
    public long countListed(String regionPrefix, java.time.LocalDate from, java.time.LocalDate to) {
        return jdbc.sql("""
                select count(*) from enterprise
                where listed_on between :f and :t and region_code like :r || '%' and not synthetic
                """).param("f", Date.valueOf(from)).param("t", Date.valueOf(to)).param("r", regionPrefix)
                .query(Long.class).single();
    }

    /** Enterprises by data basis: public listed-company data, other real ones, synthetic. */
    public cn.tenstrong.enterprise.DataBasis dataBasis(boolean includeSynthetic) {
        return jdbc.sql("""
                select count(*) filter (where not synthetic and source = 'PUBLIC_DATA'),
                       count(*) filter (where not synthetic and source <> 'PUBLIC_DATA'),
                       count(*) filter (where synthetic)
                from enterprise
                """).query((rs, n) -> new cn.tenstrong.enterprise.DataBasis(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                includeSynthetic)).single();
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

    /** How an import's drafts map onto stored enterprises. */
    public record Resolution(List<Long> ids, Map<Integer, String> conflicts) {
    }

    /**
     * The stored enterprise each draft is, by identity: the USCC; else (or when no row has that USCC) the stock code;
     * else name + province among rows without a USCC (so a later import that brings the USCC fills it into the
     * stock-code or name row instead of adding a second one). {@code null} for a new enterprise; a draft whose USCC
     * and stock code point at two different enterprises is a conflict (index → reason).
     */
    public Resolution resolve(List<EnterpriseDraft> drafts) {
        Map<String, Long> byUscc = new HashMap<>();
        Map<String, long[]> byStock = new HashMap<>();
        Map<String, String> stockUscc = new HashMap<>();
        Map<String, Long> byName = new HashMap<>();
        List<String> usccs = drafts.stream().map(EnterpriseDraft::uscc).filter(java.util.Objects::nonNull).toList();
        for (int from = 0; from < usccs.size(); from += 5000) {
            List<String> part = usccs.subList(from, Math.min(usccs.size(), from + 5000));
            jdbc.sql("select uscc, id from enterprise where uscc = any(:u)").param("u", part.toArray(String[]::new))
                    .query((ResultSet rs) -> {
                        byUscc.put(rs.getString(1), rs.getLong(2));
                    });
        }
        List<String> stocks = drafts.stream().map(EnterpriseDraft::stockCode).filter(java.util.Objects::nonNull).toList();
        for (int from = 0; from < stocks.size(); from += 5000) {
            List<String> part = stocks.subList(from, Math.min(stocks.size(), from + 5000));
            jdbc.sql("select stock_code, id, uscc from enterprise where stock_code = any(:s)")
                    .param("s", part.toArray(String[]::new)).query((ResultSet rs) -> {
                        byStock.put(rs.getString(1), new long[] {rs.getLong(2)});
                        if (rs.getString(3) != null) {
                            stockUscc.put(rs.getString(1), rs.getString(3));
                        }
                    });
        }
        List<String> names = new ArrayList<>();
        for (EnterpriseDraft d : drafts) {
            if ((d.uscc() == null || !byUscc.containsKey(d.uscc())) && (d.stockCode() == null
                    || !byStock.containsKey(d.stockCode()))) {
                names.add(d.name());
            }
        }
        for (int from = 0; from < names.size(); from += 5000) {
            List<String> part = names.subList(from, Math.min(names.size(), from + 5000));
            // without a USCC only; a row with its own stock code is another listed company unless the draft has none
            jdbc.sql("""
                    select name, coalesce(province_code, '') as p, id, stock_code is null as plain from enterprise
                    where uscc is null and name = any(:n) order by stock_code is null desc, id
                    """).param("n", part.toArray(String[]::new)).query((ResultSet rs) -> {
                byName.putIfAbsent((rs.getBoolean(4) ? "P:" : "L:") + rs.getString(1) + "@" + rs.getString(2),
                        rs.getLong(3));
            });
        }
        List<Long> ids = new ArrayList<>(drafts.size());
        Map<Integer, String> conflicts = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            EnterpriseDraft d = drafts.get(i);
            String stock = d.stockCode();
            Long id = d.uscc() == null ? null : byUscc.get(d.uscc());
            Long stockId = stock == null || !byStock.containsKey(stock) ? null : byStock.get(stock)[0];
            if (id != null && stockId != null && !id.equals(stockId)) {
                conflicts.put(i, "股票代码" + stock + "已属于另一家企业（统一社会信用代码"
                        + stockUscc.getOrDefault(stock, "未登记") + "）");
            } else if (id == null && stockId != null && d.uscc() != null && stockUscc.containsKey(stock)) {
                conflicts.put(i, "股票代码" + stock + "已登记的统一社会信用代码为" + stockUscc.get(stock) + "，与本行不符");
            }
            if (id == null) {
                id = stockId;
            }
            if (id == null) {
                String key = d.name() + "@" + d.provinceCode();
                id = byName.get("P:" + key);
                if (id == null && stock == null) {
                    id = byName.get("L:" + key);
                }
            }
            ids.add(id);
        }
        return new Resolution(ids, conflicts);
    }

    /** Inserts an enterprise without USCC (named by a plan) unless one with that name exists; returns its id. */
    public long insertWithoutUscc(EnterpriseDraft d) {
        Optional<Long> existing = jdbc.sql("select id from enterprise where uscc is null and name = :n").param("n", d.name())
                .query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        return named.queryForObject(INSERT + " returning id", params(d), Long.class);
    }

    /** Adds a tag to these enterprises where it is missing; returns how many changed. */
    public int addTag(List<Long> ids, EnterpriseTag tag) {
        int changed = 0;
        for (Enterprise e : byIds(ids)) {
            if (!e.tags().contains(tag)) {
                Set<EnterpriseTag> t = EnumSet.copyOf(e.tags().isEmpty() ? EnumSet.noneOf(EnterpriseTag.class) : e.tags());
                t.add(tag);
                changed += jdbc.sql("update enterprise set tags = :t, version = version + 1, updated_at = now() where id = :id")
                        .param("t", tags(t)).param("id", e.id()).update();
            }
        }
        return changed;
    }

    /** The enterprise with this stock code. */
    public Optional<Long> idByStockCode(String stockCode) {
        return jdbc.sql("select id from enterprise where stock_code = :s").param("s", stockCode).query(Long.class)
                .optional();
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

    /**
     * The identity keys of every stored enterprise ({@link StoredKeys}), read in one pass over the table: about 5 s
     * at 10M enterprises, against the hours of looking each draft of a 10M load up by itself.
     */
    public StoredKeys storedKeys() {
        long expected = jdbc.sql("""
                select count(uscc) + count(stock_code) + count(*) filter (where uscc is null) from enterprise
                """).query(Long.class).single();
        StoredKeys keys = new StoredKeys(expected);
        named.getJdbcTemplate().query(con -> {
            con.setAutoCommit(false);
            var ps = con.prepareStatement("select uscc, stock_code, name from enterprise",
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(10_000);
            return ps;
        }, (ResultSet rs) -> {
            String uscc = rs.getString(1);
            String stock = rs.getString(2);
            if (uscc != null) {
                keys.addUscc(uscc);
            } else {
                keys.addName(rs.getString(3));
            }
            if (stock != null) {
                keys.addStockCode(stock);
            }
        });
        return keys;
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

    static MapSqlParameterSource params(EnterpriseDraft d) {
        return new MapSqlParameterSource().addValue("uscc", d.uscc()).addValue("name", d.name())
                .addValue("region", d.regionCode()).addValue("regionName", d.regionName()).addValue("local", d.local())
                .addValue("industry", d.industryCode()).addValue("capital", d.registeredCapital())
                .addValue("founded", d.foundedOn() == null ? null : Date.valueOf(d.foundedOn()))
                .addValue("scope", d.businessScope()).addValue("products", d.mainProducts())
                .addValue("tags", tags(d.tags())).addValue("revenue", d.revenue()).addValue("employees", d.employees())
                .addValue("source", d.source().name()).addValue("synthetic", d.synthetic())
                .addValue("review", d.needsReview()).addValue("reviewNote", d.reviewNote())
                .addValue("stock", d.stockCode()).addValue("exchange", d.listing() == null ? "" : d.listing().exchange())
                .addValue("board", d.listing() == null ? "" : d.listing().board())
                .addValue("listed", d.listing() == null || d.listing().listedOn() == null ? null
                        : Date.valueOf(d.listing().listedOn()))
                .addValue("swCode", d.swIndustryCode()).addValue("swName", d.swIndustryName())
                .addValue("revenueYear", d.revenueYear()).addValue("provenance", d.provenance());
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
                rs.getBoolean("needs_review"), rs.getString("review_note"), rs.getInt("version"), listing(rs),
                rs.getString("sw_industry_code"), rs.getString("sw_industry_name"),
                (Integer) rs.getObject("revenue_year", Integer.class), rs.getString("provenance"),
                tags(rs.getString("claimed_tags")));
    }

    private static EnterpriseListing listing(ResultSet rs) throws SQLException {
        String stock = rs.getString("stock_code");
        if (stock == null) {
            return null;
        }
        Date listed = rs.getDate("listed_on");
        return new EnterpriseListing(stock, rs.getString("exchange"), rs.getString("board"),
                listed == null ? null : listed.toLocalDate());
    }

    /** For queries that need a list of ids. */
    public static List<Long> ids(List<Enterprise> enterprises) {
        List<Long> out = new ArrayList<>(enterprises.size());
        enterprises.forEach(e -> out.add(e.id()));
        return out;
    }
}
