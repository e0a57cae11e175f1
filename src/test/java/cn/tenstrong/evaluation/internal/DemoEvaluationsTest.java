package cn.tenstrong.evaluation.internal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.tenstrong.evaluation.EvaluationDocuments;
import cn.tenstrong.evaluation.EvaluationRounds;
import cn.tenstrong.evaluation.RoundResults;
import cn.tenstrong.evaluation.RoundResults.SubjectResult;
import cn.tenstrong.evaluation.RoundStage;
import cn.tenstrong.evaluation.RoundView;
import cn.tenstrong.evaluation.persistence.EvaluationRows;
import cn.tenstrong.org.ParkDirectory;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.IntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo rounds: not made on a test start (platform.demo.evaluations=false), made when asked — one published,
 * demo-marked round per subject type over the platform's own data — and reproducible from the data they froze.
 */
class DemoEvaluationsTest extends IntegrationTest {

    @Autowired
    DemoEvaluations demo;
    @Autowired
    EvaluationRounds rounds;
    @Autowired
    EvaluationDocuments documents;
    @Autowired
    EvaluationRows rows;
    @Autowired
    SchemeCatalog schemes;
    @Autowired
    RoundScoring scoring;
    @Autowired
    ParkDirectory parks;
    @Autowired
    UserDetailsService users;

    @Test
    void oneFinishedDemoRoundPerSubjectTypeOverPlatformDataReproducibly() throws Exception {
        AsUser as = new AsUser(users);
        List<String> demoSchemes = List.of(DemoEvaluations.PARK_SCHEME, DemoEvaluations.CLUSTER_SCHEME,
                DemoEvaluations.LEADER_SCHEME);
        assertThat(as.call("admin", () -> rounds.rounds())).as("no demo round on a test start")
                .noneMatch(r -> r.demo() && demoSchemes.contains(r.schemeCode()));

        List<RoundView> made = demo.createAll();
        assertThat(made).extracting(RoundView::subjectType).containsExactly("PARK", "CLUSTER", "ENTERPRISE");
        assertThat(made).allSatisfy(r -> {
            assertThat(r.stage()).isEqualTo(RoundStage.PUBLISHED);
            assertThat(r.demo()).isTrue();
            assertThat(r.name()).contains("（演示）");
        });
        assertThat(demo.createAll()).as("made once").isEmpty();

        // parks: every park of the directory, by its official name
        RoundResults parkResults = as.call("park", () -> rounds.results(made.get(0).id()));
        assertThat(parkResults.frozen()).isTrue();
        assertThat(parkResults.results()).extracting(SubjectResult::name)
                .containsAll(parks.parks().stream().map(p -> p.zoneName()).toList());
        // nobody declared and no expert scored: missing, said in the notes, not invented
        assertThat(parkResults.results()).allSatisfy(r -> assertThat(r.notes())
                .anyMatch(n -> n.contains("园区规模以上工业营业收入增长率（申报）") && n.contains("缺失")));

        // clusters: city × industry keys, each with its real enterprises counted
        RoundResults clusterResults = as.call("admin", () -> rounds.results(made.get(1).id()));
        assertThat(clusterResults.results()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.key()).matches("37\\d{2}00/\\d{2,4}");
            BigDecimal count = r.contributions().stream().filter(c -> c.code().equals("STRENGTH2")).findFirst()
                    .orElseThrow().raw();
            assertThat(count).isGreaterThanOrEqualTo(new BigDecimal(3));
        });
        assertThat(clusterResults.results()).filteredOn(r -> r.rank() != null && r.rank() <= 10)
                .allSatisfy(r -> assertThat(r.awardUpTo()).isEqualByComparingTo("100"));

        // 领军企业: the Shandong listed companies, ranked on the library's revenue and employees, top 10 awarded
        RoundResults leaderResults = as.call("admin", () -> rounds.results(made.get(2).id()));
        assertThat(leaderResults.results()).hasSizeGreaterThan(10);
        SubjectResult first = leaderResults.results().stream().filter(r -> Integer.valueOf(1).equals(r.rank()))
                .findFirst().orElseThrow();
        assertThat(first.awardBase()).isEqualByComparingTo("200");
        assertThat(first.awardUpTo()).isEqualByComparingTo("2200");
        assertThat(first.contributions().stream().filter(c -> c.code().equals("GROWTH1")).findFirst().orElseThrow()
                .raw()).isNotNull();
        assertThat(leaderResults.results()).allSatisfy(r -> assertThat(r.notes())
                .anyMatch(n -> n.contains("营业收入增长率（申报）") && n.contains("记0分")));

        // reproducible: scoring the same round again on the same data gives the frozen totals and ranks
        for (RoundView r : made) {
            var row = rows.round(r.id()).orElseThrow();
            FrozenResult again = as.call("admin", () -> scoring.compute(row, schemes.definition(schemes.row(row.schemeId()))));
            Map<String, SubjectResult> stored = as.call("admin", () -> rounds.results(r.id())).results().stream()
                    .collect(Collectors.toMap(SubjectResult::key, Function.identity()));
            assertThat(again.results()).hasSameSizeAs(stored.values()).allSatisfy(s -> {
                assertThat(s.total()).isEqualByComparingTo(stored.get(s.key()).total());
                assertThat(s.rank()).isEqualTo(stored.get(s.key()).rank());
            });
        }

        // marked 演示 in the documents too
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                as.call("admin", () -> documents.publicityDocument(made.get(2).id()))))) {
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).contains("演示"));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                as.call("admin", () -> documents.resultWorkbook(made.get(1).id()))))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("演示说明");
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("演示");
        }
    }
}
