package cn.tenstrong.portal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.tenstrong.project.Project;
import cn.tenstrong.project.ProjectCategory;
import cn.tenstrong.project.ProjectDraft;
import cn.tenstrong.project.ProjectDrafts;
import cn.tenstrong.project.ProjectLibrary;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.BrowserSession;
import cn.tenstrong.support.Http;
import cn.tenstrong.support.IntegrationTest;
import cn.tenstrong.targeting.Lead;
import cn.tenstrong.targeting.LeadBook;
import cn.tenstrong.targeting.LeadDraft;
import cn.tenstrong.targeting.LeadDrafts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint and page that returns projects or leads, walked with each demo role: no row outside the role's scope
 * comes back (the project and lead scopes of the README), the rows inside it do, and a single record outside it
 * answers 403. Which rows a role may see is decided here from the rows' stored city, park and industry, independently
 * of the platform's own access classes.
 */
class ScopeMatrixTest extends IntegrationTest {

    private static final List<String> ROLES = List.of("admin", "zhuanban", "agency", "city", "park", "leader");
    private static final Pattern PROJECT_REF = Pattern.compile("XM\\d{4}-\\d{6}");
    private static final Pattern LEAD_LINK = Pattern.compile("/leads/(\\d+)\"");

    @Autowired
    ProjectLibrary projects;
    @Autowired
    LeadBook leads;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    cn.tenstrong.supervision.Inspections inspections;
    @Autowired
    cn.tenstrong.targeting.EventBook eventBook;
    @Autowired
    cn.tenstrong.listing.ListingCandidates listing;
    @Autowired
    cn.tenstrong.enterprise.EnterpriseLibrary enterpriseLibrary;

    private Http http;
    private Map<String, String> demo;
    private static final List<Project> SEEDED = new ArrayList<>();
    private static final List<Lead> SEEDED_LEADS = new ArrayList<>();

    /** The stored facts a scope decision rests on. */
    private record Facts(String city, Long org, String industry) {
    }

    @BeforeEach
    void seed() {
        http = new Http(baseUrl());
        demo = demoPasswords();
        if (!SEEDED.isEmpty()) {
            return;
        }
        AsUser as = new AsUser(userDetails);
        long park = orgOf("park");
        long qingdao = jdbc.sql("select id from org_organization where name = '青岛市投资促进局'").query(Long.class).single();
        Set<ProjectCategory> major = Set.of(ProjectCategory.MAJOR);
        SEEDED.add(as.call("admin", () -> projects.create(project("范围矩阵济南集成电路项目", "01",
                "integrated-circuit/silicon-wafer", "370102", null, major))));
        SEEDED.add(as.call("admin", () -> projects.create(project("范围矩阵济南园区汽车芯片项目", "02",
                "automobile/auto-chip", "370100", park, major))));
        SEEDED.add(as.call("admin", () -> projects.create(project("范围矩阵青岛集成电路项目", "01",
                "integrated-circuit/silicon-wafer", "370202", null, major))));
        SEEDED.add(as.call("admin", () -> projects.create(project("范围矩阵青岛汽车芯片项目", "02",
                "automobile/auto-chip", "370202", null, major))));
        long city = orgOf("city");
        SEEDED_LEADS.add(as.call("admin", () -> leads.create(lead("范围矩阵济南线索有限公司", "01", city))));
        SEEDED_LEADS.add(as.call("admin", () -> leads.create(lead("范围矩阵园区线索有限公司", "02", park))));
        SEEDED_LEADS.add(as.call("admin", () -> leads.create(lead("范围矩阵青岛线索有限公司", "01", qingdao))));
        SEEDED_LEADS.add(as.call("admin", () -> leads.create(lead("范围矩阵青岛装备线索有限公司", "02", qingdao))));
    }

    private static ProjectDraft project(String name, String industry, String segment, String region, Long park,
                                        Set<ProjectCategory> cats) {
        return ProjectDrafts.named(name).enterprise(name + "企业").industry(industry).segment(segment).region(region)
                .park(park).categories(cats).total("800000000").signed(LocalDate.of(2025, 3, 1)).build();
    }

    private static LeadDraft lead(String enterprise, String industry, long owner) {
        return LeadDrafts.on(enterprise).industry(industry).investment("100000000").contact("联系人").owner(owner).build();
    }

    // ------------------------------------------------------------------ who may see what (the README's rules)

    private boolean mayRead(String role, Facts f, boolean lead) {
        return switch (role) {
            case "admin", "leader", "agency" -> true;
            case "city" -> "370100".equals(f.city());
            case "park" -> f.org() != null && f.org() == orgOf("park");
            case "zhuanban" -> "01".equals(f.industry());
            default -> throw new IllegalArgumentException(role);
        };
    }

    private Facts projectFacts(String ref) {
        return jdbc.sql("select city_code, park_org_id, industry_code from project where ref = :r").param("r", ref)
                .query((rs, n) -> new Facts(rs.getString(1), (Long) rs.getObject(2), rs.getString(3))).single();
    }

    private Facts leadFacts(long id) {
        return jdbc.sql("select city_code, owner_org_id, industry_code from targeting_lead where id = :id").param("id", id)
                .query((rs, n) -> new Facts(rs.getString(1), rs.getLong(2), rs.getString(3))).single();
    }

    private long orgOf(String username) {
        return jdbc.sql("select organization_id from access_user where username = :u").param("u", username)
                .query(Long.class).single();
    }

    // ------------------------------------------------------------------ the walk

    /** What one endpoint answered one role: its status and the project references or lead ids in it. */
    private record Answer(int status, Set<String> rows) {
    }

    @Test
    void noEndpointReturnsAProjectOutsideTheRolesScope() {
        Map<String, Function<Session, Answer>> endpoints = new LinkedHashMap<>();
        endpoints.put("GET /api/projects", s -> s.api("/api/projects", n -> refs(n, "ref")));
        endpoints.put("GET /api/projects?city=370200", s -> s.api("/api/projects?city=370200", n -> refs(n, "ref")));
        endpoints.put("GET /api/projects?industry=02", s -> s.api("/api/projects?industry=02", n -> refs(n, "ref")));
        endpoints.put("GET /api/projects?category=MAJOR", s -> s.api("/api/projects?category=MAJOR", n -> refs(n, "ref")));
        endpoints.put("GET /api/chain-maps/integrated-circuit/projects",
                s -> s.api("/api/chain-maps/integrated-circuit/projects", n -> refs(n, "projectRef")));
        endpoints.put("GET /api/chain-maps/automobile/projects",
                s -> s.api("/api/chain-maps/automobile/projects", n -> refs(n, "projectRef")));
        endpoints.put("page /projects", s -> s.page("/projects", PROJECT_REF, 0));
        endpoints.put("page /chains/integrated-circuit/lists/projects",
                s -> s.page("/chains/integrated-circuit/lists/projects", PROJECT_REF, 0));
        endpoints.put("page /chains/automobile/lists/projects",
                s -> s.page("/chains/automobile/lists/projects", PROJECT_REF, 0));
        endpoints.put("xlsx /chains/integrated-circuit/lists/projects.xlsx",
                s -> s.workbook("/chains/integrated-circuit/lists/projects.xlsx"));
        endpoints.put("xlsx /chains/automobile/lists/projects.xlsx", s -> s.workbook("/chains/automobile/lists/projects.xlsx"));
        endpoints.put("docx /chains/integrated-circuit/policy.docx",
                s -> s.document("/chains/integrated-circuit/policy.docx"));
        endpoints.put("docx /chains/automobile/policy.docx", s -> s.document("/chains/automobile/policy.docx"));
        endpoints.put("panel integrated-circuit/silicon-wafer",
                s -> s.page("/chains/integrated-circuit/segments/silicon-wafer/panel", PROJECT_REF, 0));
        endpoints.put("panel automobile/auto-chip", s -> s.page("/chains/automobile/segments/auto-chip/panel", PROJECT_REF, 0));

        List<String> leaks = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String role : ROLES) {
            Session session = new Session(role);
            for (var e : endpoints.entrySet()) {
                Answer a = e.getValue().apply(session);
                if (a.status() == 403) {
                    continue; // the role may not read projects at all: nothing leaks
                }
                assertThat(a.status()).as(role + " " + e.getKey()).isEqualTo(200);
                for (String ref : a.rows()) {
                    if (!mayRead(role, projectFacts(ref), false)) {
                        leaks.add(role + " " + e.getKey() + " → " + ref);
                    }
                }
            }
            // the rows in scope do come back (the filter is not simply "nothing")
            Answer list = endpoints.get("GET /api/projects").apply(session);
            Answer chain = endpoints.get("GET /api/chain-maps/integrated-circuit/projects").apply(session);
            Answer panel = endpoints.get("panel integrated-circuit/silicon-wafer").apply(session);
            Answer policy = endpoints.get("docx /chains/integrated-circuit/policy.docx").apply(session);
            if (list.status() == 200) {
                for (Project p : SEEDED) {
                    boolean visible = mayRead(role, projectFacts(p.ref()), false);
                    if (visible && !list.rows().contains(p.ref())) {
                        missing.add(role + " GET /api/projects ✗ " + p.ref());
                    }
                    if (visible && "01".equals(p.industryCode()) && !chain.rows().contains(p.ref())) {
                        missing.add(role + " chain-maps/integrated-circuit/projects ✗ " + p.ref());
                    }
                    if (visible && "01".equals(p.industryCode()) && !panel.rows().contains(p.ref())) {
                        missing.add(role + " panel ✗ " + p.ref());
                    }
                    if (visible && "01".equals(p.industryCode()) && !policy.rows().contains(p.ref())) {
                        missing.add(role + " 一链一策 ✗ " + p.ref());
                    }
                }
            }
            // one project at a time: 200 inside the scope, 403 outside
            for (Project p : SEEDED) {
                boolean visible = mayRead(role, projectFacts(p.ref()), false);
                for (String path : List.of("/api/projects/" + p.id(), "/api/projects/" + p.id() + "/reports",
                        "/api/projects/" + p.id() + "/duplicates")) {
                    int status = session.apiStatus(path);
                    if (list.status() == 403) {
                        assertThat(status).as(role + " " + path).isEqualTo(403);
                    } else {
                        assertThat(status).as(role + " " + path).isEqualTo(visible ? 200 : 403);
                    }
                }
                int page = session.pageStatus("/projects/" + p.id());
                assertThat(page).as(role + " page /projects/" + p.id()).isEqualTo(list.status() == 403 || !visible ? 403 : 200);
            }
        }
        assertThat(leaks).as("rows outside the scope").isEmpty();
        assertThat(missing).as("rows inside the scope that did not come back").isEmpty();
    }

    @Test
    void noEndpointReturnsALeadOutsideTheRolesScope() {
        Map<String, Function<Session, Answer>> endpoints = new LinkedHashMap<>();
        endpoints.put("GET /api/targeting/leads", s -> s.api("/api/targeting/leads", n -> ids(n)));
        endpoints.put("GET /api/targeting/leads?stage=LEAD", s -> s.api("/api/targeting/leads?stage=LEAD", n -> ids(n)));
        endpoints.put("GET /api/targeting/leads?stale=true", s -> s.api("/api/targeting/leads?stale=true", n -> ids(n)));
        endpoints.put("page /leads", s -> s.page("/leads", LEAD_LINK, 1));
        endpoints.put("page /leads?stale=true", s -> s.page("/leads?stale=true", LEAD_LINK, 1));

        List<String> leaks = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String role : ROLES) {
            Session session = new Session(role);
            for (var e : endpoints.entrySet()) {
                Answer a = e.getValue().apply(session);
                assertThat(a.status()).as(role + " " + e.getKey()).isEqualTo(200);
                for (String id : a.rows()) {
                    if (!mayRead(role, leadFacts(Long.parseLong(id)), true)) {
                        leaks.add(role + " " + e.getKey() + " → lead " + id);
                    }
                }
            }
            Answer list = endpoints.get("GET /api/targeting/leads").apply(session);
            long visibleInDatabase = jdbc.sql("select id from targeting_lead").query(Long.class).list().stream()
                    .filter(id -> mayRead(role, leadFacts(id), true)).count();
            assertThat(list.rows()).as(role + ": every lead in scope").hasSize((int) visibleInDatabase);
            // the funnel counts exactly the leads in scope (every lead has reached 线索)
            JsonNode funnel = session.json("/api/targeting/leads/funnel");
            assertThat(funnel.at("/total/counts/0").asLong()).as(role + " funnel").isEqualTo(visibleInDatabase);
            for (Lead l : SEEDED_LEADS) {
                boolean visible = mayRead(role, leadFacts(l.id()), true);
                if (visible && !list.rows().contains(Long.toString(l.id()))) {
                    missing.add(role + " ✗ lead " + l.id());
                }
                assertThat(session.apiStatus("/api/targeting/leads/" + l.id())).as(role + " lead " + l.id())
                        .isEqualTo(visible ? 200 : 403);
                assertThat(session.pageStatus("/leads/" + l.id())).as(role + " page lead " + l.id())
                        .isEqualTo(visible ? 200 : 403);
            }
        }
        assertThat(leaks).as("leads outside the scope").isEmpty();
        assertThat(missing).isEmpty();
    }

    /**
     * 督导整改: an agency and every role bound to its organisation sees only the 整改 it owns, a task force its industry's,
     * the administrator and the leader all — in the API list, the 整改台账 page, its Excel export, one 整改 and its
     * inspection (200 inside, 403 outside).
     */
    @Test
    void noEndpointReturnsARectificationOutsideTheRolesScope() {
        AsUser as = new AsUser(userDetails);
        long agencyOrg = orgOf("agency");
        long cityOrg = orgOf("city");
        java.util.List<Long> seeded = new ArrayList<>();
        for (String[] spec : List.of(new String[]{"01", Long.toString(agencyOrg)}, new String[]{"02", Long.toString(cityOrg)},
                new String[]{"01", Long.toString(cityOrg)})) {
            cn.tenstrong.supervision.InspectionView inspection = as.call("admin", () -> inspections.open(
                    new cn.tenstrong.supervision.NewInspection(cn.tenstrong.supervision.InspectionScope.INDUSTRY, spec[0],
                            null, null, "范围矩阵督导" + spec[0], LocalDate.of(2025, 1, 10), "")));
            seeded.add(as.call("admin", () -> inspections.addFinding(inspection.id(), new cn.tenstrong.supervision.NewFinding(
                    null, Long.parseLong(spec[1]), cn.tenstrong.supervision.Severity.GENERAL, "范围矩阵问题",
                    LocalDate.of(2025, 2, 10), "提交整改说明"))).id());
        }
        Pattern link = Pattern.compile("/supervision/rectifications/(\\d+)\"");
        List<String> leaks = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String role : ROLES) {
            Session session = new Session(role);
            Answer api = session.api("/api/supervision/rectifications", n -> ids(n));
            Answer page = session.page("/supervision/rectifications", link, 1);
            Answer workbook = session.rectificationWorkbook("/supervision/rectifications.xlsx");
            for (Answer a : List.of(api, page, workbook)) {
                assertThat(a.status()).as(role).isEqualTo(200);
                for (String id : a.rows()) {
                    if (!mayReadRectification(role, Long.parseLong(id))) {
                        leaks.add(role + " → 整改 " + id);
                    }
                }
            }
            for (long id : seeded) {
                boolean visible = mayReadRectification(role, id);
                for (Answer a : List.of(api, page, workbook)) {
                    if (visible && !a.rows().contains(Long.toString(id))) {
                        missing.add(role + " ✗ 整改 " + id);
                    }
                }
                assertThat(session.apiStatus("/api/supervision/rectifications/" + id)).as(role + " 整改 " + id)
                        .isEqualTo(visible ? 200 : 403);
                assertThat(session.pageStatus("/supervision/rectifications/" + id)).as(role + " page 整改 " + id)
                        .isEqualTo(visible ? 200 : 403);
                long inspection = jdbc.sql("""
                        select f.inspection_id from supervision_rectification r join supervision_finding f on f.id = r.finding_id
                        where r.id = :id""").param("id", id).query(Long.class).single();
                assertThat(session.apiStatus("/api/supervision/inspections/" + inspection)).as(role + " 督导 " + inspection)
                        .isEqualTo(visible ? 200 : 403);
            }
        }
        assertThat(leaks).as("整改 outside the scope").isEmpty();
        assertThat(missing).as("整改 inside the scope that did not come back").isEmpty();
    }

    /**
     * 招商活动 and 上市后备资源库: a city bureau and a park see their city's, the task force its industry's, the
     * administrator, the leader and the agency all — in the API list, the list page, one record (200 inside, 403
     * outside) and its page.
     */
    @Test
    void noEndpointReturnsAnEventOrListingCandidateOutsideTheRolesScope() {
        AsUser as = new AsUser(userDetails);
        long cityOrg = orgOf("city");
        long parkOrg = orgOf("park");
        long adminOrg = orgOf("admin");
        long qingdao = jdbc.sql("select id from org_organization where name = '青岛市投资促进局'").query(Long.class).single();
        List<Long> events = new ArrayList<>();
        for (Object[] spec : List.of(new Object[]{"370102", null, cityOrg, "01"}, new Object[]{"370202", null, qingdao, "02"},
                new Object[]{"370102", null, parkOrg, "02"}, new Object[]{null, "北京市", adminOrg, "01"})) {
            events.add(as.call("admin", () -> eventBook.create(new cn.tenstrong.targeting.EventDraft("范围矩阵活动",
                    cn.tenstrong.targeting.EventType.MATCHMAKING, LocalDate.of(2022, 4, 1), (String) spec[0],
                    (String) spec[1], "", (Long) spec[2], (String) spec[3], null, "", null, 0))).id());
        }
        String header = String.join(",", cn.tenstrong.enterprise.GenerateEnterprisesCommand.HEADER);
        String jinan = uscc("370102", "PM000001");
        String qd = uscc("370202", "PM000002");
        as.call("admin", () -> enterpriseLibrary.importFile((header + "\n" + jinan + ",范围矩阵后备济南有限公司,370102,,100,2015-01-01,,,,,,\n"
                + qd + ",范围矩阵后备青岛有限公司,370202,,100,2015-01-01,,,,,,\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "scope.csv"));
        List<Long> candidates = new ArrayList<>();
        for (String[] spec : List.of(new String[]{jinan, "01"}, new String[]{qd, "02"})) {
            long enterprise = jdbc.sql("select id from enterprise where uscc = :u").param("u", spec[0]).query(Long.class).single();
            candidates.add(as.call("admin", () -> listing.enrol(new cn.tenstrong.listing.CandidateDraft(enterprise, spec[1],
                    null, null, "", "", 0))).id());
        }
        List<String> leaks = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String role : ROLES) {
            Session session = new Session(role);
            walk(session, role, "/api/targeting/events", "/events?year=2022", Pattern.compile("/events/(\\d+)\""),
                    "/events/", "/api/targeting/events/", events, "targeting_event", leaks, missing);
            walk(session, role, "/api/listing/candidates", "/listing", Pattern.compile("/listing/(\\d+)\""),
                    "/listing/", "/api/listing/candidates/", candidates, "listing_candidate", leaks, missing);
        }
        assertThat(leaks).as("events and candidates outside the scope").isEmpty();
        assertThat(missing).as("events and candidates inside the scope that did not come back").isEmpty();
    }

    private void walk(Session session, String role, String api, String page, Pattern link, String pagePrefix,
                      String apiPrefix, List<Long> seeded, String table, List<String> leaks, List<String> missing) {
        Answer list = session.api(api, n -> ids(n));
        Answer html = session.page(page, link, 1);
        for (Answer a : List.of(list, html)) {
            assertThat(a.status()).as(role + " " + api).isEqualTo(200);
            for (String id : a.rows()) {
                if (!mayReadCityOrIndustry(role, table, Long.parseLong(id))) {
                    leaks.add(role + " → " + table + " " + id);
                }
            }
        }
        for (long id : seeded) {
            boolean visible = mayReadCityOrIndustry(role, table, id);
            for (Answer a : List.of(list, html)) {
                if (visible && !a.rows().contains(Long.toString(id))) {
                    missing.add(role + " ✗ " + table + " " + id);
                }
            }
            assertThat(session.apiStatus(apiPrefix + id)).as(role + " " + table + " " + id).isEqualTo(visible ? 200 : 403);
            assertThat(session.pageStatus(pagePrefix + id)).as(role + " page " + table + " " + id)
                    .isEqualTo(visible ? 200 : 403);
        }
    }

    /** The README's rule for events and candidates, from the stored city and industry. */
    private boolean mayReadCityOrIndustry(String role, String table, long id) {
        Facts f = jdbc.sql("select city_code, industry_code from " + table + " where id = :id").param("id", id)
                .query((rs, n) -> new Facts(rs.getString(1), null, rs.getString(2))).single();
        return switch (role) {
            case "admin", "leader", "agency" -> true;
            case "city", "park" -> "370100".equals(f.city());
            case "zhuanban" -> f.industry().startsWith("01");
            default -> throw new IllegalArgumentException(role);
        };
    }

    private static String uscc(String region, String body8) {
        return cn.tenstrong.enterprise.Uscc.withCheckDigit("91" + region + body8
                + cn.tenstrong.enterprise.Uscc.organizationCodeCheckChar(body8));
    }

    /** The README's rule, from the stored industry and owner: ALL roles everything, 专班 its industry, others their own. */
    private boolean mayReadRectification(String role, long id) {
        Facts f = jdbc.sql("""
                select i.industry_code, r.owner_org_id from supervision_rectification r
                join supervision_finding fi on fi.id = r.finding_id join supervision_inspection i on i.id = fi.inspection_id
                where r.id = :id""").param("id", id).query((rs, n) -> new Facts(null, rs.getLong(2), rs.getString(1))).single();
        return switch (role) {
            case "admin", "leader" -> true;
            case "zhuanban" -> f.industry().startsWith("01");
            default -> f.org() == orgOf(role);
        };
    }

    private static Set<String> refs(JsonNode array, String field) {
        Set<String> out = new LinkedHashSet<>();
        array.forEach(n -> out.add(n.get(field).asString()));
        return out;
    }

    private static Set<String> ids(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        array.forEach(n -> out.add(Long.toString(n.get("id").asLong())));
        return out;
    }

    /** One role, through the API (HTTP Basic) and through the pages (form login). */
    private final class Session {
        private final String user;
        private final BrowserSession browser;

        Session(String user) {
            this.user = user;
            this.browser = new BrowserSession(baseUrl());
            browser.login(user, demo.get(user));
        }

        Answer api(String path, Function<JsonNode, Set<String>> rows) {
            HttpResponse<String> r = http.get(path, user, demo.get(user));
            return new Answer(r.statusCode(), r.statusCode() == 200 ? rows.apply(json.readTree(r.body())) : Set.of());
        }

        JsonNode json(String path) {
            HttpResponse<String> r = http.get(path, user, demo.get(user));
            assertThat(r.statusCode()).as(user + " " + path).isEqualTo(200);
            return ScopeMatrixTest.this.json.readTree(r.body());
        }

        int apiStatus(String path) {
            return http.get(path, user, demo.get(user)).statusCode();
        }

        int pageStatus(String path) {
            return browser.get(path).statusCode();
        }

        Answer page(String path, Pattern pattern, int group) {
            HttpResponse<String> r = browser.get(path);
            Set<String> found = new LinkedHashSet<>();
            if (r.statusCode() == 200) {
                Matcher m = pattern.matcher(r.body());
                while (m.find()) {
                    found.add(m.group(group));
                }
            }
            return new Answer(r.statusCode(), found);
        }

        Answer rectificationWorkbook(String path) {
            HttpResponse<byte[]> r = browser.getResponse(path);
            Set<String> found = new LinkedHashSet<>();
            if (r.statusCode() == 200) {
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
                    Sheet sheet = wb.getSheetAt(0);
                    for (int i = 2; i <= sheet.getLastRowNum(); i++) {
                        Row row = sheet.getRow(i);
                        if (row != null && row.getCell(1) != null) {
                            found.add(Long.toString((long) row.getCell(1).getNumericCellValue()));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new Answer(r.statusCode(), found);
        }

        /** The project references a Word document (一链一策) names anywhere in its text. */
        Answer document(String path) {
            HttpResponse<byte[]> r = browser.getResponse(path);
            Set<String> found = new LinkedHashSet<>();
            if (r.statusCode() == 200) {
                try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(r.body()));
                     var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
                    Matcher m = PROJECT_REF.matcher(text.getText());
                    while (m.find()) {
                        found.add(m.group());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new Answer(r.statusCode(), found);
        }

        Answer workbook(String path) {
            HttpResponse<byte[]> r = browser.getResponse(path);
            Set<String> found = new LinkedHashSet<>();
            if (r.statusCode() == 200) {
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
                    for (Sheet sheet : wb) {
                        for (Row row : sheet) {
                            for (Cell cell : row) {
                                Matcher m = PROJECT_REF.matcher(cell.toString());
                                while (m.find()) {
                                    found.add(m.group());
                                }
                            }
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new Answer(r.statusCode(), found);
        }
    }
}
