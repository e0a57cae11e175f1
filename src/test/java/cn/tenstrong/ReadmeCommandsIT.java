package cn.tenstrong;

import java.io.IOException;
import java.io.Reader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.tenstrong.support.Http;
import cn.tenstrong.support.PlatformProcess;
import cn.tenstrong.support.PlatformProcess.Result;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command the README shows, typed as a new user types it: {@code java -jar target/tenstrong-platform.jar …}, each
 * in a JVM of its own, on a fresh data directory, checked by exit code, output and the data left behind. An
 * integration test (maven-failsafe, {@code mvn -B verify}): it runs after {@code package} has built the jar.
 */
class ReadmeCommandsIT {

    private static final Path JAR = Path.of("target/tenstrong-platform.jar");
    private static final Path README = Path.of("README.md");
    private static final Path SEED = Path.of("src/main/resources/plan/seed/shandong-2022-ten-strong-industries.txt");
    /** The verbs this test runs; a verb the README or the usage shows beyond these fails the first test. */
    private static final Set<String> VERBS = Set.of("parse", "import", "generate-enterprises");
    private static final Duration QUICK = Duration.ofSeconds(60);
    private static final Duration PLATFORM_START = Duration.ofSeconds(300);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<String> java;

    @BeforeAll
    static void packagedJar() {
        assertThat(JAR).as("the packaged jar (mvn package builds it; run this test with mvn -B verify)").isRegularFile();
        java = PlatformProcess.fromJar(JAR);
    }

    @Test
    void theReadmeAndTheUsageShowNoVerbThisTestDoesNotRun(@TempDir Path work) throws IOException {
        assertThat(verbsAfter("java -jar target/tenstrong-platform\\.jar ", Files.readString(README))).isEqualTo(VERBS);
        Result help = PlatformProcess.run(java, work, QUICK, "--help");
        assertThat(help.exit()).as(help.both()).isZero();
        assertThat(verbsAfter("java -jar tenstrong-platform\\.jar ", help.out())).isEqualTo(VERBS);
    }

    @Test
    void everyVerbAnswersHelpAndAWrongOptionWithAChineseUsageLine(@TempDir Path work) {
        for (String verb : VERBS) {
            Result help = PlatformProcess.run(java, work, QUICK, verb, "--help");
            assertThat(help.exit()).as(help.both()).isZero();
            assertThat(help.out()).as(help.both()).startsWith("用法：" + verb + " ");
            Result wrong = PlatformProcess.run(java, work, QUICK, verb, "--no-such-option");
            assertThat(wrong.exit()).as(wrong.both()).isEqualTo(2);
            assertThat(wrong.err()).as(wrong.both()).startsWith("错误：").contains("用法：" + verb + " ");
            assertNoStackTrace(wrong);
        }
        Result unknown = PlatformProcess.run(java, work, QUICK, "no-such-verb");
        assertThat(unknown.exit()).as(unknown.both()).isEqualTo(2);
        assertThat(unknown.err()).contains("未知命令：no-such-verb").contains("用法：");
        assertNoStackTrace(unknown);
    }

    @Test
    void parsePrintsTheSeedAsJson(@TempDir Path work) {
        Result parse = PlatformProcess.run(java, work, QUICK, "parse", SEED.toAbsolutePath().toString());
        assertThat(parse.exit()).as(parse.both()).isZero();
        JsonNode plans = JSON.readTree(parse.out()).get("plans");
        assertThat(plans.size()).isEqualTo(12);
        int items = 0;
        for (JsonNode plan : plans) {
            items += plan.get("items").size();
        }
        assertThat(items).as("the seed's items, as the README counts them").isEqualTo(329);
        assertThat(Files.exists(work.resolve("data"))).as("parse needs no data directory").isFalse();

        Result missing = PlatformProcess.run(java, work, QUICK, "parse", work.resolve("missing.txt").toString());
        assertThat(missing.exit()).as(missing.both()).isEqualTo(2);
        assertThat(missing.err()).contains("文件不存在");
        assertNoStackTrace(missing);
    }

    @Test
    void runImportAndGenerateEnterprisesOnAFreshDataDirectory(@TempDir Path work) throws Exception {
        Path data = work.resolve("data");
        Path plan = work.resolve("高端装备产业2023.txt");
        Files.writeString(plan, highEndEquipmentPlan(2023), StandardCharsets.UTF_8);
        String dataDirOption = "--platform.data-dir=" + data;

        // run: a fresh directory gets the seed plans and the demo accounts
        PlatformProcess platform = PlatformProcess.start(java, data, PlatformProcess.freePort(), "run-1.log")
                .awaitUp(PLATFORM_START);
        Map<String, String> demo;
        long enterprisesBefore;
        try {
            demo = platform.demoPasswords();
            assertThat(activePlanTitles(platform.http(), demo)).hasSize(12).noneMatch(t -> t.contains("2023"));
            enterprisesBefore = enterpriseTotal(platform.http(), demo, "");

            // import while the platform runs on the directory: refused, naming the platform, nothing changed
            Result refused = PlatformProcess.run(java, work, QUICK, "import", plan.toString(), dataDirOption);
            assertThat(refused.exit()).as(refused.both()).isEqualTo(1);
            assertThat(refused.err()).contains("进程号 " + platform.pid()).contains("端口 " + platform.port());
            assertThat(refused.took()).isLessThan(Duration.ofSeconds(10));
            assertThat(activePlanTitles(platform.http(), demo)).hasSize(12);
        } finally {
            platform.stop();
        }

        // import, twice: the second changes nothing
        Result first = PlatformProcess.run(java, work, PLATFORM_START, "import", plan.toString(), dataDirOption);
        assertThat(first.exit()).as(first.both()).isZero();
        assertThat(first.out()).contains("新增\t02高端装备产业2023年行动计划\t").contains("导入完成：新增 1 个计划");
        Result again = PlatformProcess.run(java, work, PLATFORM_START, "import", plan.toString(), dataDirOption);
        assertThat(again.exit()).as(again.both()).isZero();
        assertThat(again.out()).contains("未变\t02高端装备产业2023年行动计划\t").contains("此文件此前已导入，未作任何修改。")
                .doesNotContain("导入完成");

        // generate-enterprises --out writes the import file without starting anything
        Path csv = work.resolve("synthetic.csv");
        Result written = PlatformProcess.run(java, work, QUICK, "generate-enterprises", "--count", "1000", "--seed", "11",
                "--out", csv.toString());
        assertThat(written.exit()).as(written.both()).isZero();
        assertThat(written.out()).contains("已生成1000家模拟企业");
        List<CSVRecord> rows = csvRows(csv);
        assertThat(rows).hasSize(1000).allMatch(r -> r.get("数据标记").equals("模拟数据") && r.get("企业名称").endsWith("（模拟）"));

        // … and without --out imports the same enterprises (same seed) into the data directory
        Result imported = PlatformProcess.run(java, work, PLATFORM_START, "generate-enterprises", "--count", "1000",
                "--seed", "11", dataDirOption);
        assertThat(imported.exit()).as(imported.both()).isZero();
        // upsert by USCC: a generated code may already belong to one of the demo's synthetic enterprises
        Matcher counts = Pattern.compile("已导入模拟企业：新增(\\d+)家，更新(\\d+)家").matcher(imported.out());
        assertThat(counts.find()).as(imported.both()).isTrue();
        long created = Long.parseLong(counts.group(1));
        assertThat(created + Long.parseLong(counts.group(2))).isEqualTo(1000);
        assertThat(created).isGreaterThan(900);

        // the platform started on that directory finds the plan and the enterprises
        platform = PlatformProcess.start(java, data, PlatformProcess.freePort(), "run-2.log").awaitUp(PLATFORM_START);
        try {
            assertThat(platform.demoPasswords()).isEqualTo(demo);
            assertThat(activePlanTitles(platform.http(), demo)).hasSize(13).contains("02高端装备产业2023年行动计划");
            assertThat(enterpriseTotal(platform.http(), demo, "")).isEqualTo(enterprisesBefore + created);
            for (CSVRecord row : List.of(rows.get(0), rows.get(499), rows.get(999))) {
                assertThat(enterpriseTotal(platform.http(), demo, row.get("企业名称")))
                        .as("found by name: " + row.get("企业名称")).isGreaterThanOrEqualTo(1);
            }
        } finally {
            platform.stop();
        }
    }

    /** The seed's 高端装备 plan as the plan of another year: a document the fresh data directory does not hold yet. */
    private static String highEndEquipmentPlan(int year) throws IOException {
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        return seed.substring(seed.indexOf("02高端装备产业2022年行动计划"), seed.indexOf("03新能源产业2022年行动计划"))
                .replace("2022", Integer.toString(year));
    }

    private static List<String> activePlanTitles(Http http, Map<String, String> demo) {
        HttpResponse<String> r = http.get("/api/plans", "admin", demo.get("admin"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        JSON.readTree(r.body()).forEach(p -> titles.add(p.get("title").asString()));
        return titles;
    }

    private static long enterpriseTotal(Http http, Map<String, String> demo, String q) {
        HttpResponse<String> r = http.get("/api/enterprises?limit=1&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                "admin", demo.get("admin"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("total").asLong();
    }

    private static List<CSVRecord> csvRows(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static Set<String> verbsAfter(String prefix, String text) {
        Set<String> verbs = new TreeSet<>();
        Matcher m = Pattern.compile(prefix + "([a-z][a-z-]*)").matcher(text);
        while (m.find()) {
            verbs.add(m.group(1));
        }
        return verbs;
    }

    private static void assertNoStackTrace(Result r) {
        assertThat(r.out() + r.err()).as(r.both()).doesNotContain("\tat ").doesNotContain("Exception");
    }
}
