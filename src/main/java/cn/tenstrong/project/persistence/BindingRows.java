package cn.tenstrong.project.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of target bindings (指标绑定): which live figure a plan target is bound to. */
@Repository
public class BindingRows {

    private final JdbcClient jdbc;

    public BindingRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A binding as stored. */
    public record BindingRow(long targetId, String kind, String filter, int version) {
    }

    public List<BindingRow> bindings() {
        return jdbc.sql("select target_id, kind, filter, version from target_binding order by target_id")
                .query((rs, n) -> new BindingRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4))).list();
    }

    public Optional<BindingRow> binding(long targetId) {
        return jdbc.sql("select target_id, kind, filter, version from target_binding where target_id = :t")
                .param("t", targetId)
                .query((rs, n) -> new BindingRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4))).optional();
    }

    public void insertBinding(long targetId, String kind, String filter, String by) {
        jdbc.sql("insert into target_binding (target_id, kind, filter, created_by) values (:t, :k, :f, :by)")
                .param("t", targetId).param("k", kind).param("f", filter).param("by", by).update();
    }

    public boolean updateBinding(long targetId, int version, String kind, String filter) {
        return jdbc.sql("""
                update target_binding set kind = :k, filter = :f, version = version + 1
                where target_id = :t and version = :v
                """).param("k", kind).param("f", filter).param("t", targetId).param("v", version).update() == 1;
    }
}
