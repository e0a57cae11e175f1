package cn.tenstrong.ledger.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tenstrong.ledger.ProgressStatus;
import cn.tenstrong.ledger.ReportStatus;
import cn.tenstrong.ledger.ReportView;
import cn.tenstrong.ledger.RoundView;
import cn.tenstrong.org.Organization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for rounds, reports, values, evidence, history and notes (status inputs: {@link LedgerFactRows}; profiles: {@link ProfileRows}). */
@Repository
public class LedgerRows {

    private final JdbcClient jdbc;
    private final ForeignNames orgs;

    public LedgerRows(JdbcClient jdbc, ForeignNames orgs) {
        this.jdbc = jdbc;
        this.orgs = orgs;
    }

    // rounds

    public long insertRound(String industry, String kind, String label, LocalDate start, LocalDate end, LocalDate due,
                            String actor, boolean demo) {
        return jdbc.sql("""
                insert into ledger_round (industry_code, period_kind, period_label, period_start, period_end, due_date,
                                          opened_by, demo)
                values (:industry, :kind, :label, :start, :end, :due, :actor, :demo) returning id
                """).param("industry", industry).param("kind", kind).param("label", label)
                .param("start", Date.valueOf(start)).param("end", Date.valueOf(end)).param("due", Date.valueOf(due))
                .param("actor", actor).param("demo", demo).query(Long.class).single();
    }

    public boolean roundExists(String industry, String kind, String label) {
        return jdbc.sql("""
                select exists (select 1 from ledger_round where coalesce(industry_code, '*') = coalesce(:industry, '*')
                               and period_kind = :kind and period_label = :label)
                """).param("industry", industry).param("kind", kind).param("label", label).query(Boolean.class).single();
    }

    public boolean closeRound(long id, int version) {
        return jdbc.sql("""
                update ledger_round set status = 'CLOSED', closed_at = now(), version = version + 1
                where id = :id and version = :v and status = 'OPEN'
                """).param("id", id).param("v", version).update() == 1;
    }

    /** Demo reports are dated as if they had been sent on time, so the demo's scorecards mean something. */
    public void backdateDemoReports(long roundId, Instant submittedAt, Instant reviewedAt) {
        jdbc.sql("""
                update ledger_report set submitted_at = :s, reviewed_at = :r
                where round_id = :round and round_id in (select id from ledger_round where demo)
                """).param("s", Timestamp.from(submittedAt)).param("r", Timestamp.from(reviewedAt)).param("round", roundId)
                .update();
    }

    public List<RoundView> rounds() {
        return jdbc.sql("""
                select * from ledger_round order by period_end desc, id desc
                """).query(roundMapper()).list();
    }

    public Optional<RoundView> round(long id) {
        return jdbc.sql("""
                select * from ledger_round where id = :id
                """).param("id", id).query(roundMapper()).optional();
    }

    // reports

    public long insertReport(long roundId, long itemId, String industry, Integer year, String itemKey, long orgId,
                             String actor) {
        return jdbc.sql("""
                insert into ledger_report (round_id, item_id, industry_code, plan_year, item_key, organization_id, created_by)
                values (:round, :item, :industry, :year, :key, :org, :actor) returning id
                """).param("round", roundId).param("item", itemId).param("industry", industry).param("year", year)
                .param("key", itemKey).param("org", orgId).param("actor", actor).query(Long.class).single();
    }

    public boolean updateReportContent(long id, int version, String progress, BigDecimal percent, ProgressStatus self,
                                       String problems) {
        return jdbc.sql("""
                update ledger_report set progress_text = :progress, percent_done = :percent, self_status = :self,
                       problems = :problems, updated_at = now(), version = version + 1
                where id = :id and version = :v and status in ('DRAFT', 'RETURNED')
                """).param("id", id).param("v", version).param("progress", progress).param("percent", percent)
                .param("self", self == null ? null : self.name()).param("problems", problems).update() == 1;
    }

    public void replaceValues(long reportId, Map<Long, Integer> seqByTarget, Map<Long, BigDecimal> values) {
        jdbc.sql("delete from ledger_report_value where report_id = :id").param("id", reportId).update();
        values.forEach((targetId, value) -> jdbc.sql("""
                insert into ledger_report_value (report_id, target_id, target_seq, value) values (:r, :t, :s, :v)
                """).param("r", reportId).param("t", targetId).param("s", seqByTarget.get(targetId)).param("v", value)
                .update());
    }

    /** Moves a report to a new status when it is still at the expected version and in one of the allowed states. */
    public boolean transition(long id, int version, List<ReportStatus> from, ReportStatus to, String actor,
                              String comment) {
        String extra = switch (to) {
            case SUBMITTED -> ", submitted_at = now(), review_comment = null";
            case ACCEPTED, RETURNED -> ", reviewed_by = :actor, reviewed_at = now(), review_comment = :comment";
            case DRAFT -> "";
        };
        var spec = jdbc.sql("update ledger_report set status = :to, version = version + 1, updated_at = now()" + extra
                        + " where id = :id and version = :v and status in (:from)")
                .param("to", to.name()).param("id", id).param("v", version)
                .param("from", from.stream().map(Enum::name).toList());
        if (to == ReportStatus.ACCEPTED || to == ReportStatus.RETURNED) {
            spec = spec.param("actor", actor).param("comment", comment);
        }
        return spec.update() == 1;
    }

    public void history(long reportId, String actor, ReportStatus from, ReportStatus to, String comment) {
        jdbc.sql("""
                insert into ledger_report_history (report_id, actor, from_status, to_status, comment)
                values (:r, :actor, :from, :to, :comment)
                """).param("r", reportId).param("actor", actor).param("from", from == null ? null : from.name())
                .param("to", to.name()).param("comment", comment).update();
    }

    public Optional<ReportView> report(long id) {
        return reports("where rp.id = :id", Map.of("id", id)).stream().findFirst();
    }

    public Optional<ReportView> report(long roundId, long itemId, long orgId) {
        return reports("where rp.round_id = :round and rp.item_id = :item and rp.organization_id = :org",
                Map.of("round", roundId, "item", itemId, "org", orgId)).stream().findFirst();
    }

    public List<ReportView> reportsOfRound(long roundId) {
        return reports("where rp.round_id = :round", Map.of("round", roundId));
    }

    public List<ReportView> reportsWithStatus(ReportStatus status) {
        return reports("where rp.status = :status", Map.of("status", status.name()));
    }

    public List<ReportView> reportsOfOrganization(long orgId) {
        return reports("where rp.organization_id = :org", Map.of("org", orgId));
    }

    private List<ReportView> reports(String where, Map<String, Object> params) {
        var spec = jdbc.sql("""
                select rp.* from ledger_report rp
                """ + where + " order by rp.id");
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        List<ReportView> base = spec.query(LedgerRows::report).list();
        if (base.isEmpty()) {
            return base;
        }
        List<Long> ids = base.stream().map(ReportView::id).toList();
        Map<Long, Organization> organizations = orgs.organizations()
                .apply(base.stream().map(ReportView::organizationId).toList());
        Map<Long, Map<Long, BigDecimal>> values = new LinkedHashMap<>();
        jdbc.sql("select * from ledger_report_value where report_id in (:ids)").param("ids", ids).query((ResultSet rs) -> {
            values.computeIfAbsent(rs.getLong("report_id"), k -> new LinkedHashMap<>())
                    .put(rs.getLong("target_id"), rs.getBigDecimal("value"));
        });
        Map<Long, List<ReportView.Evidence>> evidence = new LinkedHashMap<>();
        jdbc.sql("""
                select id, report_id, kind, name, url, content_type, size_bytes, uploaded_by, uploaded_at
                from ledger_evidence where report_id in (:ids) order by id
                """).param("ids", ids).query((ResultSet rs) -> {
            evidence.computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>()).add(new ReportView.Evidence(
                    rs.getLong("id"), rs.getString("kind"), rs.getString("name"), rs.getString("url"),
                    rs.getString("content_type"), (Long) rs.getObject("size_bytes"), rs.getString("uploaded_by"),
                    rs.getTimestamp("uploaded_at").toInstant()));
        });
        Map<Long, List<ReportView.HistoryEntry>> history = new LinkedHashMap<>();
        jdbc.sql("select * from ledger_report_history where report_id in (:ids) order by id").param("ids", ids)
                .query((ResultSet rs) -> {
                    String from = rs.getString("from_status");
                    history.computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>()).add(new ReportView.HistoryEntry(
                            rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                            from == null ? null : ReportStatus.valueOf(from), ReportStatus.valueOf(rs.getString("to_status")),
                            rs.getString("comment")));
                });
        return base.stream().map(r -> new ReportView(r.id(), r.roundId(), r.itemId(), r.organizationId(),
                name(organizations, r.organizationId()), r.status(), r.progressText(), r.percentDone(), r.selfStatus(), r.problems(),
                values.getOrDefault(r.id(), Map.of()), r.submittedAt(), r.reviewedBy(), r.reviewedAt(), r.reviewComment(),
                r.version(), evidence.getOrDefault(r.id(), List.of()), history.getOrDefault(r.id(), List.of()))).toList();
    }

    public long insertEvidence(long reportId, String kind, String name, String url, byte[] content, String contentType,
                               String actor) {
        return jdbc.sql("""
                insert into ledger_evidence (report_id, kind, name, url, content, content_type, size_bytes, uploaded_by)
                values (:r, :kind, :name, :url, :content, :type, :size, :actor) returning id
                """).param("r", reportId).param("kind", kind).param("name", name).param("url", url)
                .param("content", content).param("type", contentType)
                .param("size", content == null ? null : (long) content.length).param("actor", actor)
                .query(Long.class).single();
    }

    /** The evidence file's report id and bytes. */
    public record EvidenceFile(long reportId, String name, String contentType, byte[] content) {
    }

    public Optional<EvidenceFile> evidenceFile(long id) {
        return jdbc.sql("select report_id, name, content_type, content from ledger_evidence where id = :id and kind = 'FILE'")
                .param("id", id).query((rs, n) -> new EvidenceFile(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getBytes(4))).optional();
    }

    public void insertNote(long roundId, long itemId, long orgId, String note, String actor) {
        jdbc.sql("""
                insert into ledger_support_note (round_id, item_id, organization_id, note, created_by)
                values (:round, :item, :org, :note, :actor)
                """).param("round", roundId).param("item", itemId).param("org", orgId).param("note", note)
                .param("actor", actor).update();
    }

    /** Support notes: item id → "单位：意见" lines. */
    public Map<Long, List<String>> notes(long roundId) {
        Map<Long, List<String>> notes = new LinkedHashMap<>();
        record Note(long itemId, long organizationId, String note) {
        }
        List<Note> rows = jdbc.sql("""
                select item_id, organization_id, note from ledger_support_note where round_id = :round order by id
                """).param("round", roundId).query((rs, n) -> new Note(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
        Map<Long, Organization> organizations = orgs.organizations()
                .apply(rows.stream().map(Note::organizationId).toList());
        for (Note n : rows) {
            notes.computeIfAbsent(n.itemId(), k -> new ArrayList<>()).add(name(organizations, n.organizationId()) + "：" + n.note());
        }
        return notes;
    }

    /** Maps rounds; industry names come from the org module's directory (read once per query), not its tables. */
    private org.springframework.jdbc.core.RowMapper<RoundView> roundMapper() {
        Map<String, String> names = new java.util.HashMap<>();
        orgs.industries().get().forEach(i -> names.put(i.code(), i.name()));
        return (rs, n) -> round(rs, names);
    }

    private static RoundView round(ResultSet rs, Map<String, String> industryNames) throws SQLException {
        String industry = rs.getString("industry_code");
        String industryName = industry == null ? null : industryNames.getOrDefault(industry, industry);
        return new RoundView(rs.getLong("id"), industry, industryName,
                rs.getString("period_kind"), rs.getString("period_label"), rs.getDate("period_start").toLocalDate(),
                rs.getDate("period_end").toLocalDate(), rs.getDate("due_date").toLocalDate(), rs.getString("status"),
                rs.getBoolean("demo"), rs.getString("opened_by"), rs.getTimestamp("opened_at").toInstant(),
                rs.getInt("version"));
    }

    private static ReportView report(ResultSet rs, int n) throws SQLException {
        String self = rs.getString("self_status");
        Timestamp submitted = rs.getTimestamp("submitted_at");
        Timestamp reviewed = rs.getTimestamp("reviewed_at");
        return new ReportView(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("item_id"),
                rs.getLong("organization_id"), null,
                ReportStatus.valueOf(rs.getString("status")), rs.getString("progress_text"), rs.getBigDecimal("percent_done"),
                self == null ? null : ProgressStatus.valueOf(self), rs.getString("problems"), Map.of(),
                submitted == null ? null : submitted.toInstant(), rs.getString("reviewed_by"),
                reviewed == null ? null : reviewed.toInstant(), rs.getString("review_comment"), rs.getInt("version"),
                List.of(), List.of());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String name(Map<Long, Organization> organizations, long id) {
        Organization o = organizations.get(id);
        return o == null ? "#" + id : o.name();
    }
}
