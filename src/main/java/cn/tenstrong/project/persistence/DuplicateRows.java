package cn.tenstrong.project.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.tenstrong.project.DuplicateStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of 疑似重复项目: flags (both directions), decisions on pairs, and the mark of a merged duplicate. */
@Repository
public class DuplicateRows {

    /** A decision on a pair, stored with the lower id first. */
    public record Decision(long lowId, long highId, DuplicateStatus status, Long duplicateId, String flagReason,
                           String reason, String decidedBy, Instant decidedAt, int version) {

        public long other(long projectId) {
            return lowId == projectId ? highId : lowId;
        }
    }

    private final JdbcClient jdbc;

    public DuplicateRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Projects that could duplicate one: same city and normalised name, or the same enterprise (by id or name). */
    public List<ProjectRows.Row> duplicateCandidates(long id, String cityCode, String nameNorm, Long enterpriseId,
                                         String enterpriseNorm) {
        return jdbc.sql(ProjectRows.SELECT + """
                 where p.id <> :id and p.duplicate_of is null and ((p.city_code = :city and p.name_norm = :norm)
                    or (cast(:eid as bigint) is not null and p.enterprise_id = :eid)
                    or (cast(:enorm as text) <> '' and p.enterprise_norm = :enorm))
                 order by p.id""").param("id", id).param("city", cityCode).param("norm", nameNorm)
                .param("eid", enterpriseId).param("enorm", enterpriseNorm == null ? "" : enterpriseNorm)
                .query(ProjectRows::row).list();
    }

    public void replaceDuplicates(long projectId, List<Long> others, List<String> reasons) {
        jdbc.sql("delete from project_duplicate where project_id = :id or other_id = :id").param("id", projectId).update();
        for (int i = 0; i < others.size(); i++) {
            for (long[] pair : new long[][] {{projectId, others.get(i)}, {others.get(i), projectId}}) {
                jdbc.sql("""
                        insert into project_duplicate (project_id, other_id, reason) values (:a, :b, :r)
                        on conflict (project_id, other_id) do update set reason = excluded.reason
                        """).param("a", pair[0]).param("b", pair[1]).param("r", reasons.get(i)).update();
            }
        }
    }

    /** The decision on a pair, if any. */
    public Optional<Decision> decision(long a, long b) {
        return jdbc.sql("select * from project_duplicate_decision where low_id = :l and high_id = :h")
                .param("l", Math.min(a, b)).param("h", Math.max(a, b)).query(DuplicateRows::decision).optional();
    }

    /** The decisions on the pairs a project is part of. */
    public List<Decision> decisionsOf(long projectId) {
        return jdbc.sql("select * from project_duplicate_decision where low_id = :id or high_id = :id order by decided_at")
                .param("id", projectId).query(DuplicateRows::decision).list();
    }

    /**
     * Stores a decision: version 0 inserts it (false when someone else decided first), otherwise it must match the
     * stored version, which then grows by one.
     */
    public boolean decide(long a, long b, DuplicateStatus status, Long duplicateId, String flagReason, String reason,
                          String by, int version) {
        String decision = stored(status);
        if (version == 0) {
            return jdbc.sql("""
                    insert into project_duplicate_decision (low_id, high_id, decision, duplicate_id, flag_reason, reason,
                                                            decided_by)
                    values (:l, :h, :d, :dup, :fr, :r, :by) on conflict do nothing
                    """).param("l", Math.min(a, b)).param("h", Math.max(a, b)).param("d", decision)
                    .param("dup", duplicateId).param("fr", flagReason).param("r", reason).param("by", by).update() == 1;
        }
        return jdbc.sql("""
                update project_duplicate_decision set decision = :d, duplicate_id = :dup,
                    flag_reason = case when :fr = '' then flag_reason else :fr end, reason = :r, decided_by = :by,
                    decided_at = now(), version = version + 1
                where low_id = :l and high_id = :h and version = :v
                """).param("l", Math.min(a, b)).param("h", Math.max(a, b)).param("d", decision)
                .param("dup", duplicateId).param("fr", flagReason).param("r", reason).param("by", by)
                .param("v", version).update() == 1;
    }

    /** Drops the flag of one pair (both directions). */
    public void removeFlag(long a, long b) {
        jdbc.sql("""
                delete from project_duplicate where (project_id = :a and other_id = :b) or (project_id = :b and other_id = :a)
                """).param("a", a).param("b", b).update();
    }

    /** Marks a project as a duplicate of another (or clears the mark with null); its version grows. */
    public boolean setDuplicateOf(long id, Long keptId) {
        return jdbc.sql("""
                update project set duplicate_of = :k, updated_at = now(), version = version + 1 where id = :id
                """).param("k", keptId).param("id", id).update() == 1;
    }

    /** How many projects are confirmed duplicates of this one. */
    public long mergedInto(long keptId) {
        return jdbc.sql("select count(*) from project where duplicate_of = :id").param("id", keptId).query(Long.class)
                .single();
    }

    /** A project flagged as a possible duplicate of another, and why. */
    public record Flag(long otherId, String reason) {
    }

    /** The projects flagged as possible duplicates of one. */
    public List<Flag> duplicatesOf(long projectId) {
        return jdbc.sql("select other_id, reason from project_duplicate where project_id = :id order by other_id")
                .param("id", projectId).query((rs, n) -> new Flag(rs.getLong(1), rs.getString(2))).list();
    }

    private static Decision decision(ResultSet rs, int n) throws SQLException {
        return new Decision(rs.getLong("low_id"), rs.getLong("high_id"), status(rs.getString("decision")),
                (Long) rs.getObject("duplicate_id", Long.class), rs.getString("flag_reason"), rs.getString("reason"),
                rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant(), rs.getInt("version"));
    }

    /** The word a decision is stored as (the column predates {@link DuplicateStatus}). */
    private static String stored(DuplicateStatus status) {
        return switch (status) {
            case DISMISSED -> "NOT_DUPLICATE";
            case CONFIRMED -> "DUPLICATE";
            case OPEN -> "OPEN";
        };
    }

    private static DuplicateStatus status(String stored) {
        return switch (stored) {
            case "NOT_DUPLICATE" -> DuplicateStatus.DISMISSED;
            case "DUPLICATE" -> DuplicateStatus.CONFIRMED;
            default -> DuplicateStatus.OPEN;
        };
    }
}
