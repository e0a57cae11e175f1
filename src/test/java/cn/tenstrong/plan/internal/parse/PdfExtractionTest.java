package cn.tenstrong.plan.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * PDF text-layer extraction. The machine has no CJK font (fc-list :lang=zh is empty) and PDFBox's
 * standard fonts cannot encode Chinese, so this PDF holds ASCII and numbers only; the Chinese structure
 * rules are tested on text and .docx input.
 */
class PdfExtractionTest {

    static byte[] pdf(String... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.setLeading(16);
                s.newLineAtOffset(72, 700);
                for (String line : lines) {
                    s.showText(line);
                    s.newLine();
                }
                s.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void textLayerLinesInOrder() throws IOException {
        String text = new TextExtractor().extract(pdf("Action Plan 2022", "1. Revenue 1.4 trillion", "2. 30 projects"),
                "plan.pdf");
        assertThat(text.lines().map(String::strip).filter(l -> !l.isEmpty()))
                .containsExactly("Action Plan 2022", "1. Revenue 1.4 trillion", "2. 30 projects");
    }

    @Test
    void pdfRecognisedByContentWithoutExtension() throws IOException {
        assertThat(new TextExtractor().extract(pdf("2022"), null)).contains("2022");
    }
}
