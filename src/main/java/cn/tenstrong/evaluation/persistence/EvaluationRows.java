package cn.tenstrong.evaluation.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of schemes, rounds, subjects, reviewer assignments, expert scores and objections. */
@Repository
public class EvaluationRows {

    /** A stored scheme version; {@code content} is the YAML as loaded. */
    public record SchemeRow(long id, String code, int version, String name, String subjectType, String sourceFile,
                            String content, String contentSha, boolean usable, boolean demo) {
    }

    /** A round; {@code result} is the frozen result as JSON, null before 公示. */
    public record RoundRow(long id, long schemeId, String name, int year, String stage, boolean demo, String result,
                           Instant frozenAt, Instant publishedAt, String createdBy, int version) {
    }

    /** A subject; values and flags are JSON. */
    public record SubjectRow(long id, long roundId, String key, String name, String cohort, Long ownerOrgId,
                             String formValues, String flags, Instant declaredAt, String cityStatus, int version) {
    }

    /** A reviewer assignment; conflict is null (not yet declared), NONE or DECLARED. */
    public record AssignmentRow(long subjectId, String reviewer, String conflict, String conflictNote) {
    }

    /** One expert score. */
    public record ScoreRow(long subjectId, String reviewer, String leafCode, BigDecimal score) {
    }

    /** A 公示 objection. */
    public record ObjectionRow(String subjectKey, String text, String createdBy, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    public EvaluationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // schemes

    public List<SchemeRow> schemes() {
        return jdbc.sql("select * from evaluation_scheme order by code, version").query(EvaluationRows::scheme).list();
    }

    public Optional<SchemeRow> scheme(long id) {
        return jdbc.sql("select * from evaluation_scheme where id = :id").param("id", id)
                .query(EvaluationRows::scheme).optional();
    }

    public Optional<SchemeRow> scheme(String code, int version) {
        return jdbc.sql("select * from evaluation_scheme where code = :c and version = :v").param("c", code)
                .param("v", version).query(EvaluationRows::scheme).optional();
    }

    public void insertScheme(SchemeRow s) {
        jdbc.sql("""
                insert into evaluation_scheme (code, version, name, subject_type, source_file, content, content_sha,
                                               usable, demo)
                values (:code, :version, :name, :type, :file, :content, :sha, :usable, :demo)
                """).param("code", s.code()).param("version", s.version()).param("name", s.name())
                .param("type", s.subjectType()).param("file", s.sourceFile()).param("content", s.content())
                .param("sha", s.contentSha()).param("usable", s.usable()).param("demo", s.demo()).update();
    }

    private static SchemeRow scheme(ResultSet rs, int n) throws SQLException {
        return new SchemeRow(rs.getLong("id"), rs.getString("code"), rs.getInt("version"), rs.getString("name"),
                rs.getString("subject_type"), rs.getString("source_file"), rs.getString("content"),
                rs.getString("content_sha"), rs.getBoolean("usable"), rs.getBoolean("demo"));
    }

    // rounds

    public long insertRound(long schemeId, String name, int year, String stage, boolean demo, String by) {
        return jdbc.sql("""
                insert into evaluation_round (scheme_id, name, year, stage, demo, created_by)
                values (:s, :n, :y, :stage, :demo, :by) returning id
                """).param("s", schemeId).param("n", name).param("y", year).param("stage", stage)
                .param("demo", demo).param("by", by).query(Long.class).single();
    }

    public List<RoundRow> rounds() {
        return jdbc.sql("select * from evaluation_round order by year desc, id desc").query(EvaluationRows::round)
                .list();
    }

    public Optional<RoundRow> round(long id) {
        return jdbc.sql("select * from evaluation_round where id = :id").param("id", id).query(EvaluationRows::round)
                .optional();
    }

    /** Moves a round to a stage; false when the version is stale. */
    public boolean updateStage(long id, int version, String stage, String result, boolean freeze, boolean publish) {
        return jdbc.sql("""
                update evaluation_round set stage = :stage, version = version + 1,
                       result = coalesce(:result, result),
                       frozen_at = case when :freeze then now() else frozen_at end,
                       published_at = case when :publish then now() else published_at end
                where id = :id and version = :v
                """).param("stage", stage).param("result", result).param("freeze", freeze).param("publish", publish)
                .param("id", id).param("v", version).update() == 1;
    }

    private static RoundRow round(ResultSet rs, int n) throws SQLException {
        return new RoundRow(rs.getLong("id"), rs.getLong("scheme_id"), rs.getString("name"), rs.getInt("year"),
                rs.getString("stage"), rs.getBoolean("demo"), rs.getString("result"), instant(rs, "frozen_at"),
                instant(rs, "published_at"), rs.getString("created_by"), rs.getInt("version"));
    }

    // subjects

    public void insertSubject(long roundId, String key, String name, String cohort, Long ownerOrgId) {
        jdbc.sql("""
                insert into evaluation_subject (round_id, subject_key, name, cohort, owner_org_id)
                values (:r, :k, :n, :c, :o)
                """).param("r", roundId).param("k", key).param("n", name).param("c", cohort)
                .param("o", ownerOrgId).update();
    }

    public List<SubjectRow> subjects(long roundId) {
        return jdbc.sql("select * from evaluation_subject where round_id = :r order by id").param("r", roundId)
                .query(EvaluationRows::subject).list();
    }

    public Optional<SubjectRow> subject(long roundId, long subjectId) {
        return jdbc.sql("select * from evaluation_subject where round_id = :r and id = :id").param("r", roundId)
                .param("id", subjectId).query(EvaluationRows::subject).optional();
    }

    public boolean declare(long subjectId, int version, String values, String flags) {
        return jdbc.sql("""
                update evaluation_subject set form_values = :v, flags = :f, declared_at = now(),
                       city_status = 'PENDING', version = version + 1
                where id = :id and version = :ver
                """).param("v", values).param("f", flags).param("id", subjectId).param("ver", version).update() == 1;
    }

    public boolean cityReview(long subjectId, int version, String status) {
        return jdbc.sql("""
                update evaluation_subject set city_status = :s, version = version + 1 where id = :id and version = :v
                """).param("s", status).param("id", subjectId).param("v", version).update() == 1;
    }

    private static SubjectRow subject(ResultSet rs, int n) throws SQLException {
        long owner = rs.getLong("owner_org_id");
        Long ownerOrgId = rs.wasNull() ? null : owner;
        return new SubjectRow(rs.getLong("id"), rs.getLong("round_id"), rs.getString("subject_key"),
                rs.getString("name"), rs.getString("cohort"), ownerOrgId, rs.getString("form_values"),
                rs.getString("flags"), instant(rs, "declared_at"), rs.getString("city_status"), rs.getInt("version"));
    }

    // reviewers and scores

    public boolean assign(long subjectId, String reviewer) {
        return jdbc.sql("insert into evaluation_assignment (subject_id, reviewer) values (:s, :r) on conflict do nothing")
                .param("s", subjectId).param("r", reviewer).update() == 1;
    }

    public List<AssignmentRow> assignments(long roundId) {
        return jdbc.sql("""
                select a.* from evaluation_assignment a join evaluation_subject s on s.id = a.subject_id
                where s.round_id = :r order by a.subject_id, a.reviewer
                """).param("r", roundId).query((rs, n) -> new AssignmentRow(rs.getLong("subject_id"),
                rs.getString("reviewer"), rs.getString("conflict"), rs.getString("conflict_note"))).list();
    }

    public void declareConflict(long subjectId, String reviewer, String conflict, String note) {
        jdbc.sql("update evaluation_assignment set conflict = :c, conflict_note = :n where subject_id = :s and reviewer = :r")
                .param("c", conflict).param("n", note).param("s", subjectId).param("r", reviewer).update();
    }

    public void score(long subjectId, String reviewer, String leaf, BigDecimal score) {
        jdbc.sql("""
                insert into evaluation_score (subject_id, reviewer, leaf_code, score) values (:s, :r, :l, :v)
                on conflict (subject_id, reviewer, leaf_code) do update set score = excluded.score, scored_at = now()
                """).param("s", subjectId).param("r", reviewer).param("l", leaf).param("v", score).update();
    }

    public List<ScoreRow> scores(long roundId) {
        return jdbc.sql("""
                select c.* from evaluation_score c join evaluation_subject s on s.id = c.subject_id
                where s.round_id = :r order by c.subject_id, c.reviewer
                """).param("r", roundId).query((rs, n) -> new ScoreRow(rs.getLong("subject_id"),
                rs.getString("reviewer"), rs.getString("leaf_code"), rs.getBigDecimal("score"))).list();
    }

    // objections and earlier awards

    public void object(long roundId, String subjectKey, String text, String by) {
        jdbc.sql("insert into evaluation_objection (round_id, subject_key, text, created_by) values (:r, :k, :t, :b)")
                .param("r", roundId).param("k", subjectKey).param("t", text).param("b", by).update();
    }

    public List<ObjectionRow> objections(long roundId) {
        return jdbc.sql("select * from evaluation_objection where round_id = :r order by id").param("r", roundId)
                .query((rs, n) -> new ObjectionRow(rs.getString("subject_key"), rs.getString("text"),
                        rs.getString("created_by"), instant(rs, "created_at"))).list();
    }

    /** Frozen results of the other rounds of the same scheme code and year (for "not twice in one year"). */
    public List<String> frozenResultsOfYear(String schemeCode, int year, long exceptRound) {
        return jdbc.sql("""
                select r.result from evaluation_round r join evaluation_scheme s on s.id = r.scheme_id
                where s.code = :c and r.year = :y and r.id <> :id and r.result is not null
                """).param("c", schemeCode).param("y", year).param("id", exceptRound).query(String.class).list();
    }

    // deadlines

    /** A stage's deadline. */
    public record DeadlineRow(long roundId, String stage, LocalDate due) {
    }

    public List<DeadlineRow> deadlines() {
        return jdbc.sql("select * from evaluation_deadline order by round_id, due_date").query((rs, n) ->
                new DeadlineRow(rs.getLong("round_id"), rs.getString("stage"), rs.getObject("due_date", LocalDate.class)))
                .list();
    }

    public List<DeadlineRow> deadlines(long roundId) {
        return jdbc.sql("select * from evaluation_deadline where round_id = :r order by due_date").param("r", roundId)
                .query((rs, n) -> new DeadlineRow(rs.getLong("round_id"), rs.getString("stage"),
                        rs.getObject("due_date", LocalDate.class))).list();
    }

    /** Replaces a round's deadlines. */
    public void replaceDeadlines(long roundId, Map<String, LocalDate> byStage) {
        jdbc.sql("delete from evaluation_deadline where round_id = :r").param("r", roundId).update();
        byStage.forEach((stage, due) -> jdbc.sql(
                        "insert into evaluation_deadline (round_id, stage, due_date) values (:r, :s, :d)")
                .param("r", roundId).param("s", stage).param("d", due).update());
    }

    /** Counts a change of the round that is not a stage move (its deadlines); false when the version is stale. */
    public boolean touchRound(long id, int version) {
        return jdbc.sql("update evaluation_round set version = version + 1 where id = :id and version = :v")
                .param("id", id).param("v", version).update() == 1;
    }

    // to-dos

    /** A subject of a round in 申报 that its organisation has not declared yet. */
    public record UndeclaredRow(long roundId, String roundName, long subjectId, String subjectName, LocalDate due) {
    }

    public List<UndeclaredRow> undeclared(long ownerOrgId) {
        return jdbc.sql("""
                select r.id round_id, r.name round_name, s.id subject_id, s.name subject_name, d.due_date
                from evaluation_subject s join evaluation_round r on r.id = s.round_id
                left join evaluation_deadline d on d.round_id = r.id and d.stage = r.stage
                where r.stage = 'DECLARING' and s.declared_at is null and s.owner_org_id = :o
                order by d.due_date nulls last, r.id, s.id
                """).param("o", ownerOrgId).query((rs, n) -> new UndeclaredRow(rs.getLong("round_id"),
                rs.getString("round_name"), rs.getLong("subject_id"), rs.getString("subject_name"),
                rs.getObject("due_date", LocalDate.class))).list();
    }

    /** A reviewer's assignment in a round in 专家评审, with the expert indicators they have scored. */
    public record ReviewRow(long roundId, String roundName, long schemeId, long subjectId, String subjectName,
                            String conflict, int scored, LocalDate due) {
    }

    public List<ReviewRow> reviewsOf(String reviewer) {
        return jdbc.sql("""
                select r.id round_id, r.name round_name, r.scheme_id, s.id subject_id, s.name subject_name,
                       a.conflict, d.due_date,
                       (select count(*) from evaluation_score c
                        where c.subject_id = s.id and c.reviewer = a.reviewer) scored
                from evaluation_assignment a join evaluation_subject s on s.id = a.subject_id
                join evaluation_round r on r.id = s.round_id
                left join evaluation_deadline d on d.round_id = r.id and d.stage = r.stage
                where r.stage = 'EXPERT_REVIEW' and a.reviewer = :u
                order by d.due_date nulls last, r.id, s.id
                """).param("u", reviewer).query((rs, n) -> new ReviewRow(rs.getLong("round_id"),
                rs.getString("round_name"), rs.getLong("scheme_id"), rs.getLong("subject_id"),
                rs.getString("subject_name"), rs.getString("conflict"), rs.getInt("scored"),
                rs.getObject("due_date", LocalDate.class))).list();
    }

    // evidence

    /** A 申报材料 file without its content. */
    public record EvidenceRow(long id, long subjectId, String name, String contentType, long size, String uploadedBy,
                              Instant uploadedAt) {
    }

    public long insertEvidence(long subjectId, String name, String contentType, byte[] content, String by) {
        return jdbc.sql("""
                insert into evaluation_evidence (subject_id, name, content_type, size_bytes, content, uploaded_by)
                values (:s, :n, :t, :size, :c, :b) returning id
                """).param("s", subjectId).param("n", name).param("t", contentType).param("size", content.length)
                .param("c", content).param("b", by).query(Long.class).single();
    }

    public List<EvidenceRow> evidence(long subjectId) {
        return jdbc.sql("""
                select id, subject_id, name, content_type, size_bytes, uploaded_by, uploaded_at
                from evaluation_evidence where subject_id = :s order by id
                """).param("s", subjectId).query(EvaluationRows::evidenceRow).list();
    }

    public Optional<byte[]> evidenceContent(long subjectId, long evidenceId) {
        return jdbc.sql("select content from evaluation_evidence where id = :id and subject_id = :s")
                .param("id", evidenceId).param("s", subjectId).query((rs, n) -> rs.getBytes(1)).optional();
    }

    public boolean deleteEvidence(long subjectId, long evidenceId) {
        return jdbc.sql("delete from evaluation_evidence where id = :id and subject_id = :s").param("id", evidenceId)
                .param("s", subjectId).update() == 1;
    }

    private static EvidenceRow evidenceRow(ResultSet rs, int n) throws SQLException {
        return new EvidenceRow(rs.getLong("id"), rs.getLong("subject_id"), rs.getString("name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("uploaded_by"),
                instant(rs, "uploaded_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
