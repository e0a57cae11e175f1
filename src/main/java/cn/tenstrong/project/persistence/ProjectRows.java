package cn.tenstrong.project.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.tenstrong.project.MonthlyReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the project module (JdbcClient, no ORM): projects and monthly reports ({@link DuplicateRows}, {@link BindingRows}). */
@Repository
public class ProjectRows {

    /** A project row as stored (codes, not names). */
    public record Row(long id, String ref, String name, String nameNorm, Long enterpriseId, String enterpriseName,
                      String enterpriseNorm, String industryCode, String chainCode, String segmentCode, String cityCode,
                      String countyCode, Long parkId, String categories, BigDecimal totalInvestment,
                      BigDecimal yearPlannedInvestment, Integer planYear, LocalDate plannedStart, String stage,
                      LocalDate signedOn, LocalDate startedOn, LocalDate buildingOn, LocalDate completedOn,
                      String description, String createdBy, Instant updatedAt, int version,
                      BigDecimal cumulative, String latestPeriod, boolean duplicate, Long duplicateOf,
                      Long originEventId) {

        /** Counts in KPIs and bound targets (not confirmed as another project's duplicate). */
        public boolean counted() {
            return duplicateOf == null;
        }
    }

    /** Figures of one report with its project's grouping codes, for KPIs and bindings. */
    public record ReportFact(long projectId, String period, BigDecimal completed, BigDecimal cumulative,
                             BigDecimal fundsInPlace) {
    }

    static final String SELECT = """
            select p.*, lr.cumulative as last_cumulative, lr.period as last_period,
                   exists (select 1 from project_duplicate d where d.project_id = p.id) as dup
            from project p
            left join lateral (select r.cumulative, r.period from project_report r where r.project_id = p.id
                               order by r.period desc limit 1) lr on true
            """;

    private final JdbcClient jdbc;

    public ProjectRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> all() {
        return jdbc.sql(SELECT + " order by p.id desc").query(ProjectRows::row).list();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(ProjectRows::row).optional();
    }

    /**
     * Which projects a reader may see, for the database to apply: each non-null field restricts (city, park,
     * industry); {@code none} sees nothing. Built by the project module's access rules.
     */
    public record Visibility(boolean none, String cityCode, Long parkId, String industryCode) {
        public static final Visibility ALL = new Visibility(false, null, null, null);
        public static final Visibility NONE = new Visibility(true, null, null, null);

        public static Visibility city(String cityCode) {
            return cityCode == null ? NONE : new Visibility(false, cityCode, null, null);
        }

        public static Visibility park(long parkId) {
            return new Visibility(false, null, parkId, null);
        }

        public static Visibility industry(String industryCode) {
            return industryCode == null ? NONE : new Visibility(false, null, null, industryCode);
        }
    }

    /** The filters of a project list besides the reader's scope; null means any. */
    public record Filter(String text, String industryCode, String cityCode, String category, String stage,
                         boolean duplicatesOnly) {
        public static final Filter NONE = new Filter(null, null, null, null, null, false);
    }

    private static final String VISIBLE = """
             not :none and (cast(:vCity as text) is null or p.city_code = :vCity)
              and (cast(:vPark as bigint) is null or p.park_org_id = :vPark)
              and (cast(:vIndustry as text) is null or p.industry_code = :vIndustry)
            """;

    private static JdbcClient.StatementSpec visible(JdbcClient.StatementSpec spec, Visibility v) {
        return spec.param("none", v.none()).param("vCity", v.cityCode()).param("vPark", v.parkId())
                .param("vIndustry", v.industryCode());
    }

    /** The projects a reader may see that pass the filter, newest first: scope and filters applied by the database. */
    public List<Row> visible(Visibility v, Filter f) {
        String text = f.text() == null ? "" : f.text().strip();
        return visible(jdbc.sql(SELECT + " where" + VISIBLE + """
                  -- industry codes nest by prefix: 09 (文旅) covers 0901 and 0902
                  and (cast(:industry as text) is null or p.industry_code like :industry || '%')
                  and (cast(:city as text) is null or p.city_code = :city)
                  and (cast(:category as text) is null or :category = any(string_to_array(p.categories, ',')))
                  and (cast(:stage as text) is null or p.stage = :stage)
                  and (not :dupOnly or exists (select 1 from project_duplicate d where d.project_id = p.id))
                  and (:text = '' or strpos(p.name, :text) > 0 or upper(p.ref) = upper(:text)
                       or strpos(coalesce(p.enterprise_name, ''), :text) > 0)
                order by p.id desc
                """), v)
                .param("industry", blankToNull(f.industryCode())).param("city", blankToNull(f.cityCode()))
                .param("category", f.category()).param("stage", f.stage()).param("dupOnly", f.duplicatesOnly())
                .param("text", text).query(ProjectRows::row).list();
    }

    /** Of the project references given, those of projects the reader may see. */
    public List<String> visibleRefs(Visibility v, Collection<String> refs) {
        if (refs.isEmpty() || v.none()) {
            return List.of();
        }
        return visible(jdbc.sql("select p.ref from project p where p.ref in (:refs) and" + VISIBLE), v)
                .param("refs", List.copyOf(refs)).query(String.class).list();
    }

    /** The projects on the segments given that the reader may see and that count (not merged), biggest first. */
    public List<Row> inSegments(String chainCode, List<String> segmentCodes, Visibility v) {
        if (segmentCodes.isEmpty() || v.none()) {
            return List.of();
        }
        return visible(jdbc.sql(SELECT + " where p.chain_code = :c and p.segment_code in (:s) and p.duplicate_of is null"
                        + " and" + VISIBLE + " order by p.total_investment desc"), v)
                .param("c", chainCode).param("s", segmentCodes).query(ProjectRows::row).list();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Adds a project; the database gives it its number (项目编号, trigger project_ref), r.ref() is not read. */
    public long insert(Row r) {
        return jdbc.sql("""
                insert into project (name, name_norm, enterprise_id, enterprise_name, enterprise_norm, industry_code,
                    chain_code, segment_code, city_code, county_code, park_org_id, categories, total_investment,
                    year_planned_investment, plan_year, planned_start, stage, signed_on, started_on, building_on,
                    completed_on, description, created_by, origin_event_id)
                values (:name, :norm, :eid, :ename, :enorm, :ind, :chain, :seg, :city, :county, :park, :cat, :total,
                    :yearPlan, :planYear, :plannedStart, :stage, :s1, :s2, :s3, :s4, :descr, :by, :event)
                returning id
                """).param("name", r.name()).param("norm", r.nameNorm())
                .param("eid", r.enterpriseId()).param("ename", r.enterpriseName()).param("enorm", r.enterpriseNorm())
                .param("ind", r.industryCode()).param("chain", r.chainCode()).param("seg", r.segmentCode())
                .param("city", r.cityCode()).param("county", r.countyCode()).param("park", r.parkId())
                .param("cat", r.categories()).param("total", r.totalInvestment())
                .param("yearPlan", r.yearPlannedInvestment()).param("planYear", r.planYear())
                .param("plannedStart", date(r.plannedStart())).param("stage", r.stage())
                .param("s1", date(r.signedOn())).param("s2", date(r.startedOn())).param("s3", date(r.buildingOn()))
                .param("s4", date(r.completedOn())).param("descr", r.description()).param("by", r.createdBy())
                .param("event", r.originEventId()).query(Long.class).single();
    }

    /** Updates the descriptive fields; false when the version is stale. */
    public boolean update(Row r, int version) {
        return jdbc.sql("""
                update project set name = :name, name_norm = :norm, enterprise_id = :eid, enterprise_name = :ename,
                    enterprise_norm = :enorm, industry_code = :ind, chain_code = :chain, segment_code = :seg,
                    city_code = :city, county_code = :county, park_org_id = :park, categories = :cat,
                    total_investment = :total, year_planned_investment = :yearPlan, plan_year = :planYear,
                    planned_start = :plannedStart, description = :descr, updated_at = now(), version = version + 1
                where id = :id and version = :v
                """).param("name", r.name()).param("norm", r.nameNorm())
                .param("eid", r.enterpriseId()).param("ename", r.enterpriseName()).param("enorm", r.enterpriseNorm())
                .param("ind", r.industryCode()).param("chain", r.chainCode()).param("seg", r.segmentCode())
                .param("city", r.cityCode()).param("county", r.countyCode()).param("park", r.parkId())
                .param("cat", r.categories()).param("total", r.totalInvestment())
                .param("yearPlan", r.yearPlannedInvestment()).param("planYear", r.planYear())
                .param("plannedStart", date(r.plannedStart())).param("descr", r.description())
                .param("id", r.id()).param("v", version).update() == 1;
    }

    public boolean moveStage(long id, int version, String stage, String dateColumn, LocalDate on) {
        if (!List.of("started_on", "building_on", "completed_on").contains(dateColumn)) {
            throw new IllegalArgumentException(dateColumn);
        }
        return jdbc.sql("update project set stage = :stage, " + dateColumn + " = :on, updated_at = now(), "
                        + "version = version + 1 where id = :id and version = :v")
                .param("stage", stage).param("on", date(on)).param("id", id).param("v", version).update() == 1;
    }

    /** Marks projects as demo data. */
    public void markDemo(List<String> refs) {
        if (!refs.isEmpty()) {
            jdbc.sql("update project set demo = true where ref in (:refs)").param("refs", refs).update();
        }
    }

    /** Whether demo projects were ever loaded. */
    public boolean anyDemo() {
        return jdbc.sql("select exists (select 1 from project where demo)").query(Boolean.class).single();
    }

    public void touch(long id) {
        jdbc.sql("update project set updated_at = now() where id = :id").param("id", id).update();
    }

    // ---- monthly reports

    public List<MonthlyReport> reports(long projectId) {
        return jdbc.sql("select * from project_report where project_id = :id order by period")
                .param("id", projectId).query(ProjectRows::report).list();
    }

    public Optional<MonthlyReport> report(long projectId, String period) {
        return jdbc.sql("select * from project_report where project_id = :id and period = :p")
                .param("id", projectId).param("p", period).query(ProjectRows::report).optional();
    }

    public long insertReport(long projectId, String period, BigDecimal completed, BigDecimal cumulative,
                             BigDecimal funds, String problems, String solver, String by) {
        return jdbc.sql("""
                insert into project_report (project_id, period, completed, cumulative, funds_in_place, problems, solver,
                                            reported_by)
                values (:p, :period, :c, :cum, :f, :problems, :solver, :by) returning id
                """).param("p", projectId).param("period", period).param("c", completed).param("cum", cumulative)
                .param("f", funds).param("problems", problems).param("solver", solver).param("by", by)
                .query(Long.class).single();
    }

    public boolean updateReport(long id, int version, BigDecimal completed, BigDecimal cumulative, BigDecimal funds,
                                String problems, String solver, String by) {
        return jdbc.sql("""
                update project_report set completed = :c, cumulative = :cum, funds_in_place = :f, problems = :problems,
                    solver = :solver, reported_by = :by, reported_at = now(), version = version + 1
                where id = :id and version = :v
                """).param("c", completed).param("cum", cumulative).param("f", funds).param("problems", problems)
                .param("solver", solver).param("by", by).param("id", id).param("v", version).update() == 1;
    }

    public List<ReportFact> facts() {
        return jdbc.sql("select project_id, period, completed, cumulative, funds_in_place from project_report")
                .query((rs, n) -> new ReportFact(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5))).list();
    }

    /** The projects a binding counts (指标绑定): of an industry, a city, a category, or all; never a merged duplicate. */
    public record BoundProjects(String industryCode, String cityCode, String category) {
    }

    private static final String BOUND = """
             p.duplicate_of is null
             and (cast(:industry as text) is null or p.industry_code = :industry)
             and (cast(:city as text) is null or p.city_code = :city)
             and (cast(:category as text) is null or :category = any(string_to_array(p.categories, ',')))
            """;

    /** 本期完成投资 of the bound projects' reports of the months up to {@code lastMonth} (YYYY-MM), of one year or all. */
    public BigDecimal completedInvestment(BoundProjects b, String lastMonth, Integer year) {
        return jdbc.sql("select coalesce(sum(r.completed), 0) from project_report r join project p on p.id = r.project_id"
                        + " where" + BOUND + " and r.period collate \"C\" <= :last"
                        + " and (cast(:year as text) is null or r.period like :year)")
                .param("industry", b.industryCode()).param("city", b.cityCode()).param("category", b.category())
                .param("last", lastMonth).param("year", year == null ? null : year + "-%")
                .query(BigDecimal.class).single();
    }

    /**
     * The bound projects that stand at one of {@code stages} and reached {@code reached} by {@code asOf} (a stage
     * without a date counts: it cannot be placed in time).
     */
    public long countReached(BoundProjects b, List<String> stages, String reached, LocalDate asOf) {
        return jdbc.sql("select count(*) from project p where" + BOUND + """
                 and p.stage in (:stages)
                 and coalesce(case :reached when 'SIGNED' then p.signed_on when 'STARTED' then p.started_on
                                            when 'BUILDING' then p.building_on else p.completed_on end, :asOf) <= :asOf
                """).param("industry", b.industryCode()).param("city", b.cityCode()).param("category", b.category())
                .param("stages", stages).param("reached", reached).param("asOf", date(asOf))
                .query(Long.class).single();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate local(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("ref"), rs.getString("name"), rs.getString("name_norm"),
                (Long) rs.getObject("enterprise_id"), rs.getString("enterprise_name"), rs.getString("enterprise_norm"),
                rs.getString("industry_code"), rs.getString("chain_code"), rs.getString("segment_code"),
                rs.getString("city_code"), rs.getString("county_code"), (Long) rs.getObject("park_org_id"),
                rs.getString("categories"), rs.getBigDecimal("total_investment"),
                rs.getBigDecimal("year_planned_investment"), (Integer) rs.getObject("plan_year"),
                local(rs, "planned_start"), rs.getString("stage"), local(rs, "signed_on"), local(rs, "started_on"),
                local(rs, "building_on"), local(rs, "completed_on"), rs.getString("description"),
                rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"),
                rs.getBigDecimal("last_cumulative"), rs.getString("last_period"), rs.getBoolean("dup"),
                (Long) rs.getObject("duplicate_of", Long.class), (Long) rs.getObject("origin_event_id", Long.class));
    }

    private static MonthlyReport report(ResultSet rs, int n) throws SQLException {
        return new MonthlyReport(rs.getLong("id"), rs.getLong("project_id"), rs.getString("period"),
                rs.getBigDecimal("completed"), rs.getBigDecimal("cumulative"), rs.getBigDecimal("funds_in_place"),
                rs.getString("problems"), rs.getString("solver"), rs.getString("reported_by"),
                rs.getTimestamp("reported_at").toInstant(), rs.getInt("version"));
    }

}
