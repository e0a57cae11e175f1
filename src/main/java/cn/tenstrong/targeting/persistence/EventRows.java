package cn.tenstrong.targeting.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of 招商活动, their participating enterprises and the leads that record them. */
@Repository
public class EventRows {

    /** An event as stored (codes, not names). */
    public record Row(long id, String name, String type, LocalDate heldOn, String regionCode, String outsidePlace,
                      String venue,
                      String cityCode, long organiserOrgId, String industryCode, String chainCode, String description,
                      String createdBy, Instant updatedAt, int version) {
    }

    /** A participating enterprise. */
    public record Participant(long eventId, long enterpriseId, String enterpriseName) {
    }

    /** One lead's link to its event, for counts. */
    public record LeadFact(long leadId, long eventId, String stage, LocalDate registeredOn, LocalDate signedOn) {
    }

    /**
     * Which events a reader may see, for the database to apply: a non-null city restricts to that city, a non-null
     * industry to that industry and those below it (codes nest by prefix); {@code none} sees nothing.
     */
    public record Visibility(boolean none, String cityCode, String industryPrefix) {
        public static final Visibility ALL = new Visibility(false, null, null);
        public static final Visibility NONE = new Visibility(true, null, null);
    }

    private final JdbcClient jdbc;

    public EventRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Visible events, newest first, each filter optional (year of holding, industry prefix, city, type). */
    public List<Row> visible(Visibility v, Integer year, String industryPrefix, String cityCode, String type) {
        return jdbc.sql("""
                select * from targeting_event e
                where not :none
                  and (cast(:vcity as text) is null or e.city_code = :vcity)
                  and (cast(:vind as text) is null or e.industry_code like :vind || '%')
                  and (cast(:year as integer) is null or extract(year from e.held_on) = :year)
                  and (cast(:ind as text) is null or e.industry_code like :ind || '%')
                  and (cast(:city as text) is null or e.city_code = :city)
                  and (cast(:type as text) is null or e.type = :type)
                order by e.held_on desc, e.id desc
                """).param("none", v.none()).param("vcity", v.cityCode()).param("vind", v.industryPrefix())
                .param("year", year).param("ind", industryPrefix).param("city", cityCode).param("type", type)
                .query(EventRows::row).list();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select * from targeting_event where id = :id").param("id", id).query(EventRows::row).optional();
    }

    public long insert(Row r) {
        return jdbc.sql("""
                insert into targeting_event (name, type, held_on, region_code, outside_place, venue, city_code,
                    organiser_org_id, industry_code, chain_code, description, created_by)
                values (:name, :type, :held, :region, :outside, :venue, :city, :org, :ind, :chain, :descr, :by)
                returning id
                """).param("name", r.name()).param("type", r.type()).param("held", Date.valueOf(r.heldOn()))
                .param("region", r.regionCode()).param("outside", r.outsidePlace()).param("venue", r.venue()).param("city", r.cityCode())
                .param("org", r.organiserOrgId()).param("ind", r.industryCode()).param("chain", r.chainCode())
                .param("descr", r.description()).param("by", r.createdBy()).query(Long.class).single();
    }

    /** Updates the descriptive fields; false when the version is stale. */
    public boolean update(Row r, int version) {
        return jdbc.sql("""
                update targeting_event set name = :name, type = :type, held_on = :held, region_code = :region,
                    outside_place = :outside, venue = :venue, city_code = :city, organiser_org_id = :org, industry_code = :ind,
                    chain_code = :chain, description = :descr, updated_at = now(), version = version + 1
                where id = :id and version = :v
                """).param("name", r.name()).param("type", r.type()).param("held", Date.valueOf(r.heldOn()))
                .param("region", r.regionCode()).param("outside", r.outsidePlace()).param("venue", r.venue()).param("city", r.cityCode())
                .param("org", r.organiserOrgId()).param("ind", r.industryCode()).param("chain", r.chainCode())
                .param("descr", r.description()).param("id", r.id()).param("v", version).update() == 1;
    }

    /** Moves the version on (a participant added or removed); false when stale. */
    public boolean touch(long id, int version) {
        return jdbc.sql("update targeting_event set updated_at = now(), version = version + 1 where id = :id and version = :v")
                .param("id", id).param("v", version).update() == 1;
    }

    public List<Participant> participants(long eventId) {
        return jdbc.sql("""
                select * from targeting_event_enterprise where event_id = :id order by added_at, enterprise_id
                """).param("id", eventId).query((rs, n) -> new Participant(rs.getLong("event_id"),
                rs.getLong("enterprise_id"), rs.getString("enterprise_name"))).list();
    }

    /** Participants of several events in one query. */
    public List<Participant> participants(List<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from targeting_event_enterprise where event_id in (:ids)").param("ids", eventIds)
                .query((rs, n) -> new Participant(rs.getLong("event_id"), rs.getLong("enterprise_id"),
                        rs.getString("enterprise_name"))).list();
    }

    /** Adds a participant; false when already there. */
    public boolean addParticipant(long eventId, long enterpriseId, String name, String by) {
        return jdbc.sql("""
                insert into targeting_event_enterprise (event_id, enterprise_id, enterprise_name, added_by)
                values (:e, :ent, :name, :by) on conflict do nothing
                """).param("e", eventId).param("ent", enterpriseId).param("name", name).param("by", by).update() == 1;
    }

    public boolean removeParticipant(long eventId, long enterpriseId) {
        return jdbc.sql("delete from targeting_event_enterprise where event_id = :e and enterprise_id = :ent")
                .param("e", eventId).param("ent", enterpriseId).update() == 1;
    }

    /** Leads that record one of these events, for counts (all of them; the caller applies the reader's scope). */
    public List<LeadFact> leadFacts(List<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select l.id, l.event_id, l.stage, l.signed_on,
                       (select min(s.on_date) from targeting_lead_step s where s.lead_id = l.id) as registered_on
                from targeting_lead l where l.event_id in (:ids)
                """).param("ids", eventIds).query((rs, n) -> new LeadFact(rs.getLong("id"), rs.getLong("event_id"),
                rs.getString("stage"), date(rs, "registered_on"), date(rs, "signed_on"))).list();
    }

    /**
     * 举办场次 (a bound target's value): events held between two days (both included) of an industry (and those
     * below it), city and type, each filter optional; with {@code signedBy} only those with a lead signed by that day.
     */
    public long countHeld(String industryPrefix, String cityCode, String type, LocalDate from, LocalDate to,
                          boolean withSignedLead) {
        return jdbc.sql("""
                select count(*) from targeting_event e
                where e.held_on between :from and :to
                  and (cast(:ind as text) is null or e.industry_code like :ind || '%')
                  and (cast(:city as text) is null or e.city_code = :city)
                  and (cast(:type as text) is null or e.type = :type)
                  and (not :signed or exists (select 1 from targeting_lead l where l.event_id = e.id
                                              and l.stage = 'SIGNED' and l.signed_on <= :to))
                """).param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).param("ind", industryPrefix)
                .param("city", cityCode).param("type", type).param("signed", withSignedLead)
                .query(Long.class).single();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("name"), rs.getString("type"), date(rs, "held_on"),
                rs.getString("region_code"), rs.getString("outside_place"), rs.getString("venue"),
                rs.getString("city_code"),
                rs.getLong("organiser_org_id"), rs.getString("industry_code"), rs.getString("chain_code"),
                rs.getString("description"), rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
