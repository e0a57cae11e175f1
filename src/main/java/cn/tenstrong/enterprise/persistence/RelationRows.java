package cn.tenstrong.enterprise.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.enterprise.EnterpriseRelation;
import cn.tenstrong.enterprise.RelationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for enterprise relations. */
@Repository
public class RelationRows {

    private static final String SELECT = """
            select r.*, f.name as from_name, f.local as from_local, t.name as to_name, t.local as to_local
            from enterprise_relation r join enterprise f on f.id = r.from_id join enterprise t on t.id = r.to_id
            """;

    private final JdbcClient jdbc;
    private final javax.sql.DataSource dataSource;

    public RelationRows(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** An enterprise as the import resolves it. */
    public record Ref(long id, String uscc, String name) {
    }

    /** A relation to store. */
    public record NewRelation(long fromId, long toId, RelationKind kind, BigDecimal amount, String source) {
    }

    public long count() {
        return jdbc.sql("select count(*) from enterprise_relation").query(Long.class).single();
    }

    /** Enterprises by USCC. */
    public Map<String, Ref> byUsccs(Collection<String> usccs) {
        Map<String, Ref> out = new HashMap<>();
        List<String> all = List.copyOf(usccs);
        for (int from = 0; from < all.size(); from += 5000) {
            List<String> part = all.subList(from, Math.min(all.size(), from + 5000));
            jdbc.sql("select id, uscc, name from enterprise where uscc = any(:u)").param("u", part.toArray(String[]::new))
                    .query(RelationRows::ref).list().forEach(r -> out.put(r.uscc(), r));
        }
        return out;
    }

    /** Enterprises by exact name; a name may belong to several enterprises. */
    public Map<String, List<Ref>> byNames(Collection<String> names) {
        Map<String, List<Ref>> out = new HashMap<>();
        List<String> all = List.copyOf(names);
        for (int from = 0; from < all.size(); from += 5000) {
            List<String> part = all.subList(from, Math.min(all.size(), from + 5000));
            jdbc.sql("select id, uscc, name from enterprise where name = any(:n) order by id")
                    .param("n", part.toArray(String[]::new)).query(RelationRows::ref).list()
                    .forEach(r -> out.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r));
        }
        return out;
    }

    /** The stored relation of a pair and type, if any. */
    public java.util.Optional<EnterpriseRelation> find(long fromId, long toId, RelationKind kind) {
        return jdbc.sql(SELECT + " where r.from_id = :f and r.to_id = :t and r.kind = :k").param("f", fromId)
                .param("t", toId).param("k", kind.name()).query(RelationRows::map).optional();
    }

    /** Inserts or updates (amount, source) by (from, to, kind); true when it was new. */
    public boolean upsert(NewRelation r, String by) {
        return jdbc.sql("""
                insert into enterprise_relation (from_id, to_id, kind, amount, source, created_by)
                values (:f, :t, :k, :a, :s, :by)
                on conflict (from_id, to_id, kind) do update set amount = excluded.amount, source = excluded.source,
                    updated_at = now(), version = enterprise_relation.version + 1
                returning (xmax = 0) as inserted
                """).param("f", r.fromId()).param("t", r.toId()).param("k", r.kind().name()).param("a", r.amount())
                .param("s", r.source()).param("by", by).query(Boolean.class).single();
    }

    /** What an upsert did to one relation. */
    public record Upserted(long id, boolean inserted) {
    }

    /**
     * Upserts (amount, source) by (from, to, kind) for all relations at once: copied into a staging table, then merged
     * in one statement, in the caller's transaction.
     *
     * @param rowNumbers the file row of each relation (for the error of a refused row)
     * @return per relation, in the order given, its id and whether it was new
     */
    public List<Upserted> upsertAll(List<NewRelation> relations, List<Integer> rowNumbers, String by) {
        if (relations.isEmpty()) {
            return List.of();
        }
        jdbc.sql("""
                create temp table if not exists enterprise_relation_load (
                    from_id bigint, to_id bigint, kind text, amount numeric(18, 2), source text
                ) on commit drop
                """).update();
        jdbc.sql("truncate enterprise_relation_load").update();
        try (CopyBinary copy = CopyBinary.open(dataSource, "copy enterprise_relation_load from stdin (format binary)",
                5)) {
            for (NewRelation r : relations) {
                copy.int8(r.fromId()).int8(r.toId()).text(r.kind().name()).numeric(r.amount()).text(r.source());
                copy.endRow();
            }
            copy.finish();
        } catch (CopyBinary.CopyFailedException e) {
            throw CopyFailure.of(e, line -> line >= 1 && line <= rowNumbers.size() ? rowNumbers.get(line - 1) : 0,
                    key -> 0);
        }
        Map<String, Upserted> done = new HashMap<>();
        try {
            jdbc.sql("""
                    insert into enterprise_relation (from_id, to_id, kind, amount, source, created_by)
                    select from_id, to_id, kind, amount, source, :by from enterprise_relation_load
                    on conflict (from_id, to_id, kind) do update set amount = excluded.amount, source = excluded.source,
                        updated_at = now(), version = enterprise_relation.version + 1
                    returning id, from_id, to_id, kind, (xmax = 0) as inserted
                    """).param("by", by).query((ResultSet rs) -> {
                done.put(rs.getLong(2) + ":" + rs.getLong(3) + ":" + rs.getString(4),
                        new Upserted(rs.getLong(1), rs.getBoolean(5)));
            });
        } catch (org.springframework.dao.DataAccessException e) {
            if (e.getMostSpecificCause() instanceof SQLException sql) {
                // a side deleted meanwhile: "Key (from_id)=(123) is not present in table enterprise"
                throw CopyFailure.of(new CopyBinary.CopyFailedException(sql, 0), line -> 0, key -> {
                    for (int i = 0; i < relations.size(); i++) {
                        NewRelation r = relations.get(i);
                        if (key.equals(Long.toString(r.fromId())) || key.equals(Long.toString(r.toId()))) {
                            return rowNumbers.get(i);
                        }
                    }
                    return 0;
                });
            }
            throw e;
        }
        List<Upserted> out = new ArrayList<>(relations.size());
        for (NewRelation r : relations) {
            out.add(done.get(r.fromId() + ":" + r.toId() + ":" + r.kind().name()));
        }
        return out;
    }

    /** Relations with any of these enterprises on either side. */
    public List<EnterpriseRelation> involving(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] array = ids.toArray(Long[]::new);
        return jdbc.sql(SELECT + " where r.from_id = any(:ids) or r.to_id = any(:ids) order by r.id")
                .param("ids", array).query(RelationRows::map).list();
    }

    private static Ref ref(ResultSet rs, int n) throws SQLException {
        return new Ref(rs.getLong("id"), rs.getString("uscc"), rs.getString("name"));
    }

    private static EnterpriseRelation map(ResultSet rs, int n) throws SQLException {
        return new EnterpriseRelation(rs.getLong("id"), rs.getLong("from_id"), rs.getString("from_name"),
                rs.getBoolean("from_local"), rs.getLong("to_id"), rs.getString("to_name"), rs.getBoolean("to_local"),
                RelationKind.valueOf(rs.getString("kind")), rs.getBigDecimal("amount"), rs.getString("source"),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }
}
