package cn.tenstrong.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChainCatalogTest {

    static final Path SHARED_DATA = Path.of("..", "shared", "data");
    static final Path CATALOG_DIR = Path.of("src", "main", "resources", "chain", "catalog");
    static ChainCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = ChainCatalog.loadDefault();
    }

    /** The 4-digit classes of the reference copy in shared/data, not the bundled one. */
    static Set<String> referenceClassCodes() throws IOException {
        try (Stream<String> lines = Files.lines(SHARED_DATA.resolve("gbt4754-2017-industry-classification.csv"))) {
            return lines.skip(1).map(l -> l.split(",")[0]).filter(c -> c.matches("\\d{4}")).collect(Collectors.toSet());
        }
    }

    @Test
    void everyGbtCodeExistsInTheReferenceClassification() throws IOException {
        Set<String> known = referenceClassCodes();
        assertThat(known).hasSize(1381);
        for (Chain chain : catalog.chains()) {
            for (ChainSegment s : chain.segments()) {
                assertThat(known).as(s.qualifiedCode()).containsAll(s.gbtCodes());
            }
            for (ChainSegment leaf : chain.leaves()) {
                assertThat(leaf.gbtCodes()).as(leaf.qualifiedCode()).isNotEmpty();
                assertThat(leaf.keywords()).as(leaf.qualifiedCode()).isNotEmpty();
            }
        }
    }

    @Test
    void bundledClassificationIsTheReferenceCopy() throws IOException {
        assertThat(Files.readString(Path.of("src/main/resources/chain/gbt4754-2017-industry-classification.csv")))
                .isEqualTo(Files.readString(SHARED_DATA.resolve("gbt4754-2017-industry-classification.csv")));
    }

    @Test
    void indexListsEveryCatalogFile() throws IOException {
        List<String> index = Files.readAllLines(CATALOG_DIR.resolve("index.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        try (Stream<Path> files = Files.list(CATALOG_DIR)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")))
                    .containsExactlyInAnyOrderElementsOf(index);
        }
    }

    @Test
    void codesAreUniqueAndTreesAreWellFormed() {
        Set<String> qualified = new HashSet<>();
        for (Chain chain : catalog.chains()) {
            assertThat(chain.stages()).extracting(ChainSegment::stage)
                    .containsExactly(Stage.UPSTREAM, Stage.MIDSTREAM, Stage.DOWNSTREAM);
            assertThat(chain.sourceNote()).as(chain.code()).isNotBlank();
            for (ChainSegment s : chain.segments()) {
                assertThat(qualified.add(s.qualifiedCode())).as(s.qualifiedCode()).isTrue();
                s.children().forEach(c -> assertThat(c.depth()).isEqualTo(s.depth() + 1));
            }
            assertThat(chain.leaves()).allMatch(l -> l.depth() >= 1);
        }
    }

    @Test
    void sourceNotesQuoteTheSeed() throws IOException {
        String seed = Files.readString(Path.of("..", "shared", "seed", "000_050d520d50a88b50.txt"),
                StandardCharsets.UTF_8);
        seed = halfWidth(seed);
        for (Chain chain : catalog.chains()) {
            // a note may elide with …… ; every quoted piece must be in the seed
            for (String piece : chain.sourceNote().replace("“", "\u0001").replace("”", "\u0002")
                    .split("……")) {
                String p = halfWidth(piece.replace("\u0001", "“").replace("\u0002", "”")).strip();
                if (p.length() > 6) {
                    assertThat(seed).as(chain.code() + " 出处：" + p).contains(p);
                }
            }
        }
    }

    /** The seed mixes half- and full-width punctuation; compare without that difference. */
    static String halfWidth(String s) {
        return s.replace('\u00a0', ' ').replace('，', ',').replace('：', ':').replace('；', ';').replace('（', '(').replace('）', ')');
    }

    @Test
    void integratedCircuitHasTheExpectedSegments() {
        Chain ic = catalog.chain("integrated-circuit").orElseThrow();
        assertThat(ic.industry().name()).isEqualTo("新一代信息技术");
        assertThat(ic.pathLabel("photoresist")).isEqualTo("上游 / 半导体材料 / 光刻胶");
        assertThat(ic.leaves()).extracting(ChainSegment::name)
                .contains("EDA工具与IP核", "硅片", "光刻胶", "电子特气", "溅射靶材", "光刻设备", "刻蚀设备", "薄膜沉积设备",
                        "芯片设计", "晶圆制造", "封装测试");
        assertThat(catalog.segment("integrated-circuit/photoresist")).isPresent();
    }

    @Test
    void reportsProblemsInChineseNamingFileAndSegment() {
        String yaml = """
                industry: {code: "01", name: 新一代信息技术, plan: 新一代信息技术产业2022年行动计划}
                chains:
                  - code: demo
                    name: 演示
                    basis: NAMED_IN_SEED
                    source: 演示
                    upstream:
                      - {code: a, name: 材料, gbt: "9999", keywords: [硅片]}
                      - {code: a, name: 重复, gbt: "3985", keywords: [靶材]}
                    midstream:
                      - {code: b, name: 无关键词, gbt: "3973"}
                    downstream:
                      - {code: c, name: 未加引号, gbt: 3973, keywords: [芯片]}
                """;
        assertThatThrownBy(() -> ChainCatalog.fromYaml(Map.of("demo.yaml", yaml), Set.of("3985", "3973")))
                .isInstanceOfSatisfying(ChainCatalogException.class, e -> assertThat(e.problems()).containsExactly(
                        "文件 demo.yaml，产业链 演示（demo），环节 材料（a）：行业分类代码 9999 不是 GB/T 4754-2017 的4位小类代码",
                        "文件 demo.yaml，产业链 演示（demo），环节 材料（a）：末级环节缺少国民经济行业分类代码 gbt（本级或上级均未给出）",
                        "文件 demo.yaml，产业链 演示（demo），环节 重复（a）：环节代码在本产业链内重复",
                        "文件 demo.yaml，产业链 演示（demo），环节 无关键词（b）：末级环节缺少关键词 keywords",
                        "文件 demo.yaml，产业链 演示（demo），环节 未加引号（c）：行业分类代码 gbt 须写成加引号的文本，如 \"3973 3985\"",
                        "文件 demo.yaml，产业链 演示（demo），环节 未加引号（c）：末级环节缺少国民经济行业分类代码 gbt（本级或上级均未给出）"));
    }

    @Test
    void duplicateChainCodesAcrossFilesAreReported() {
        String yaml = """
                industry: {code: "01", name: 新一代信息技术, plan: 计划}
                chains:
                  - code: demo
                    name: 演示
                    basis: DERIVED_FROM_SEED
                    source: 演示
                    upstream: [{code: a, name: 甲, gbt: "3985", keywords: [硅片]}]
                    midstream: [{code: b, name: 乙, gbt: "3985", keywords: [硅片]}]
                    downstream: [{code: c, name: 丙, gbt: "3985", keywords: [硅片]}]
                """;
        assertThatThrownBy(() -> ChainCatalog.fromYaml(new java.util.LinkedHashMap<>(Map.of("a.yaml", yaml)) {{
            put("b.yaml", yaml);
        }}, Set.of("3985"))).isInstanceOfSatisfying(ChainCatalogException.class,
                e -> assertThat(e.problems()).containsExactly(
                        "文件 b.yaml，产业链 演示（demo）：产业链代码与文件 a.yaml 中的产业链重复"));
    }
}
