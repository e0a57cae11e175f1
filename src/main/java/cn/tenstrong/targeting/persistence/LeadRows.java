package cn.tenstrong.targeting.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.tenstrong.targeting.Lead;
import cn.tenstrong.targeting.LeadStage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the targeting module. */
@Repository
public class LeadRows {

    /** A lead as stored. */
    public record Row(long id, Long enterpriseId, String enterpriseName, String industryCode, String chainCode,
                      String segmentCode, String cityCode, long ownerOrgId, String stage, BigDecimal expectedInvestment,
                      String contact, String notes, Long projectId, LocalDate signedOn, String createdBy,
                      Instant updatedAt, int version) {
    }

    private final JdbcClient jdbc;

    public LeadRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> all() {
        return jdbc.sql("select * from targeting_lead order by id desc").query(LeadRows::row).list();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select * from targeting_lead where id = :id").param("id", id).query(LeadRows::row).optional();
    }

    public long insert(Row r) {
        return jdbc.sql("""
                insert into targeting_lead (enterprise_id, enterprise_name, industry_code, chain_code, segment_code,
                    city_code, owner_org_id, stage, expected_investment, contact, notes, created_by)
                values (:eid, :ename, :ind, :chain, :seg, :city, :owner, :stage, :inv, :contact, :notes, :by)
                returning id
                """).param("eid", r.enterpriseId()).param("ename", r.enterpriseName()).param("ind", r.industryCode())
                .param("chain", r.chainCode()).param("seg", r.segmentCode()).param("city", r.cityCode())
                .param("owner", r.ownerOrgId()).param("stage", r.stage()).param("inv", r.expectedInvestment())
                .param("contact", r.contact()).param("notes", r.notes()).param("by", r.createdBy())
                .query(Long.class).single();
    }

    public boolean update(Row r, int version) {
        return jdbc.sql("""
                update targeting_lead set enterprise_id = :eid, enterprise_name = :ename, industry_code = :ind,
                    chain_code = :chain, segment_code = :seg, expected_investment = :inv, contact = :contact,
                    notes = :notes, updated_at = now(), version = version + 1
                where id = :id and version = :v
                """).param("eid", r.enterpriseId()).param("ename", r.enterpriseName()).param("ind", r.industryCode())
                .param("chain", r.chainCode()).param("seg", r.segmentCode()).param("inv", r.expectedInvestment())
                .param("contact", r.contact()).param("notes", r.notes()).param("id", r.id()).param("v", version)
                .update() == 1;
    }

    public boolean move(long id, int version, String stage, LocalDate signedOn, Long projectId) {
        return jdbc.sql("""
                update targeting_lead set stage = :stage, signed_on = coalesce(:signed, signed_on),
                    project_id = coalesce(:project, project_id), updated_at = now(), version = version + 1
                where id = :id and version = :v
                """).param("stage", stage).param("signed", signedOn == null ? null : Date.valueOf(signedOn))
                .param("project", projectId).param("id", id).param("v", version).update() == 1;
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

    private static Row row(ResultSet rs, int n) throws SQLException {
        Date signed = rs.getDate("signed_on");
        return new Row(rs.getLong("id"), (Long) rs.getObject("enterprise_id"), rs.getString("enterprise_name"),
                rs.getString("industry_code"), rs.getString("chain_code"), rs.getString("segment_code"),
                rs.getString("city_code"), rs.getLong("owner_org_id"), rs.getString("stage"),
                rs.getBigDecimal("expected_investment"), rs.getString("contact"), rs.getString("notes"),
                (Long) rs.getObject("project_id"), signed == null ? null : signed.toLocalDate(),
                rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }
}
