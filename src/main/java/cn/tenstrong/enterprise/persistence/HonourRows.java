package cn.tenstrong.enterprise.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import cn.tenstrong.enterprise.EnterpriseHonour;
import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.enterprise.HonourStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for 荣誉（自述） and the enterprise's claimed tags that follow them. */
@Repository
public class HonourRows {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    public HonourRows(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** A self-reported honour to store. */
    public record NewHonour(long enterpriseId, String honour, EnterpriseTag tag, String level, String batch,
                            Integer batchYear, String holder, String evidence, String source) {
    }

    /** Inserts honours not stored yet (a decided one keeps its decision); returns how many were added. */
    public int insertMissing(List<NewHonour> honours) {
        int added = 0;
        for (int from = 0; from < honours.size(); from += 1000) {
            int[] counts = named.batchUpdate("""
                    insert into enterprise_honour (enterprise_id, honour, tag, level, batch, batch_year, holder, evidence,
                                                   source)
                    values (:e, :h, :tag, :level, :batch, :year, :holder, :evidence, :source)
                    on conflict (enterprise_id, honour, evidence) do nothing
                    """, honours.subList(from, Math.min(honours.size(), from + 1000)).stream()
                    .map(h -> new MapSqlParameterSource().addValue("e", h.enterpriseId()).addValue("h", h.honour())
                            .addValue("tag", h.tag() == null ? null : h.tag().name()).addValue("level", h.level())
                            .addValue("batch", h.batch()).addValue("year", h.batchYear()).addValue("holder", h.holder())
                            .addValue("evidence", h.evidence()).addValue("source", h.source()))
                    .toArray(MapSqlParameterSource[]::new));
            for (int c : counts) {
                added += c > 0 || c == java.sql.Statement.SUCCESS_NO_INFO ? 1 : 0;
            }
        }
        return added;
    }

    public List<EnterpriseHonour> honours(long enterpriseId) {
        return jdbc.sql("""
                select * from enterprise_honour where enterprise_id = :e
                order by status <> 'SELF_REPORTED', tag is null, honour, id
                """).param("e", enterpriseId).query(HonourRows::map).list();
    }

    public Optional<EnterpriseHonour> honour(long enterpriseId, long id) {
        return jdbc.sql("select * from enterprise_honour where id = :id and enterprise_id = :e").param("id", id)
                .param("e", enterpriseId).query(HonourRows::map).optional();
    }

    /** Sets the decision when the version still matches. */
    public boolean decide(long id, int version, HonourStatus status, String by) {
        return jdbc.sql("""
                update enterprise_honour set status = :s, decided_by = :by, decided_at = now(), version = version + 1
                where id = :id and version = :v and status = 'SELF_REPORTED'
                """).param("s", status.name()).param("by", by).param("id", id).param("v", version).update() == 1;
    }

    /**
     * Recomputes the claimed (self-reported, not yet confirmed) tags of these enterprises: tags with a self-reported
     * honour that the enterprise's confirmed tags do not hold.
     */
    public void refreshClaimedTags(List<Long> enterpriseIds) {
        for (int from = 0; from < enterpriseIds.size(); from += 5000) {
            List<Long> part = enterpriseIds.subList(from, Math.min(enterpriseIds.size(), from + 5000));
            jdbc.sql("""
                    update enterprise e set claimed_tags = coalesce((
                        select string_agg(distinct h.tag, '|' order by h.tag) from enterprise_honour h
                        where h.enterprise_id = e.id and h.status = 'SELF_REPORTED' and h.tag is not null
                          and not (h.tag = any(string_to_array(e.tags, '|')))), '')
                    where e.id = any(:ids)
                    """).param("ids", part.toArray(Long[]::new)).update();
        }
    }

    private static EnterpriseHonour map(ResultSet rs, int n) throws SQLException {
        Timestamp at = rs.getTimestamp("decided_at");
        String tag = rs.getString("tag");
        return new EnterpriseHonour(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getString("honour"),
                tag == null ? null : EnterpriseTag.valueOf(tag), rs.getString("level"), rs.getString("batch"),
                (Integer) rs.getObject("batch_year", Integer.class), rs.getString("holder"), rs.getString("evidence"),
                rs.getString("source"), HonourStatus.valueOf(rs.getString("status")), rs.getString("decided_by"),
                at == null ? null : at.toInstant(), rs.getInt("version"));
    }
}
