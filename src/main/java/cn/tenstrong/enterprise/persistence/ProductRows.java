package cn.tenstrong.enterprise.persistence;

import java.math.BigDecimal;
import java.util.List;

import cn.tenstrong.enterprise.EnterpriseProduct;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for 主营产品构成 (products with their revenue share). */
@Repository
public class ProductRows {

    /** The list of source keys with their vintage (enterprise/reference/sources.csv). */
    static final String SOURCES = "enterprise/reference/sources.csv";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    /** source key → vintage, so that a revenue share is shown with the year it is for */
    private final java.util.Map<String, String> vintages;

    public ProductRows(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
        java.util.Map<String, String> v = new java.util.HashMap<>();
        cn.tenstrong.shared.CsvData.readClasspath(SOURCES).forEach(r -> v.put(r.get("key"), r.get("vintage")));
        this.vintages = java.util.Map.copyOf(v);
    }

    private EnterpriseProduct product(String name, BigDecimal share, String source) {
        return new EnterpriseProduct(name, share, source, vintages.getOrDefault(source, ""));
    }

    /** A product row to store. */
    public record NewProduct(long enterpriseId, String product, BigDecimal share, String source) {
    }

    /** Replaces the products of these enterprises that came from {@code source} with {@code products}. */
    public int replace(List<Long> enterpriseIds, String source, List<NewProduct> products) {
        for (int from = 0; from < enterpriseIds.size(); from += 5000) {
            List<Long> part = enterpriseIds.subList(from, Math.min(enterpriseIds.size(), from + 5000));
            jdbc.sql("delete from enterprise_product where enterprise_id = any(:ids) and source = :s")
                    .param("ids", part.toArray(Long[]::new)).param("s", source).update();
        }
        for (int from = 0; from < products.size(); from += 2000) {
            named.batchUpdate("""
                    insert into enterprise_product (enterprise_id, product, revenue_share, source) values (:e, :p, :w, :s)
                    on conflict (enterprise_id, product) do update set revenue_share = excluded.revenue_share,
                        source = excluded.source
                    """, products.subList(from, Math.min(products.size(), from + 2000)).stream()
                    .map(p -> new MapSqlParameterSource().addValue("e", p.enterpriseId()).addValue("p", p.product())
                            .addValue("w", p.share()).addValue("s", p.source()))
                    .toArray(MapSqlParameterSource[]::new));
        }
        version.incrementAndGet();
        // a lookup between this write and the commit would snapshot the old rows: reload once more after the commit
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            version.incrementAndGet();
                        }
                    });
        }
        return products.size();
    }

    /** Products of these enterprises, by enterprise. */
    public java.util.Map<Long, List<EnterpriseProduct>> productsOf(List<Long> enterpriseIds) {
        java.util.Map<Long, List<EnterpriseProduct>> out = new java.util.HashMap<>();
        for (int from = 0; from < enterpriseIds.size(); from += 5000) {
            List<Long> part = enterpriseIds.subList(from, Math.min(enterpriseIds.size(), from + 5000));
            jdbc.sql("select enterprise_id, product, revenue_share, source from enterprise_product where enterprise_id = any(:ids)")
                    .param("ids", part.toArray(Long[]::new)).query((java.sql.ResultSet rs) -> {
                        out.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                                .add(new EnterpriseProduct(rs.getString(2), rs.getBigDecimal(3), rs.getString(4)));
                    });
        }
        return out;
    }

    /**
     * Products of several enterprises in one query (for ranking candidates), each list largest share first;
     * enterprises without products are absent from the map.
     */
    public java.util.Map<Long, List<EnterpriseProduct>> products(java.util.Collection<Long> enterpriseIds) {
        java.util.Map<Long, List<EnterpriseProduct>> out = new java.util.HashMap<>();
        if (enterpriseIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select enterprise_id, product, revenue_share, source from enterprise_product
                where enterprise_id = any(:ids) order by enterprise_id, revenue_share desc nulls last, product
                """).param("ids", enterpriseIds.toArray(Long[]::new)).query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(product(rs.getString(2),
                            rs.getBigDecimal(3), rs.getString(4)));
                });
        return out;
    }

    /** Every product row as matching needs it: lower-cased name, enterprise and share (0 when unknown). */
    private record Snapshot(long version, String[] names, long[] enterprises, double[] shares) {
    }

    /** Bumped by every write, so the next lookup reloads the snapshot. */
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();
    private volatile Snapshot snapshot;

    /**
     * Enterprises with a product whose name contains one of these words (case-insensitive), the largest matching
     * revenue share first, at most {@code limit}, skipping those registered under a region prefix (null for none) and
     * synthetic ones unless asked. The names are matched in memory over a snapshot of the (small) product table:
     * {@code ILIKE '%…%'} over 40,000 Chinese names cost PostgreSQL 90–200 ms per lookup, the snapshot a few.
     */
    public List<Long> enterprisesNaming(java.util.Collection<String> words, String excludedRegionPrefix,
                                        boolean includeSynthetic, int limit) {
        String[] lowered = words.stream().filter(w -> !w.isBlank()).map(w -> w.toLowerCase(java.util.Locale.ROOT))
                .distinct().toArray(String[]::new);
        if (lowered.length == 0 || limit <= 0) {
            return List.of();
        }
        Snapshot s = current();
        java.util.Map<Long, Double> best = new java.util.HashMap<>();
        for (int i = 0; i < s.names().length; i++) {
            String name = s.names()[i];
            for (String w : lowered) {
                if (name.contains(w)) {
                    best.merge(s.enterprises()[i], s.shares()[i], Math::max);
                    break;
                }
            }
        }
        if (best.isEmpty()) {
            return List.of();
        }
        List<Long> admitted = jdbc.sql("""
                select id from enterprise where id = any(:ids)
                  and (cast(:excluded as text) is null or region_code is null or region_code not like :excluded || '%')
                  and (:synthetic or not synthetic)
                """).param("ids", best.keySet().toArray(Long[]::new)).param("excluded", excludedRegionPrefix)
                .param("synthetic", includeSynthetic).query(Long.class).list();
        return admitted.stream().sorted(java.util.Comparator.comparing((Long id) -> best.get(id)).reversed()
                .thenComparing(id -> id)).limit(limit).toList();
    }

    private Snapshot current() {
        long v = version.get();
        Snapshot s = snapshot;
        if (s != null && s.version() == v) {
            return s;
        }
        List<String> names = new java.util.ArrayList<>();
        List<Long> ids = new java.util.ArrayList<>();
        List<Double> shares = new java.util.ArrayList<>();
        jdbc.sql("select enterprise_id, product, revenue_share from enterprise_product").query(rs -> {
            ids.add(rs.getLong(1));
            names.add(rs.getString(2).toLowerCase(java.util.Locale.ROOT));
            BigDecimal share = rs.getBigDecimal(3);
            shares.add(share == null ? 0 : share.doubleValue());
        });
        s = new Snapshot(v, names.toArray(String[]::new), ids.stream().mapToLong(Long::longValue).toArray(),
                shares.stream().mapToDouble(Double::doubleValue).toArray());
        snapshot = s;
        return s;
    }

    /** Products of an enterprise, largest share first. */
    public List<EnterpriseProduct> products(long enterpriseId) {
        return jdbc.sql("""
                select product, revenue_share, source from enterprise_product where enterprise_id = :id
                order by revenue_share desc nulls last, product
                """).param("id", enterpriseId).query((rs, n) -> product(rs.getString(1),
                rs.getBigDecimal(2), rs.getString(3))).list();
    }
}
