package cn.tenstrong.targeting.persistence;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.tenstrong.enterprise.EnterpriseTag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the weights a task force set for its chain. */
@Repository
public class WeightRows {

    /** A stored override. */
    public record Row(String chainCode, int product, int description, int code, int tags, int scale, int relations,
                      Map<EnterpriseTag, Integer> tagPoints, String updatedBy, int version) {
    }

    private final JdbcClient jdbc;

    public WeightRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Row> find(String chainCode) {
        return jdbc.sql("select * from targeting_weight where chain_code = :c").param("c", chainCode)
                .query((rs, n) -> new Row(rs.getString("chain_code"), rs.getInt("product_max"),
                        rs.getInt("description_max"), rs.getInt("code_max"),
                        rs.getInt("tags_max"), rs.getInt("scale_max"), rs.getInt("relation_max"),
                        tagPoints(rs.getString("tag_points")), rs.getString("updated_by"), rs.getInt("version")))
                .optional();
    }

    /** Inserts (version 1); false when a row exists already. */
    public boolean insert(Row r, String by) {
        return jdbc.sql("""
                insert into targeting_weight (chain_code, product_max, description_max, code_max, tags_max, scale_max,
                                              relation_max, tag_points, updated_by)
                values (:c, :pm, :dm, :k, :g, :s, :r, :p, :by) on conflict do nothing
                """).param("c", r.chainCode()).param("pm", r.product()).param("dm", r.description()).param("k", r.code()).param("g", r.tags())
                .param("s", r.scale()).param("r", r.relations()).param("p", join(r.tagPoints())).param("by", by)
                .update() == 1;
    }

    /** Updates when the version matches. */
    public boolean update(Row r, int version, String by) {
        return jdbc.sql("""
                update targeting_weight set product_max = :pm, description_max = :dm, code_max = :k, tags_max = :g, scale_max = :s,
                    relation_max = :r, tag_points = :p, updated_by = :by, updated_at = now(), version = version + 1
                where chain_code = :c and version = :v
                """).param("c", r.chainCode()).param("pm", r.product()).param("dm", r.description())
                .param("k", r.code()).param("g", r.tags())
                .param("s", r.scale()).param("r", r.relations()).param("p", join(r.tagPoints())).param("by", by)
                .param("v", version).update() == 1;
    }

    public boolean delete(String chainCode, int version) {
        return jdbc.sql("delete from targeting_weight where chain_code = :c and version = :v").param("c", chainCode)
                .param("v", version).update() == 1;
    }

    static String join(Map<EnterpriseTag, Integer> points) {
        return points.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().name() + "=" + e.getValue()).collect(Collectors.joining("|"));
    }

    static Map<EnterpriseTag, Integer> tagPoints(String text) {
        Map<EnterpriseTag, Integer> out = new EnumMap<>(EnterpriseTag.class);
        if (text != null && !text.isBlank()) {
            for (String part : text.split("\\|")) {
                String[] kv = part.split("=", 2);
                out.put(EnterpriseTag.valueOf(kv[0]), Integer.valueOf(kv[1]));
            }
        }
        return out;
    }
}
