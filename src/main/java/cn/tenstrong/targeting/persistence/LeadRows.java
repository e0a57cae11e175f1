package cn.tenstrong.targeting.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.tenstrong.targeting.ActivityKind;
import cn.tenstrong.targeting.Lead;
import cn.tenstrong.targeting.LeadActivity;
import cn.tenstrong.targeting.LeadStage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the targeting module. */
@Repository
public class LeadRows {

    /**
     * A lead as stored.
     *
     * @param originChain   the chain of the recommendation it was created from, else null (also originSegment,
     *                      originScore)
     */
    public record Row(long id, Long enterpriseId, String enterpriseName, String industryCode, String chainCode,
                      String segmentCode, String cityCode, long ownerOrgId, String stage, BigDecimal expectedInvestment,
                      String contact, String notes, Long projectId, LocalDate signedOn, String createdBy,
                      Instant updatedAt, int version, String originChain, String originSegment,
                      BigDecimal originScore, Long eventId) {
    }

    /**
     * The dates the staleness of a lead is judged by.
     *
     * @param lastStepOn     the latest stage change (the registration counts as one)
     * @param lastMoveOn     the latest stage change after the registration, null when none
     * @param lastActivityOn the latest follow-up, null when none
     * @param nextStep       the latest follow-up's next step, empty when none
     * @param nextStepDue    its due date
     */
    public record Touch(long leadId, LocalDate lastStepOn, LocalDate lastMoveOn, LocalDate lastActivityOn, String nextStep,
                        LocalDate nextStepDue) {
    }

    /** One stage change, for the funnel. */
    public record StepFact(long leadId, String toStage, LocalDate on) {
    }

    private static final String TOUCH = """
            select l.id,
                   (select max(s.on_date) from targeting_lead_step s where s.lead_id = l.id) as last_step_on,
                   (select max(s.on_date) from targeting_lead_step s
                    where s.lead_id = l.id and s.from_stage is not null) as last_move_on,
                   a.on_date as last_activity_on, a.next_step, a.next_due
            from targeting_lead l
            left join lateral (select x.on_date, x.next_step, x.next_due from targeting_lead_activity x
                               where x.lead_id = l.id order by x.on_date desc, x.id desc limit 1) a on true
            """;

    private final JdbcClient jdbc;

    public LeadRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> all() {
        return jdbc.sql("select * from targeting_lead order by id desc").query(LeadRows::row).list();
    }

    /**
     * Which leads a reader may see, for the database to apply: each non-null field restricts (city, owning
     * organisation, industry); {@code none} sees nothing. Built by the targeting module's access rules.
     */
    public record Visibility(boolean none, String cityCode, Long ownerOrgId, String industryCode) {
        public static final Visibility ALL = new Visibility(false, null, null, null);
        public static final Visibility NONE = new Visibility(true, null, null, null);
    }

    /** The leads a reader may see (of one stage, or all when null), newest first. */
    public List<Row> visible(Visibility v, String stage) {
        return jdbc.sql("""
                select * from targeting_lead l
                where not :none and (cast(:city as text) is null or l.city_code = :city)
                  and (cast(:owner as bigint) is null or l.owner_org_id = :owner)
                  and (cast(:industry as text) is null or l.industry_code = :industry)
                  and (cast(:stage as text) is null or l.stage = :stage)
                order by l.id desc
                """).param("none", v.none()).param("city", v.cityCode()).param("owner", v.ownerOrgId())
                .param("industry", v.industryCode()).param("stage", stage).query(LeadRows::row).list();
    }

    /** Signed leads, optionally of one industry, city and year of signing (a bound target's value: counted here). */
    public long countSigned(String industryCode, String cityCode, Integer year) {
        return countSigned(industryCode, cityCode, year, null);
    }

    /** As {@link #countSigned(String, String, Integer)}, signed on or before a day (null: any day). */
    public long countSigned(String industryCode, String cityCode, Integer year, LocalDate by) {
        return jdbc.sql("""
                select count(*) from targeting_lead
                where stage = 'SIGNED'
                  and (cast(:industry as text) is null or industry_code = :industry)
                  and (cast(:city as text) is null or city_code = :city)
                  and (cast(:year as integer) is null or extract(year from signed_on) = :year)
                  and (cast(:by as date) is null or signed_on <= :by)
                """).param("industry", industryCode).param("city", cityCode).param("year", year)
                .param("by", by == null ? null : Date.valueOf(by)).query(Long.class).single();
    }

    public List<Row> byOwner(long ownerOrgId) {
        return jdbc.sql("select * from targeting_lead where owner_org_id = :owner order by id desc")
                .param("owner", ownerOrgId).query(LeadRows::row).list();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select * from targeting_lead where id = :id").param("id", id).query(LeadRows::row).optional();
    }

    /** The newest open lead of an owner for an enterprise. */
    public Optional<Row> openLead(long ownerOrgId, long enterpriseId) {
        return jdbc.sql("""
                select * from targeting_lead where owner_org_id = :owner and enterprise_id = :eid
                    and stage not in ('SIGNED', 'DROPPED') order by id desc limit 1
                """).param("owner", ownerOrgId).param("eid", enterpriseId).query(LeadRows::row).optional();
    }

    public long insert(Row r) {
        return jdbc.sql("""
                insert into targeting_lead (enterprise_id, enterprise_name, industry_code, chain_code, segment_code,
                    city_code, owner_org_id, stage, expected_investment, contact, notes, created_by,
                    origin_chain, origin_segment, origin_score, event_id)
                values (:eid, :ename, :ind, :chain, :seg, :city, :owner, :stage, :inv, :contact, :notes, :by,
                    :ochain, :oseg, :oscore, :event)
                returning id
                """).param("eid", r.enterpriseId()).param("ename", r.enterpriseName()).param("ind", r.industryCode())
                .param("chain", r.chainCode()).param("seg", r.segmentCode()).param("city", r.cityCode())
                .param("owner", r.ownerOrgId()).param("stage", r.stage()).param("inv", r.expectedInvestment())
                .param("contact", r.contact()).param("notes", r.notes()).param("by", r.createdBy())
                .param("ochain", r.originChain()).param("oseg", r.originSegment()).param("oscore", r.originScore())
                .param("event", r.eventId()).query(Long.class).single();
    }

    public boolean update(Row r, int version) {
        return jdbc.sql("""
                update targeting_lead set enterprise_id = :eid, enterprise_name = :ename, industry_code = :ind,
                    chain_code = :chain, segment_code = :seg, city_code = :city, owner_org_id = :owner,
                    expected_investment = :inv, contact = :contact, notes = :notes, event_id = :event, updated_at = now(),
                    version = version + 1
                where id = :id and version = :v
                """).param("eid", r.enterpriseId()).param("ename", r.enterpriseName()).param("ind", r.industryCode())
                .param("chain", r.chainCode()).param("seg", r.segmentCode()).param("city", r.cityCode())
                .param("owner", r.ownerOrgId()).param("inv", r.expectedInvestment())
                .param("contact", r.contact()).param("notes", r.notes()).param("event", r.eventId())
                .param("id", r.id()).param("v", version).update() == 1;
    }

    public boolean move(long id, int version, String stage, LocalDate signedOn, Long projectId) {
        return jdbc.sql("""
                update targeting_lead set stage = :stage, signed_on = coalesce(:signed, signed_on),
                    project_id = coalesce(:project, project_id), updated_at = now(), version = version + 1
                where id = :id and version = :v
                """).param("stage", stage).param("signed", signedOn == null ? null : Date.valueOf(signedOn))
                .param("project", projectId).param("id", id).param("v", version).update() == 1;
    }

    /** A demo lead's registration is dated on the day the demo data says (the service registers leads today). */
    public void dateDemoRegistration(long leadId, LocalDate on) {
        jdbc.sql("update targeting_lead_step set on_date = :on where lead_id = :l and from_stage is null")
                .param("on", Date.valueOf(on)).param("l", leadId).update();
    }

    /** Whether the demo leads were loaded (their notes say 演示数据). */
    public boolean anyDemo() {
        return jdbc.sql("select exists (select 1 from targeting_lead where notes like '（演示数据）%')")
                .query(Boolean.class).single();
    }

    public void step(long leadId, String from, String to, LocalDate on, String note, String by) {
        jdbc.sql("""
                insert into targeting_lead_step (lead_id, from_stage, to_stage, on_date, note, by_user)
                values (:l, :f, :t, :on, :note, :by)
                """).param("l", leadId).param("f", from).param("t", to).param("on", Date.valueOf(on))
                .param("note", note).param("by", by).update();
    }

    public List<Lead.Step> steps(long leadId) {
        return jdbc.sql("select * from targeting_lead_step where lead_id = :l order by id").param("l", leadId)
                .query((rs, n) -> new Lead.Step(rs.getString("from_stage") == null ? null
                        : LeadStage.valueOf(rs.getString("from_stage")), LeadStage.valueOf(rs.getString("to_stage")),
                        rs.getDate("on_date").toLocalDate(), rs.getString("note"), rs.getString("by_user"),
                        rs.getTimestamp("at").toInstant())).list();
    }

    /** Every stage change of every lead (the funnel). */
    public List<StepFact> allSteps() {
        return jdbc.sql("select lead_id, to_stage, on_date from targeting_lead_step order by lead_id, id")
                .query((rs, n) -> new StepFact(rs.getLong("lead_id"), rs.getString("to_stage"),
                        rs.getDate("on_date").toLocalDate())).list();
    }

    public long insertActivity(long leadId, ActivityKind kind, LocalDate on, String content, String nextStep,
                               LocalDate nextDue, String by) {
        return jdbc.sql("""
                insert into targeting_lead_activity (lead_id, kind, on_date, content, next_step, next_due, by_user)
                values (:l, :kind, :on, :content, :next, :due, :by)
                returning id
                """).param("l", leadId).param("kind", kind.name()).param("on", Date.valueOf(on))
                .param("content", content).param("next", nextStep)
                .param("due", nextDue == null ? null : Date.valueOf(nextDue)).param("by", by)
                .query(Long.class).single();
    }

    /** A lead's follow-ups, newest first. */
    public List<LeadActivity> activities(long leadId) {
        return jdbc.sql("select * from targeting_lead_activity where lead_id = :l order by on_date desc, id desc")
                .param("l", leadId).query(LeadRows::activity).list();
    }

    public Optional<LeadActivity> activity(long id) {
        return jdbc.sql("select * from targeting_lead_activity where id = :id").param("id", id)
                .query(LeadRows::activity).optional();
    }

    /** The touches of some leads (of all, when they are many: a bind parameter per id would not scale). */
    public List<Touch> touches(Collection<Long> leadIds) {
        if (leadIds.isEmpty()) {
            return List.of();
        }
        if (leadIds.size() > 500) {
            return jdbc.sql(TOUCH).query(LeadRows::touch).list();
        }
        return jdbc.sql(TOUCH + " where l.id in (:ids)").param("ids", List.copyOf(leadIds)).query(LeadRows::touch)
                .list();
    }

    public Optional<Touch> touch(long leadId) {
        return jdbc.sql(TOUCH + " where l.id = :id").param("id", leadId).query(LeadRows::touch).optional();
    }

    private static Touch touch(ResultSet rs, int n) throws SQLException {
        return new Touch(rs.getLong("id"), date(rs, "last_step_on"), date(rs, "last_move_on"),
                date(rs, "last_activity_on"),
                rs.getString("next_step") == null ? "" : rs.getString("next_step"), date(rs, "next_due"));
    }

    private static LeadActivity activity(ResultSet rs, int n) throws SQLException {
        return new LeadActivity(rs.getLong("id"), rs.getLong("lead_id"), ActivityKind.valueOf(rs.getString("kind")),
                rs.getDate("on_date").toLocalDate(), rs.getString("content"), rs.getString("next_step"),
                date(rs, "next_due"), rs.getString("by_user"), rs.getTimestamp("at").toInstant());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), (Long) rs.getObject("enterprise_id"), rs.getString("enterprise_name"),
                rs.getString("industry_code"), rs.getString("chain_code"), rs.getString("segment_code"),
                rs.getString("city_code"), rs.getLong("owner_org_id"), rs.getString("stage"),
                rs.getBigDecimal("expected_investment"), rs.getString("contact"), rs.getString("notes"),
                (Long) rs.getObject("project_id"), date(rs, "signed_on"),
                rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"),
                rs.getString("origin_chain"), rs.getString("origin_segment"), rs.getBigDecimal("origin_score"),
                (Long) rs.getObject("event_id", Long.class));
    }
}
