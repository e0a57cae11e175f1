package cn.tenstrong.supervision.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tenstrong.org.Industry;
import cn.tenstrong.org.Organization;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.supervision.InspectionScope;
import cn.tenstrong.supervision.InspectionView;
import cn.tenstrong.supervision.RectificationStatus;
import cn.tenstrong.supervision.RectificationView;
import cn.tenstrong.supervision.RectificationView.Evidence;
import cn.tenstrong.supervision.RectificationView.ProgressReport;
import cn.tenstrong.supervision.RectificationView.Step;
import cn.tenstrong.supervision.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of inspections, findings, 整改 tasks, progress reports, evidence and history. Names of industries, agencies,
 * rounds and plan items are read through their modules' APIs.
 */
@Repository
public class SupervisionRows {

    /** Which 整改 to read: all, of one inspection, of one owner, of the industries under a code, or one. */
    public record Where(Long id, Long inspectionId, Long ownerOrganizationId, String industryPrefix) {

        public static Where all() {
            return new Where(null, null, null, null);
        }

        public static Where id(long id) {
            return new Where(id, null, null, null);
        }
    }

    private final JdbcClient jdbc;
    private final ForeignNames names;

    public SupervisionRows(JdbcClient jdbc, ForeignNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    // inspections

    public long insertInspection(InspectionScope scope, String industry, Long roundId, Long orgId, String title,
                                 java.time.LocalDate on, String basis, String actor) {
        return jdbc.sql("""
                insert into supervision_inspection (scope_kind, industry_code, round_id, organization_id, title,
                                                    inspected_on, basis, created_by)
                values (:scope, :industry, :round, :org, :title, :on, :basis, :actor) returning id
                """).param("scope", scope.name()).param("industry", industry).param("round", roundId)
                .param("org", orgId).param("title", title).param("on", Date.valueOf(on)).param("basis", basis)
                .param("actor", actor).query(Long.class).single();
    }

    public List<InspectionView> inspections() {
        return inspections("", Map.of());
    }

    public Optional<InspectionView> inspection(long id) {
        return inspections("where i.id = :id", Map.of("id", id)).stream().findFirst();
    }

    private List<InspectionView> inspections(String where, Map<String, Object> params) {
        var spec = jdbc.sql("""
                select i.*, (select count(*) from supervision_finding f where f.inspection_id = i.id) as findings
                from supervision_inspection i
                """ + where + " order by i.inspected_on desc, i.id desc");
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        record Row(long id, String scope, String industry, Long round, Long org, String title, java.time.LocalDate on,
                   String basis, String by, java.time.Instant at, int version, int findings) {
        }
        List<Row> rows = spec.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("scope_kind"),
                rs.getString("industry_code"), (Long) rs.getObject("round_id"), (Long) rs.getObject("organization_id"),
                rs.getString("title"), rs.getDate("inspected_on").toLocalDate(), rs.getString("basis"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getInt("version"),
                rs.getInt("findings"))).list();
        Map<String, String> industries = industryNames();
        Map<Long, Organization> organizations = names.organizations().apply(rows.stream().map(Row::org)
                .filter(java.util.Objects::nonNull).toList());
        Map<Long, String> roundLabels = new HashMap<>();
        return rows.stream().map(r -> new InspectionView(r.id(), InspectionScope.valueOf(r.scope()), r.industry(),
                industries.getOrDefault(r.industry(), r.industry()), r.round(),
                r.round() == null ? null : roundLabels.computeIfAbsent(r.round(),
                        id -> names.roundLabel().apply(id).orElse("")),
                r.org(), r.org() == null ? null : name(organizations, r.org()), r.title(), r.on(), r.basis(), r.by(),
                r.at(), r.version(), r.findings())).toList();
    }

    // findings and 整改

    public long insertFinding(long inspectionId, Long itemId, Severity severity, String description, String actor) {
        return jdbc.sql("""
                insert into supervision_finding (inspection_id, item_id, severity, description, created_by)
                values (:inspection, :item, :severity, :description, :actor) returning id
                """).param("inspection", inspectionId).param("item", itemId).param("severity", severity.name())
                .param("description", description).param("actor", actor).query(Long.class).single();
    }

    public long insertRectification(long findingId, long ownerOrgId, java.time.LocalDate deadline, String criteria) {
        return jdbc.sql("""
                insert into supervision_rectification (finding_id, owner_org_id, deadline, acceptance_criteria)
                values (:finding, :owner, :deadline, :criteria) returning id
                """).param("finding", findingId).param("owner", ownerOrgId).param("deadline", Date.valueOf(deadline))
                .param("criteria", criteria).query(Long.class).single();
    }

    /**
     * Moves a 整改 to a new status when it is still at the version read and in one of the allowed states, setting the
     * deadline, 销号 date and 回头看 date it has after the move.
     */
    public boolean transition(long id, int version, List<RectificationStatus> from, RectificationStatus to,
                              java.time.LocalDate deadline, java.time.LocalDate closedOn, java.time.LocalDate recheckOn) {
        return jdbc.sql("""
                update supervision_rectification set status = :to, deadline = :deadline, closed_on = :closed,
                       recheck_on = :recheck, version = version + 1, updated_at = now()
                where id = :id and version = :v and status in (:from)
                """).param("to", to.name()).param("deadline", Date.valueOf(deadline))
                .param("closed", closedOn == null ? null : Date.valueOf(closedOn))
                .param("recheck", recheckOn == null ? null : Date.valueOf(recheckOn))
                .param("id", id).param("v", version).param("from", from.stream().map(Enum::name).toList())
                .update() == 1;
    }

    public void history(long rectificationId, java.time.LocalDate onDate, String actor, RectificationStatus from,
                        RectificationStatus to, java.time.LocalDate deadline, String comment) {
        jdbc.sql("""
                insert into supervision_history (rectification_id, on_date, actor, from_status, to_status, deadline, comment)
                values (:r, :on, :actor, :from, :to, :deadline, :comment)
                """).param("r", rectificationId).param("on", Date.valueOf(onDate)).param("actor", actor)
                .param("from", from == null ? null : from.name()).param("to", to.name())
                .param("deadline", Date.valueOf(deadline)).param("comment", comment).update();
    }

    public long insertProgress(long rectificationId, long orgId, String text, String actor, java.time.LocalDate on) {
        return jdbc.sql("""
                insert into supervision_progress (rectification_id, organization_id, progress_text, reported_by, reported_on)
                values (:r, :org, :text, :actor, :on) returning id
                """).param("r", rectificationId).param("org", orgId).param("text", text).param("actor", actor)
                .param("on", Date.valueOf(on)).query(Long.class).single();
    }

    /** Evidence of a finding ({@code findingId}) or of a progress report ({@code progressId}). */
    public long insertEvidence(Long findingId, Long progressId, String kind, String name, String url, byte[] content,
                               String contentType, String actor) {
        return jdbc.sql("""
                insert into supervision_evidence (finding_id, progress_id, kind, name, url, content, content_type,
                                                  size_bytes, uploaded_by)
                values (:f, :p, :kind, :name, :url, :content, :type, :size, :actor) returning id
                """).param("f", findingId).param("p", progressId).param("kind", kind).param("name", name)
                .param("url", url).param("content", content).param("type", contentType)
                .param("size", content == null ? null : (long) content.length).param("actor", actor)
                .query(Long.class).single();
    }

    /** An evidence file with the 整改 it belongs to (through its finding or its progress report). */
    public record EvidenceFile(long rectificationId, String name, String contentType, byte[] content) {
    }

    public Optional<EvidenceFile> evidenceFile(long id) {
        return jdbc.sql("""
                select coalesce(rf.id, rp.rectification_id), e.name, e.content_type, e.content
                from supervision_evidence e
                left join supervision_rectification rf on rf.finding_id = e.finding_id
                left join supervision_progress rp on rp.id = e.progress_id
                where e.id = :id and e.kind = 'FILE'
                """).param("id", id).query((rs, n) -> new EvidenceFile(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getBytes(4))).optional();
    }

    public Optional<RectificationView> rectification(long id) {
        return rectifications(Where.id(id)).stream().findFirst();
    }

    /** 整改 with their findings, reports, evidence and history, newest inspection first. */
    public List<RectificationView> rectifications(Where where) {
        StringBuilder sql = new StringBuilder("""
                select r.*, f.inspection_id, f.item_id, f.severity, f.description, i.title, i.inspected_on,
                       i.industry_code
                from supervision_rectification r
                join supervision_finding f on f.id = r.finding_id
                join supervision_inspection i on i.id = f.inspection_id
                where true""");
        Map<String, Object> params = new LinkedHashMap<>();
        if (where.id() != null) {
            sql.append(" and r.id = :id");
            params.put("id", where.id());
        }
        if (where.inspectionId() != null) {
            sql.append(" and f.inspection_id = :inspection");
            params.put("inspection", where.inspectionId());
        }
        if (where.ownerOrganizationId() != null) {
            sql.append(" and r.owner_org_id = :owner");
            params.put("owner", where.ownerOrganizationId());
        }
        if (where.industryPrefix() != null) {
            sql.append(" and i.industry_code like :industry");
            params.put("industry", where.industryPrefix() + "%");
        }
        sql.append(" order by i.inspected_on desc, f.inspection_id desc, r.id");
        var spec = jdbc.sql(sql.toString());
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        record Row(long id, long findingId, long inspectionId, String title, java.time.LocalDate inspectedOn,
                   String industry, Long itemId, String severity, String description, long owner,
                   java.time.LocalDate deadline, String criteria, String status, java.time.LocalDate closedOn,
                   java.time.LocalDate recheckOn, int version) {
        }
        List<Row> rows = spec.query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("finding_id"),
                rs.getLong("inspection_id"), rs.getString("title"), rs.getDate("inspected_on").toLocalDate(),
                rs.getString("industry_code"), (Long) rs.getObject("item_id"), rs.getString("severity"),
                rs.getString("description"), rs.getLong("owner_org_id"), rs.getDate("deadline").toLocalDate(),
                rs.getString("acceptance_criteria"), rs.getString("status"), date(rs, "closed_on"),
                date(rs, "recheck_on"), rs.getInt("version"))).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        List<Long> findingIds = rows.stream().map(Row::findingId).toList();
        Map<Long, List<Evidence>> findingEvidence = new HashMap<>();
        Map<Long, List<Evidence>> progressEvidence = new HashMap<>();
        jdbc.sql("""
                select e.id, e.finding_id, e.progress_id, e.kind, e.name, e.url, e.content_type, e.size_bytes,
                       e.uploaded_by, e.uploaded_at
                from supervision_evidence e left join supervision_progress p on p.id = e.progress_id
                where e.finding_id in (:findings) or p.rectification_id in (:ids) order by e.id
                """).param("findings", findingIds).param("ids", ids).query((ResultSet rs) -> {
            Evidence e = new Evidence(rs.getLong("id"), rs.getString("kind"), rs.getString("name"), rs.getString("url"),
                    rs.getString("content_type"), (Long) rs.getObject("size_bytes"), rs.getString("uploaded_by"),
                    rs.getTimestamp("uploaded_at").toInstant());
            Long finding = (Long) rs.getObject("finding_id");
            if (finding != null) {
                findingEvidence.computeIfAbsent(finding, k -> new ArrayList<>()).add(e);
            } else {
                progressEvidence.computeIfAbsent(rs.getLong("progress_id"), k -> new ArrayList<>()).add(e);
            }
        });
        record Progress(long id, long rectificationId, long org, String text, String by, java.time.Instant at,
                        java.time.LocalDate on) {
        }
        List<Progress> progress = jdbc.sql("""
                select * from supervision_progress where rectification_id in (:ids) order by id
                """).param("ids", ids).query((rs, n) -> new Progress(rs.getLong("id"), rs.getLong("rectification_id"),
                rs.getLong("organization_id"), rs.getString("progress_text"), rs.getString("reported_by"),
                rs.getTimestamp("reported_at").toInstant(), rs.getDate("reported_on").toLocalDate())).list();
        Map<Long, List<Step>> history = new HashMap<>();
        jdbc.sql("select * from supervision_history where rectification_id in (:ids) order by on_date, id")
                .param("ids", ids).query((ResultSet rs) -> {
                    String from = rs.getString("from_status");
                    history.computeIfAbsent(rs.getLong("rectification_id"), k -> new ArrayList<>()).add(new Step(
                            rs.getTimestamp("at").toInstant(), rs.getDate("on_date").toLocalDate(),
                            rs.getString("actor"), from == null ? null : RectificationStatus.valueOf(from),
                            RectificationStatus.valueOf(rs.getString("to_status")),
                            rs.getDate("deadline").toLocalDate(), rs.getString("comment")));
                });
        List<Long> orgIds = new ArrayList<>(rows.stream().map(Row::owner).toList());
        progress.forEach(p -> orgIds.add(p.org()));
        Map<Long, Organization> organizations = names.organizations().apply(orgIds);
        Map<Long, List<ProgressReport>> reports = new HashMap<>();
        for (Progress p : progress) {
            reports.computeIfAbsent(p.rectificationId(), k -> new ArrayList<>()).add(new ProgressReport(p.id(),
                    name(organizations, p.org()), p.text(), p.by(), p.at(), p.on(),
                    progressEvidence.getOrDefault(p.id(), List.of())));
        }
        Map<String, String> industries = industryNames();
        Map<Long, String> items = new HashMap<>();
        return rows.stream().map(r -> new RectificationView(r.id(), r.findingId(), r.inspectionId(), r.title(),
                r.inspectedOn(), r.industry(), industries.getOrDefault(r.industry(), r.industry()), r.itemId(),
                r.itemId() == null ? null : items.computeIfAbsent(r.itemId(), this::itemLabel),
                Severity.valueOf(r.severity()), r.description(), r.owner(), name(organizations, r.owner()),
                r.deadline(), r.criteria(), RectificationStatus.valueOf(r.status()), r.closedOn(), r.recheckOn(),
                r.version(), findingEvidence.getOrDefault(r.findingId(), List.of()),
                reports.getOrDefault(r.id(), List.of()), history.getOrDefault(r.id(), List.of()))).toList();
    }

    /** "一.三 heading" of a plan item (the plan module's label), or its id when it is gone. */
    private String itemLabel(long itemId) {
        return names.item().apply(itemId).map(SupervisionRows::label).orElse("#" + itemId);
    }

    private static String label(PlanItemView item) {
        String text = item.heading() != null ? item.heading() : item.text();
        return item.label() + " " + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }

    private Map<String, String> industryNames() {
        Map<String, String> industries = new HashMap<>();
        for (Industry i : names.industries().get()) {
            industries.put(i.code(), i.name());
        }
        return industries;
    }

    private static String name(Map<Long, Organization> organizations, long id) {
        Organization o = organizations.get(id);
        return o == null ? "#" + id : o.name();
    }

    private static java.time.LocalDate date(ResultSet rs, String column) throws java.sql.SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
