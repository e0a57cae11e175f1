package cn.tenstrong.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ParseCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(Path file) {
        return new ParseCommand().run(file, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.propertyNames().forEach(keys::add);
        return keys;
    }

    @Test
    void seedAsJsonWithExactlyTheContractKeys() {
        assertThat(run(SeedDocumentTest.seedFile())).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        JsonNode root = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(keys(root)).containsExactly("plans", "warnings");
        assertThat(root.get("plans")).hasSize(12);
        JsonNode plan = root.get("plans").get(0);
        assertThat(keys(plan)).containsExactly("title", "industry", "year", "items");
        assertThat(plan.get("year").asInt()).isEqualTo(2022);
        JsonNode goal = plan.get("items").get(0);
        assertThat(keys(goal)).containsExactly("kind", "part", "section", "number", "clause", "heading", "text",
                "lead", "support", "targets", "incentives", "deadline");
        assertThat(goal.get("kind").asString()).isEqualTo("GOAL");
        assertThat(goal.get("number").asString()).isEqualTo("一");
        assertThat(goal.get("clause").isNull()).isTrue();
        assertThat(goal.get("deadline").asString()).isEqualTo("2022-12-31");
        JsonNode target = goal.get("targets").get(0);
        assertThat(keys(target)).containsExactly("text", "metric", "value", "low", "high", "unit", "qualifier");
        assertThat(target.get("value").decimalValue()).isEqualByComparingTo("1400000000000");
        assertThat(target.get("unit").asString()).isEqualTo("元");
        assertThat(target.get("qualifier").asString()).isEqualTo("APPROX");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"value\" : 1400000000000");
        JsonNode award = null;
        for (JsonNode p : root.get("plans")) {
            for (JsonNode i : p.get("items")) {
                if (award == null && !i.get("incentives").isEmpty()) {
                    award = i.get("incentives").get(0);
                }
            }
        }
        assertThat(award).as("the seed's first award").isNotNull();
        assertThat(keys(award)).containsExactly("text", "value", "unit", "qualifier", "kind", "clause");
        assertThat(award.get("text").asString()).isEqualTo("最高500万元");
        assertThat(award.get("value").decimalValue()).isEqualByComparingTo("5000000");
    }

    @Test
    void missingFile() {
        assertThat(run(dir.resolve("nope.docx"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("文件不存在");
        assertThat(out.size()).isZero();
    }

    @Test
    void unreadableDocumentIsAChineseError() throws IOException {
        Path file = dir.resolve("bad.docx");
        Files.writeString(file, "not a zip");
        assertThat(run(file)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("文档已损坏");
    }

    @Test
    void textWithoutPlansIsAChineseError() throws IOException {
        Path file = dir.resolve("note.txt");
        Files.writeString(file, "会议通知:请于周五下午参加会议。");
        assertThat(run(file)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("未识别到行动计划");
    }
}
