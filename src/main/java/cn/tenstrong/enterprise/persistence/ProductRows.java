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

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    public ProductRows(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
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
        return products.size();
    }

    /** Products of an enterprise, largest share first. */
    public List<EnterpriseProduct> products(long enterpriseId) {
        return jdbc.sql("""
                select product, revenue_share, source from enterprise_product where enterprise_id = :id
                order by revenue_share desc nulls last, product
                """).param("id", enterpriseId).query((rs, n) -> new EnterpriseProduct(rs.getString(1),
                rs.getBigDecimal(2), rs.getString(3))).list();
    }
}
