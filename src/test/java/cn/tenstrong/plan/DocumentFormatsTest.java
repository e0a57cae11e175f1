package cn.tenstrong.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input format, every encoding, and every kind of bad input: a result or a Chinese error, never a crash. */
class DocumentFormatsTest {

    static final String PLAN = """
            示范产业2022年行动计划
            一、工作目标
            (一)规模目标。营业收入达到100亿元。(牵头单位:省工业和信息化厅)
            二、主要任务
            1. 建设平台。建成3个平台。(牵头单位:省科技厅;配合单位:省财政厅)
            """;

    private final PlanParser parser = new PlanParser();

    @TempDir
    Path dir;

    private static void assertDemoPlan(ParsedDocument doc) {
        assertThat(doc.plans()).singleElement().satisfies(p -> {
            assertThat(p.industry()).isEqualTo("示范");
            assertThat(p.items()).hasSize(2);
            assertThat(p.items().get(0).targets().get(0).value()).isEqualByComparingTo("10000000000");
            assertThat(p.items().get(1).lead()).containsExactly("省科技厅");
        });
    }

    @Test
    void gbkTextWithoutBom() throws IOException {
        Path file = dir.resolve("plan.txt");
        Files.write(file, PLAN.getBytes(Charset.forName("GBK")));
        assertDemoPlan(parser.parse(file));
    }

    @Test
    void gb18030TextWithoutExtension() {
        assertDemoPlan(parser.parse(PLAN.getBytes(Charset.forName("GB18030")), null));
    }

    @Test
    void utf8WithBomAndCrLf() {
        byte[] body = PLAN.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertDemoPlan(parser.parse(withBom, "plan.txt"));
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("示范产业2022年行动计划");
            doc.createParagraph().createRun().setText("一、工作目标");
            doc.createParagraph().createRun().setText("(一)规模目标。营业收入达到100亿元。(牵头单位:省工业和信息化厅)");
            doc.createParagraph().createRun().setText("二、主要任务");
            XWPFTable table = doc.createTable(2, 1);
            table.getRow(0).getCell(0).setText("1. 建设平台。建成3个平台。(牵头单位:省科技厅;配合单位:省财政厅)");
            table.getRow(1).getCell(0).setText("2. 引进项目。引进10个项目。(牵头单位:省商务厅)");
            doc.createParagraph().createRun().setText("三、推进措施");
            doc.createParagraph().createRun().setText("(一)强化资金支持。统筹资金。(牵头单位:省财政厅)");
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void wordDocumentParagraphsAndTableCellsInOrder() throws IOException {
        ParsedDocument doc = parser.parse(docx(), "plan.docx");
        assertThat(doc.plans()).singleElement().satisfies(p -> {
            assertThat(p.items()).extracting(PlanItem::number).containsExactly("一", "1", "2", "一");
            assertThat(p.items()).extracting(PlanItem::kind)
                    .containsExactly(ItemKind.GOAL, ItemKind.TASK, ItemKind.TASK, ItemKind.MEASURE);
            assertThat(p.items().get(2).lead()).containsExactly("省商务厅");
        });
    }

    @Test
    void corruptWordDocument() {
        byte[] junk = "PK\u0003\u0004 这不是一个 Word 文件".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parser.parse(junk, "plan.docx"))
                .isInstanceOf(PlanDocumentException.class)
                .hasMessageContaining("文档已损坏或不是有效的 Word 文件");
    }

    @Test
    void zipBombWordDocumentIsRefused() throws IOException {
        // a real .docx plus one part of 20 MB of zeros: it inflates ~1000×, far beyond POI's ratio limit
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx()));
             ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("word/media/image1.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 20; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> parser.parse(bomb.toByteArray(), "bomb.docx"))
                .isInstanceOf(PlanDocumentException.class)
                .hasMessageContaining("压缩炸弹");
    }

    @Test
    void html() {
        String html = """
                <html><head><title>页面</title><style>p{color:red}</style></head><body>
                <h1>示范产业2022年行动计划</h1><h2>一、工作目标</h2>
                <p>(一)规模目标。营业收入达到100亿元。(牵头单位:省工业和信息化厅)</p>
                <div>二、主要任务</div>
                <p>1. 建设平台。建成3个平台。<span>(牵头单位:省科技厅;配合单位:省财政厅)</span></p>
                <script>var x = "1. 不是条目。(牵头单位:省商务厅)";</script>
                </body></html>""";
        assertDemoPlan(parser.parse(html.getBytes(StandardCharsets.UTF_8), "plan.html"));
    }

    @Test
    void emptyFile() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.txt"));
        assertThatThrownBy(() -> parser.parse(file))
                .isInstanceOf(PlanDocumentException.class).hasMessageContaining("文件为空");
        assertThatThrownBy(() -> parser.parse("  \n\u3000\n".getBytes(StandardCharsets.UTF_8), "blank.txt"))
                .isInstanceOf(PlanDocumentException.class);
    }

    @Test
    void oversizeFileIsRefusedBeforeReading() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(PlanParser.MAX_FILE_BYTES + 1); // sparse: no 50 MB written
        }
        assertThatThrownBy(() -> parser.parse(file))
                .isInstanceOf(PlanDocumentException.class).hasMessageContaining("文件过大");
        assertThatThrownBy(() -> parser.parse(new byte[(int) PlanParser.MAX_FILE_BYTES + 1], "huge.txt"))
                .isInstanceOf(PlanDocumentException.class).hasMessageContaining("文件过大");
    }

    @Test
    void textThatIsNotAPlanGivesNoPlansAndAWarning() {
        ParsedDocument doc = parser.parse("今天天气很好,我们去公园散步。\n晚上吃饺子。".getBytes(StandardCharsets.UTF_8), "a.txt");
        assertThat(doc.plans()).isEmpty();
        assertThat(doc.warnings()).anyMatch(w -> w.contains("未识别到行动计划"));
    }

    @Test
    void binaryGarbageIsNotACrash() {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        assertThat(parser.parse(garbage, "x.txt").plans()).isEmpty();
        assertThatThrownBy(() -> parser.parse(garbage, "x.pdf")).isInstanceOf(PlanDocumentException.class)
                .hasMessageContaining("PDF");
    }

    @Test
    void oldWordFormatIsExplained() {
        assertThatThrownBy(() -> parser.parse(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "a.doc"))
                .isInstanceOf(PlanDocumentException.class).hasMessageContaining(".docx");
    }
}
