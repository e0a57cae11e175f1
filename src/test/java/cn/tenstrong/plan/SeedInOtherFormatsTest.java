package cn.tenstrong.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed in every other input form must give the same plans, items and agencies as the text file. */
class SeedInOtherFormatsTest {

    static String seed;
    static ParsedDocument reference;
    final PlanParser parser = new PlanParser();

    @BeforeAll
    static void read() throws IOException {
        seed = Files.readString(SeedDocumentTest.seedFile());
        reference = new PlanParser().parseText(seed);
    }

    static void assertSameAsSeed(ParsedDocument doc) {
        List<PlanItem> items = doc.plans().stream().flatMap(p -> p.items().stream()).toList();
        assertThat(doc.plans()).hasSize(12);
        assertThat(items).hasSize(329);
        assertThat(items.stream().mapToInt(i -> i.lead().size()).sum()).isEqualTo(547);
        assertThat(items.stream().mapToInt(i -> i.support().size()).sum()).isEqualTo(273);
        assertThat(items).extracting(i -> i.targets().size()).containsExactlyElementsOf(
                reference.plans().stream().flatMap(p -> p.items().stream()).map(i -> i.targets().size()).toList());
        assertThat(items).extracting(PlanItem::lead).containsExactlyElementsOf(
                reference.plans().stream().flatMap(p -> p.items().stream()).map(PlanItem::lead).toList());
    }

    @Test
    void gbk() {
        assertSameAsSeed(parser.parse(seed.getBytes(Charset.forName("GBK")), "seed.txt"));
    }

    @Test
    void wordDocumentOneParagraphPerLine() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : seed.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            assertSameAsSeed(parser.parse(out.toByteArray(), "seed.docx"));
        }
    }

    @Test
    void htmlOneParagraphPerLine() {
        StringBuilder html = new StringBuilder("<html><body>");
        for (String line : seed.split("\n")) {
            html.append("<p>").append(Entities.escape(line)).append("</p>\n");
        }
        assertSameAsSeed(parser.parse(html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8),
                "seed.html"));
    }

    @Test
    void fullWidthPunctuationAndIdeographicIndentation() {
        StringBuilder wide = new StringBuilder();
        for (String line : seed.split("\n")) {
            wide.append(line.isBlank() ? "" : "\u3000\u3000");
            for (char c : line.toCharArray()) {
                wide.append("(),:;%".indexOf(c) >= 0 ? (char) (c + 0xFEE0) : c);
            }
            wide.append('\n');
        }
        assertSameAsSeed(parser.parseText(wide.toString()));
    }

    /** Text as a PDF's text layer gives it: every paragraph broken into lines of a fixed width. */
    @ParameterizedTest
    @ValueSource(ints = {38, 16})
    void wrappedLikeAPdf(int width) {
        StringBuilder wrapped = new StringBuilder();
        for (String line : seed.split("\n")) {
            for (int i = 0; i < line.length(); i += width) {
                wrapped.append(line, i, Math.min(line.length(), i + width)).append('\n');
            }
        }
        assertSameAsSeed(parser.parseText(wrapped.toString()));
    }
}
