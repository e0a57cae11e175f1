package cn.tenstrong.listing.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the 上市后备资源库. */
@Repository
public class CandidateRows {

    /** A candidate as stored (codes, not names); stage is the furthest reached. */
    public record Row(long id, long enterpriseId, String enterpriseName, String regionCode, String cityCode,
                      String industryCode, String stage, String targetBoard, String notes, String createdBy,
                      Instant updatedAt, int version) {
    }

    /** One stage reached. */
    public record StepRow(long candidateId, String stage, LocalDate on, String source, String note, String by,
                          Instant at) {
    }

    /**
     * Which candidates a reader may see: a non-null city restricts to it, a non-null industry to it and those below
     * it; {@code none} sees nothing.
     */
    public record Visibility(boolean none, String cityCode, String industryPrefix) {
        public static final Visibility ALL = new Visibility(false, null, null);
        public static final Visibility NONE = new Visibility(true, null, null);
    }

    private final JdbcClient jdbc;

    public CandidateRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> visible(Visibility v, String stage, String cityCode, String industryPrefix) {
        return jdbc.sql("""
                select * from listing_candidate c
                where not :none
                  and (cast(:vcity as text) is null or c.city_code = :vcity)
                  and (cast(:vind as text) is null or c.industry_code like :vind || '%')
                  and (cast(:stage as text) is null or c.stage = :stage)
                  and (cast(:city as text) is null or c.city_code = :city)
                  and (cast(:ind as text) is null or c.industry_code like :ind || '%')
                order by c.id desc
                """).param("none", v.none()).param("vcity", v.cityCode()).param("vind", v.industryPrefix())
                .param("stage", stage).param("city", cityCode).param("ind", industryPrefix)
                .query(CandidateRows::row).list();
    }

    public List<Row> all() {
        return jdbc.sql("select * from listing_candidate order by id").query(CandidateRows::row).list();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select * from listing_candidate where id = :id").param("id", id).query(CandidateRows::row)
                .optional();
    }

    public Optional<Row> byEnterprise(long enterpriseId) {
        return jdbc.sql("select * from listing_candidate where enterprise_id = :e").param("e", enterpriseId)
                .query(CandidateRows::row).optional();
    }

    public List<Row> byEnterprises(List<Long> enterpriseIds) {
        if (enterpriseIds.isEmpty()) {
            return List.of();
        }
        // an array, not "in (:ids)": a bulk load's ids exceed the 65,535 parameters a statement may bind
        return jdbc.sql("select * from listing_candidate where enterprise_id = any(:ids)")
                .param("ids", enterpriseIds.toArray(Long[]::new)).query(CandidateRows::row).list();
    }

    public long insert(Row r) {
        return jdbc.sql("""
                insert into listing_candidate (enterprise_id, enterprise_name, region_code, city_code, industry_code,
                    stage, target_board, notes, created_by)
                values (:e, :name, :region, :city, :ind, :stage, :board, :notes, :by)
                returning id
                """).param("e", r.enterpriseId()).param("name", r.enterpriseName()).param("region", r.regionCode())
                .param("city", r.cityCode()).param("ind", r.industryCode()).param("stage", r.stage())
                .param("board", r.targetBoard()).param("notes", r.notes()).param("by", r.createdBy())
                .query(Long.class).single();
    }

    /** Updates the description; false when the version is stale. */
    public boolean update(long id, int version, String industryCode, String targetBoard, String notes) {
        return jdbc.sql("""
                update listing_candidate set industry_code = :ind, target_board = :board, notes = :notes,
                    updated_at = now(), version = version + 1
                where id = :id and version = :v
                """).param("ind", industryCode).param("board", targetBoard).param("notes", notes).param("id", id)
                .param("v", version).update() == 1;
    }

    /** Sets the furthest stage; false when the version is stale. */
    public boolean moveTo(long id, int version, String stage) {
        return jdbc.sql("""
                update listing_candidate set stage = :stage, updated_at = now(), version = version + 1
                where id = :id and version = :v
                """).param("stage", stage).param("id", id).param("v", version).update() == 1;
    }

    /** Records (or, for 上市 set by the data, re-dates) the day a stage was reached. */
    public void step(long candidateId, String stage, LocalDate on, String source, String note, String by) {
        jdbc.sql("""
                insert into listing_step (candidate_id, stage, on_date, source, note, by_user)
                values (:c, :stage, :on, :source, :note, :by)
                on conflict (candidate_id, stage) do update set on_date = excluded.on_date, source = excluded.source,
                    note = excluded.note, by_user = excluded.by_user, at = now()
                """).param("c", candidateId).param("stage", stage).param("on", Date.valueOf(on))
                .param("source", source).param("note", note).param("by", by).update();
    }

    public List<StepRow> steps(List<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from listing_step where candidate_id in (:ids) order by candidate_id, on_date, id")
                .param("ids", candidateIds).query((rs, n) -> new StepRow(rs.getLong("candidate_id"),
                        rs.getString("stage"), rs.getDate("on_date").toLocalDate(), rs.getString("source"),
                        rs.getString("note"), rs.getString("by_user"), rs.getTimestamp("at").toInstant())).list();
    }

    /**
     * Candidates of a city (null: all) and industry (prefix, null: all) that reached 上市 between two days (both
     * included); with {@code manualOnly} only those whose 上市 was recorded by hand (not from the listed-company data).
     */
    public long countListed(String cityCode, String industryPrefix, LocalDate from, LocalDate to, boolean manualOnly) {
        return jdbc.sql("""
                select count(*) from listing_candidate c join listing_step s on s.candidate_id = c.id
                where s.stage = 'LISTED' and s.on_date between :from and :to
                  and (not :manual or s.source = 'MANUAL')
                  and (cast(:city as text) is null or c.city_code = :city)
                  and (cast(:ind as text) is null or c.industry_code like :ind || '%')
                """).param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).param("manual", manualOnly)
                .param("city", cityCode).param("ind", industryPrefix).query(Long.class).single();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getString("enterprise_name"),
                rs.getString("region_code"), rs.getString("city_code"), rs.getString("industry_code"),
                rs.getString("stage"), rs.getString("target_board"), rs.getString("notes"), rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }
}
