package cn.tenstrong.ledger.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the facts the ledger computes statuses from: accepted values and reports, report timings, live values. */
@Repository
public class LedgerFactRows {

    /**
     * An accepted value, with what identifies its item across plan revisions (industry, year, item key, and when it
     * was submitted, which decides whether an item succession made later carries it over).
     */
    public record AcceptedValue(String industryCode, Integer planYear, String itemKey, int targetSeq, BigDecimal value,
                                LocalDate periodEnd, Instant reviewedAt, Instant submittedAt) {
    }

    /** An accepted report's headline, for the ledger's 进展情况 column and percent-done items. */
    public record AcceptedReport(String industryCode, Integer planYear, String itemKey, String progressText,
                                 BigDecimal percentDone, String roundLabel, LocalDate periodEnd, Instant reviewedAt,
                                 Instant submittedAt) {
    }

    /** A report's timing relative to its round, for scorecards. */
    public record ReportTiming(long organizationId, long roundId, long itemId, String status, Instant submittedAt,
                               LocalDate dueDate) {
    }

    private final JdbcClient jdbc;

    public LedgerFactRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A plan target's value computed from live data (see {@code cn.tenstrong.project.LiveTargetValue}). */
    public record LiveValue(long targetId, BigDecimal value, Instant asOf, String source) {
    }

    public java.util.Map<Long, LiveValue> liveValues() {
        java.util.Map<Long, LiveValue> out = new java.util.HashMap<>();
        jdbc.sql("select target_id, value, as_of, source from ledger_live_value")
                .query((rs, n) -> new LiveValue(rs.getLong(1), rs.getBigDecimal(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4))).list().forEach(v -> out.put(v.targetId(), v));
        return out;
    }

    public void putLiveValue(long targetId, BigDecimal value, Instant asOf, String source) {
        jdbc.sql("""
                insert into ledger_live_value (target_id, value, as_of, source) values (:t, :v, :a, :s)
                on conflict (target_id) do update set value = excluded.value, as_of = excluded.as_of,
                    source = excluded.source, updated_at = now()
                """).param("t", targetId).param("v", value).param("a", java.sql.Timestamp.from(asOf))
                .param("s", source.length() > 500 ? source.substring(0, 500) : source).update();
    }

    public java.util.Optional<LiveValue> liveValue(long targetId) {
        return jdbc.sql("select target_id, value, as_of, source from ledger_live_value where target_id = :t")
                .param("t", targetId).query((rs, n) -> new LiveValue(rs.getLong(1), rs.getBigDecimal(2),
                        rs.getTimestamp(3).toInstant(), rs.getString(4))).optional();
    }

    public List<AcceptedValue> acceptedValues() {
        return jdbc.sql("""
                select rp.industry_code, rp.plan_year, rp.item_key, v.target_seq, v.value, r.period_end, rp.reviewed_at,
                       rp.submitted_at
                from ledger_report rp join ledger_round r on r.id = rp.round_id
                join ledger_report_value v on v.report_id = rp.id
                where rp.status = 'ACCEPTED'
                order by r.period_end, rp.reviewed_at
                """).query((rs, n) -> new AcceptedValue(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                rs.getInt(4), rs.getBigDecimal(5), rs.getDate(6).toLocalDate(), rs.getTimestamp(7).toInstant(),
                instant(rs.getTimestamp(8)))).list();
    }

    public List<AcceptedReport> acceptedReports() {
        return jdbc.sql("""
                select rp.industry_code, rp.plan_year, rp.item_key, rp.progress_text, rp.percent_done, r.period_label,
                       r.period_end, rp.reviewed_at, rp.submitted_at
                from ledger_report rp join ledger_round r on r.id = rp.round_id
                where rp.status = 'ACCEPTED'
                order by r.period_end, rp.reviewed_at
                """).query((rs, n) -> new AcceptedReport(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                rs.getString(4), rs.getBigDecimal(5), rs.getString(6), rs.getDate(7).toLocalDate(),
                rs.getTimestamp(8).toInstant(), instant(rs.getTimestamp(9)))).list();
    }

    public List<ReportTiming> timings() {
        return jdbc.sql("""
                select rp.organization_id, rp.round_id, rp.item_id, rp.status, rp.submitted_at, r.due_date
                from ledger_report rp join ledger_round r on r.id = rp.round_id
                """).query((rs, n) -> {
            Timestamp submitted = rs.getTimestamp(5);
            return new ReportTiming(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                    submitted == null ? null : submitted.toInstant(), rs.getDate(6).toLocalDate());
        }).list();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
