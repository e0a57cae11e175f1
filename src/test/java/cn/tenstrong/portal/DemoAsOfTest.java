package cn.tenstrong.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.tenstrong.ledger.Ledger;
import cn.tenstrong.ledger.LedgerRow;
import cn.tenstrong.ledger.ProgressRounds;
import cn.tenstrong.ledger.ProgressStatus;
import cn.tenstrong.ledger.RoundView;
import cn.tenstrong.ledger.StatusCounts;
import cn.tenstrong.project.BindingKind;
import cn.tenstrong.project.Project;
import cn.tenstrong.project.ProjectCategory;
import cn.tenstrong.project.ProjectLibrary;
import cn.tenstrong.project.ProjectQuery;
import cn.tenstrong.project.ProjectStage;
import cn.tenstrong.project.TargetBinding;
import cn.tenstrong.project.TargetBindings;
import cn.tenstrong.shared.AsOf;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.BrowserSession;
import cn.tenstrong.targeting.Lead;
import cn.tenstrong.targeting.LeadBook;
import cn.tenstrong.targeting.LeadStage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A demo start as an operator gets it (its own data directory): run as of 2022-07-15, with the demo's projects,
 * leads and bindings. Statuses on the 演示时点 are a believable mix, the demo data is dated in the plan year up to
 * that day, seed targets that are facts in the data compute themselves (investment from the project library, new
 * listings from the listed companies' 上市日期), and the header says 演示时点.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoAsOfTest {

    static final LocalDate DEMO = LocalDate.of(2022, 7, 15);
    static final Path DATA = dataDir();

    @DynamicPropertySource
    static void demo(DynamicPropertyRegistry registry) {
        registry.add("platform.data-dir", DATA::toString);
        registry.add("platform.demo.as-of", DEMO::toString);
        registry.add("platform.demo.projects", () -> "true");
        registry.add("platform.demo.leads", () -> "true");
        registry.add("platform.demo.bindings", () -> "true");
    }

    @Value("${local.server.port}")
    int port;
    @Autowired
    Ledger ledger;
    @Autowired
    ProgressRounds rounds;
    @Autowired
    TargetBindings bindings;
    @Autowired
    ProjectLibrary projects;
    @Autowired
    LeadBook leads;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void statusesOnTheDemoDateAreAMixAndTheDemoDataIsDatedInThePlanYear() {
        AsOf asOf = ledger.asOf(null);
        assertThat(asOf.date()).isEqualTo(DEMO);
        StatusCounts counts = ledger.statusCounts(null, null, asOf);
        assertThat(counts.total()).isEqualTo(329);
        for (ProgressStatus s : ProgressStatus.values()) {
            assertThat(counts.get(s)).as(s + " " + counts.byStatus()).isLessThanOrEqualTo(counts.total() * 70 / 100);
        }
        assertThat(Arrays.stream(ProgressStatus.values()).filter(s -> counts.get(s) >= 10).count())
                .as(counts.byStatus().toString()).isGreaterThanOrEqualTo(4);

        List<RoundView> demoRounds = rounds.rounds().stream().filter(RoundView::demo).toList();
        assertThat(demoRounds).extracting(RoundView::periodLabel)
                .containsExactlyInAnyOrder("2022年4月（演示）", "2022年5月（演示）", "2022年6月（演示）");
        assertThat(demoRounds).allSatisfy(r -> assertThat(r.dueDate()).isBeforeOrEqualTo(DEMO));

        AsUser as = new AsUser(userDetails);
        List<Project> demoProjects = as.call("admin", () -> projects.search(new ProjectQuery("（演示）", null, null, null,
                null, null)));
        assertThat(demoProjects).isNotEmpty().allSatisfy(p -> {
            for (ProjectStage s : ProjectStage.values()) {
                if (p.stageDate(s) != null) {
                    assertThat(p.stageDate(s).getYear()).isLessThanOrEqualTo(2022);
                    assertThat(p.stageDate(s)).isBeforeOrEqualTo(DEMO);
                }
            }
        });
        List<Lead> demoLeads = as.call("admin", () -> leads.leads(null));
        assertThat(demoLeads).isNotEmpty();
        assertThat(as.call("admin", () -> leads.funnel(2022)).total().count(LeadStage.LEAD)).isEqualTo(demoLeads.size());
        // a signed lead's project carries what the KPIs need, so it counts at once
        List<Lead> signed = demoLeads.stream().filter(l -> l.stage() == LeadStage.SIGNED).toList();
        assertThat(signed).isNotEmpty().allSatisfy(l -> {
            Project p = as.call("admin", () -> projects.require(l.projectId()));
            assertThat(p.categories()).contains(ProjectCategory.ATTRACTION);
            assertThat(p.yearPlannedInvestment()).isPositive();
            assertThat(p.plannedStart()).isNotNull();
        });
    }

    @Test
    void seedTargetsThatAreFactsInTheDataComputeThemselves() throws IOException {
        List<TargetBinding> bound = bindings.bindings();
        assertThat(bound).hasSizeGreaterThanOrEqualTo(5);
        assertThat(bound).allSatisfy(b -> assertThat(b.currentValue().signum()).as(b.description()).isPositive());

        // 全省年度新增上市公司超过30家: the Shandong companies of the listed-company data listed in 2022 by the 演示时点
        // (the demo records no listing by hand in the 上市后备资源库)
        TargetBinding listing = bound.stream().filter(b -> b.kind() == BindingKind.COUNT_NEW_LISTINGS)
                .findFirst().orElseThrow();
        assertThat(listing.currentValue()).isEqualByComparingTo(BigDecimal.valueOf(listedInShandong(
                LocalDate.of(2022, 1, 1), DEMO)));

        // the ledger shows their live values as the targets' current values, marked 实时数据
        Map<Long, TargetBinding> byTarget = bound.stream().collect(Collectors.toMap(TargetBinding::targetId, b -> b));
        List<LedgerRow.TargetProgress> live = ledger.rows(null, null, ledger.asOf(null)).stream()
                .flatMap(r -> r.targets().stream()).filter(t -> byTarget.containsKey(t.target().id())).toList();
        assertThat(live).hasSize(bound.size()).allSatisfy(t -> {
            assertThat(t.bound()).isTrue();
            assertThat(t.reached()).isEqualByComparingTo(byTarget.get(t.target().id()).currentValue());
        });
        assertThat(live).anySatisfy(t -> assertThat(t.target().text()).contains("250亿元"));

        BrowserSession leader = new BrowserSession("http://localhost:" + port);
        leader.login("leader", passwords().get("leader"));
        String home = leader.get("/").body();
        assertThat(home).contains("演示时点 2022-07-15").contains("领导驾驶舱");
        String finance = leader.get("/cockpit/industries/10").body();
        assertThat(finance).contains("实时数据").contains("新增上市公司 山东省 2022年（上市公司数据的上市日期");
    }

    /** Counted from the reference file itself, not through the platform. */
    private static long listedInShandong(LocalDate from, LocalDate to) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/main/resources/enterprise/reference/listed-companies.csv"),
                StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int province = header.indexOf("province");
        int listDate = header.indexOf("list_date");
        org.apache.commons.csv.CSVFormat format = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).build();
        long n = 0;
        try (var parser = format.parse(Files.newBufferedReader(Path.of(
                "src/main/resources/enterprise/reference/listed-companies.csv"), StandardCharsets.UTF_8))) {
            for (var r : parser) {
                String date = r.get(listDate);
                if (r.get(province).startsWith("山东") && !date.isBlank()) {
                    LocalDate d = LocalDate.parse(date.length() == 8
                            ? date.substring(0, 4) + "-" + date.substring(4, 6) + "-" + date.substring(6) : date);
                    if (!d.isBefore(from) && !d.isAfter(to)) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private static Map<String, String> passwords() {
        try {
            return Files.readAllLines(DATA.resolve("demo-accounts.txt"), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t"))
                    .collect(Collectors.toMap(f -> f[0], f -> f[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path dataDir() {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            return Files.createTempDirectory(target.toAbsolutePath(), "demo-as-of-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
