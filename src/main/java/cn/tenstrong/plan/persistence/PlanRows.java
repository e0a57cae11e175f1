package cn.tenstrong.plan.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.plan.Incentive;
import cn.tenstrong.plan.ItemKind;
import cn.tenstrong.plan.ItemSuccession;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.plan.PlanItemView.Responsible;
import cn.tenstrong.plan.PlanItemView.TargetView;
import cn.tenstrong.plan.PlanSummary;
import cn.tenstrong.plan.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for documents, plans, items, responsibilities and targets. */
@Repository
public class PlanRows {

    private final ForeignNames orgs;

    /** A stored plan's identity, for matching a new document's plans against it. */
    public record ActivePlan(long id, String industryCode, String title, Integer year, int revision, String contentHash) {
    }

    private static final String SUMMARY = """
            select p.id, p.industry_code, p.industry_name, p.title, p.year, p.revision, p.status, d.file_name,
                   d.imported_at,
                   (select count(*) from plan_item i where i.plan_id = p.id and i.kind = 'GOAL') as goals,
                   (select count(*) from plan_item i where i.plan_id = p.id and i.kind = 'TASK') as tasks,
                   (select count(*) from plan_item i where i.plan_id = p.id and i.kind = 'MEASURE') as measures,
                   (select count(*) from plan_target t join plan_item i on i.id = t.item_id where i.plan_id = p.id) as targets,
                   (select count(distinct r.organization_id) from plan_responsibility r join plan_item i on i.id = r.item_id
                     where i.plan_id = p.id) as agencies
            from plan_plan p join plan_document d on d.id = p.document_id
            """;

    private final JdbcClient jdbc;

    public PlanRows(JdbcClient jdbc, ForeignNames orgs) {
        this.jdbc = jdbc;
        this.orgs = orgs;
    }

    public Optional<Long> documentBySha(String sha) {
        return jdbc.sql("select id from plan_document where sha256 = :sha").param("sha", sha).query(Long.class).optional();
    }

    public long insertDocument(String sha, String fileName, long size, String actor, String warnings) {
        return jdbc.sql("""
                insert into plan_document (sha256, file_name, size_bytes, imported_by, warnings)
                values (:sha, :name, :size, :actor, :warnings) returning id
                """).param("sha", sha).param("name", fileName).param("size", size).param("actor", actor)
                .param("warnings", warnings).query(Long.class).single();
    }

    public List<ActivePlan> activePlans() {
        return jdbc.sql("select id, industry_code, title, year, revision, content_hash from plan_plan where status = 'ACTIVE'")
                .query((rs, n) -> new ActivePlan(rs.getLong("id"), rs.getString("industry_code"), rs.getString("title"),
                        (Integer) rs.getObject("year"), rs.getInt("revision"), rs.getString("content_hash"))).list();
    }

    public void supersede(long planId) {
        jdbc.sql("update plan_plan set status = 'SUPERSEDED', version = version + 1 where id = :id").param("id", planId).update();
    }

    public long insertPlan(long documentId, String industryCode, String title, String industryName, Integer year,
                           int revision, String contentHash) {
        return jdbc.sql("""
                insert into plan_plan (document_id, industry_code, title, industry_name, year, revision, content_hash)
                values (:doc, :industry, :title, :name, :year, :revision, :hash) returning id
                """).param("doc", documentId).param("industry", industryCode).param("title", title)
                .param("name", industryName).param("year", year).param("revision", revision).param("hash", contentHash)
                .query(Long.class).single();
    }

    public long insertItem(long planId, Long parentId, int seq, String itemKey, ItemKind kind, String part, String section,
                           String number, Integer clause, String heading, String text, LocalDate deadline) {
        return jdbc.sql("""
                insert into plan_item (plan_id, parent_id, seq, item_key, kind, part, section, number, clause, heading,
                                       text, deadline)
                values (:plan, :parent, :seq, :key, :kind, :part, :section, :number, :clause, :heading, :text, :deadline)
                returning id
                """).param("plan", planId).param("parent", parentId).param("seq", seq).param("key", itemKey)
                .param("kind", kind.name()).param("part", part).param("section", section).param("number", number)
                .param("clause", clause).param("heading", heading).param("text", text)
                .param("deadline", deadline == null ? null : Date.valueOf(deadline)).query(Long.class).single();
    }

    public void insertResponsibility(long itemId, long organizationId, String role, int position) {
        jdbc.sql("""
                insert into plan_responsibility (item_id, organization_id, role, position) values (:item, :org, :role, :pos)
                on conflict do nothing
                """).param("item", itemId).param("org", organizationId).param("role", role).param("pos", position).update();
    }

    public void insertTarget(long itemId, int seq, String text, String metric, BigDecimal value, BigDecimal low,
                             BigDecimal high, String unit, Qualifier qualifier) {
        jdbc.sql("""
                insert into plan_target (item_id, seq, text, metric, value, low, high, unit, qualifier)
                values (:item, :seq, :text, :metric, :value, :low, :high, :unit, :q)
                """).param("item", itemId).param("seq", seq).param("text", text).param("metric", metric)
                .param("value", value).param("low", low).param("high", high).param("unit", unit == null ? "" : unit)
                .param("q", qualifier.name()).update();
    }

    public void insertIncentive(long itemId, int seq, Incentive g) {
        jdbc.sql("""
                insert into plan_incentive (item_id, seq, text, value, unit, qualifier, kind, clause)
                values (:item, :seq, :text, :value, :unit, :q, :kind, :clause)
                """).param("item", itemId).param("seq", seq).param("text", g.text()).param("value", g.value())
                .param("unit", g.unit()).param("q", g.qualifier().name()).param("kind", g.kind())
                .param("clause", g.clause()).update();
    }

    public List<PlanSummary> summaries(boolean activeOnly) {
        return jdbc.sql(SUMMARY + (activeOnly ? " where p.status = 'ACTIVE'" : "") + " order by p.industry_code nulls last, p.year, p.revision")
                .query(PlanRows::summary).list();
    }

    public Optional<PlanSummary> summary(long planId) {
        return jdbc.sql(SUMMARY + " where p.id = :id").param("id", planId).query(PlanRows::summary).optional();
    }

    public List<PlanItemView> items(long planId) {
        return assemble(jdbc.sql("select * from plan_item where plan_id = :plan order by seq").param("plan", planId)
                .query(PlanRows::itemRow).list());
    }

    public Optional<PlanItemView> item(long itemId) {
        return assemble(jdbc.sql("select * from plan_item where id = :id").param("id", itemId).query(PlanRows::itemRow)
                .list()).stream().findFirst();
    }

    /** Items of active plans whose heading or text contains every word; optionally only an organisation's. */
    public List<PlanItemView> search(List<String> words, Long organizationId, String industryCode, int limit) {
        StringBuilder sql = new StringBuilder("""
                select i.* from plan_item i join plan_plan p on p.id = i.plan_id
                where p.status = 'ACTIVE' and (:industry = '' or p.industry_code = :industry)
                  and (cast(:org as bigint) is null or exists (select 1 from plan_responsibility r
                                                               where r.item_id = i.id and r.organization_id = :org))
                """);
        Map<String, Object> params = new LinkedHashMap<>();
        for (int w = 0; w < words.size(); w++) {
            sql.append(" and (coalesce(i.heading, '') || i.text) like :w").append(w).append(" escape '\\'");
            params.put("w" + w, "%" + words.get(w).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" order by p.industry_code, i.plan_id, i.seq limit :limit");
        var spec = jdbc.sql(sql.toString()).param("industry", industryCode == null ? "" : industryCode)
                .param("org", organizationId).param("limit", limit);
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return assemble(spec.query(PlanRows::itemRow).list());
    }

    public long countActivePlans() {
        return jdbc.sql("select count(*) from plan_plan where status = 'ACTIVE'").query(Long.class).single();
    }

    public long countActiveItems() {
        return jdbc.sql("select count(*) from plan_item i join plan_plan p on p.id = i.plan_id where p.status = 'ACTIVE'")
                .query(Long.class).single();
    }

    /** The ids of a plan's items by item key. */
    public Map<String, Long> itemIdsByKey(long planId) {
        Map<String, Long> ids = new LinkedHashMap<>();
        jdbc.sql("select item_key, id from plan_item where plan_id = :plan order by seq").param("plan", planId)
                .query((ResultSet rs) -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                });
        return ids;
    }

    // item successions (条目衔接)

    public long insertSuccession(long documentId, long fromPlanId, long fromItemId, String fromKey, String fromLabel,
                                 long toPlanId, long toItemId, String toKey, String toLabel, double similarity,
                                 boolean proposed, String actor) {
        return jdbc.sql("""
                insert into plan_item_succession (document_id, from_plan_id, from_item_id, from_item_key, from_label,
                                                  to_plan_id, to_item_id, to_item_key, to_label, similarity, proposed,
                                                  decided_by)
                values (:doc, :fromPlan, :fromItem, :fromKey, :fromLabel, :toPlan, :toItem, :toKey, :toLabel,
                        :similarity, :proposed, :actor)
                returning id
                """).param("doc", documentId).param("fromPlan", fromPlanId).param("fromItem", fromItemId)
                .param("fromKey", fromKey).param("fromLabel", fromLabel).param("toPlan", toPlanId)
                .param("toItem", toItemId).param("toKey", toKey).param("toLabel", toLabel)
                .param("similarity", BigDecimal.valueOf(similarity).setScale(4, java.math.RoundingMode.HALF_UP))
                .param("proposed", proposed).param("actor", actor).query(Long.class).single();
    }

    private static final String SUCCESSIONS = """
            select s.*, p.industry_code, p.year from plan_item_succession s join plan_plan p on p.id = s.to_plan_id
            """;

    /** Every stored succession, oldest first. */
    public List<ItemSuccession> successions() {
        return jdbc.sql(SUCCESSIONS + " order by s.decided_at, s.id").query(PlanRows::succession).list();
    }

    public List<ItemSuccession> successionsOfDocument(long documentId) {
        return jdbc.sql(SUCCESSIONS + " where s.document_id = :doc order by s.id").param("doc", documentId)
                .query(PlanRows::succession).list();
    }

    private static ItemSuccession succession(ResultSet rs, int n) throws SQLException {
        return new ItemSuccession(rs.getLong("id"), rs.getLong("document_id"), rs.getString("industry_code"),
                (Integer) rs.getObject("year"), rs.getLong("from_plan_id"), rs.getLong("from_item_id"),
                rs.getString("from_item_key"), rs.getString("from_label"), rs.getLong("to_plan_id"),
                rs.getLong("to_item_id"), rs.getString("to_item_key"), rs.getString("to_label"),
                rs.getBigDecimal("similarity").doubleValue(), rs.getBoolean("proposed"), rs.getString("decided_by"),
                rs.getTimestamp("decided_at").toInstant());
    }

    // drafts

    public long insertDraft(String sha, String fileName, byte[] content, String json, String actor) {
        return jdbc.sql("""
                insert into plan_import_draft (sha256, file_name, size_bytes, parsed_json, created_by, content)
                values (:sha, :name, :size, :json, :actor, :content) returning id
                """).param("sha", sha).param("name", fileName).param("size", content.length).param("json", json)
                .param("actor", actor).param("content", content).query(Long.class).single();
    }

    /** The uploaded file of a draft; empty for drafts stored before the file was kept. */
    public Optional<byte[]> draftContent(long id) {
        return jdbc.sql("select content from plan_import_draft where id = :id and content is not null").param("id", id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** A stored draft. */
    public record Draft(long id, String sha256, String fileName, long sizeBytes, String parsedJson, String createdBy,
                        boolean committed, int version) {
    }

    public Optional<Draft> draft(long id) {
        return jdbc.sql("select * from plan_import_draft where id = :id").param("id", id)
                .query((rs, n) -> new Draft(rs.getLong("id"), rs.getString("sha256"), rs.getString("file_name"),
                        rs.getLong("size_bytes"), rs.getString("parsed_json"), rs.getString("created_by"),
                        rs.getBoolean("committed"), rs.getInt("version"))).optional();
    }

    public boolean updateDraft(long id, int expectedVersion, String json) {
        return jdbc.sql("""
                update plan_import_draft set parsed_json = :json, version = version + 1
                where id = :id and version = :v and not committed
                """).param("id", id).param("v", expectedVersion).param("json", json).update() == 1;
    }

    public boolean markCommitted(long id) {
        return jdbc.sql("update plan_import_draft set committed = true, version = version + 1 where id = :id and not committed")
                .param("id", id).update() == 1;
    }

    // assembling items with their agencies and targets

    private record ItemRow(long id, long planId, Long parentId, int seq, String itemKey, ItemKind kind, String part,
                           String section, String number, Integer clause, String heading, String text, LocalDate deadline) {
    }

    private List<PlanItemView> assemble(List<ItemRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(ItemRow::id).toList();
        Map<Long, List<Responsible>> lead = new LinkedHashMap<>();
        Map<Long, List<Responsible>> support = new LinkedHashMap<>();
        record Assignment(long itemId, String role, long organizationId) {
        }
        List<Assignment> assignments = jdbc.sql("""
                select item_id, role, organization_id from plan_responsibility
                where item_id in (:ids) order by item_id, position
                """).param("ids", ids).query((rs, n) -> new Assignment(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
        Map<Long, Organization> organizations = orgs.organizations(
                assignments.stream().map(Assignment::organizationId).toList());
        for (Assignment a : assignments) {
            Organization o = organizations.get(a.organizationId());
            Responsible r = new Responsible(a.organizationId(), o == null ? "#" + a.organizationId() : o.name(),
                    o != null && o.needsReview(), o != null && o.kind() == OrganizationKind.PLACEHOLDER);
            ("LEAD".equals(a.role()) ? lead : support).computeIfAbsent(a.itemId(), k -> new ArrayList<>()).add(r);
        }
        Map<Long, List<TargetView>> targets = new LinkedHashMap<>();
        jdbc.sql("select * from plan_target where item_id in (:ids) order by item_id, seq").param("ids", ids)
                .query((ResultSet rs) -> {
                    targets.computeIfAbsent(rs.getLong("item_id"), k -> new ArrayList<>()).add(new TargetView(
                            rs.getLong("id"), rs.getString("text"), rs.getString("metric"), rs.getBigDecimal("value"),
                            rs.getBigDecimal("low"), rs.getBigDecimal("high"), rs.getString("unit"),
                            Qualifier.valueOf(rs.getString("qualifier"))));
                });
        Map<Long, List<Incentive>> incentives = new LinkedHashMap<>();
        jdbc.sql("select * from plan_incentive where item_id in (:ids) order by item_id, seq").param("ids", ids)
                .query((ResultSet rs) -> {
                    incentives.computeIfAbsent(rs.getLong("item_id"), k -> new ArrayList<>()).add(new Incentive(
                            rs.getString("text"), rs.getBigDecimal("value"), rs.getString("unit"),
                            Qualifier.valueOf(rs.getString("qualifier")), rs.getString("kind"), rs.getString("clause")));
                });
        return rows.stream().map(r -> new PlanItemView(r.id(), r.planId(), r.parentId(), r.seq(), r.itemKey(), r.kind(),
                r.part(), r.section(), r.number(), r.clause(), r.heading(), r.text(), r.deadline(),
                lead.getOrDefault(r.id(), List.of()), support.getOrDefault(r.id(), List.of()),
                targets.getOrDefault(r.id(), List.of()), incentives.getOrDefault(r.id(), List.of()))).toList();
    }

    private static ItemRow itemRow(ResultSet rs, int n) throws SQLException {
        Date deadline = rs.getDate("deadline");
        return new ItemRow(rs.getLong("id"), rs.getLong("plan_id"), (Long) rs.getObject("parent_id"), rs.getInt("seq"),
                rs.getString("item_key"), ItemKind.valueOf(rs.getString("kind")), rs.getString("part"),
                rs.getString("section"), rs.getString("number"), (Integer) rs.getObject("clause"),
                rs.getString("heading"), rs.getString("text"), deadline == null ? null : deadline.toLocalDate());
    }

    private static PlanSummary summary(ResultSet rs, int n) throws SQLException {
        return new PlanSummary(rs.getLong("id"), rs.getString("industry_code"), rs.getString("industry_name"),
                rs.getString("title"), (Integer) rs.getObject("year"), rs.getInt("revision"), rs.getString("status"),
                rs.getInt("goals"), rs.getInt("tasks"), rs.getInt("measures"), rs.getInt("targets"), rs.getInt("agencies"),
                rs.getString("file_name"), rs.getTimestamp("imported_at").toInstant());
    }
}
