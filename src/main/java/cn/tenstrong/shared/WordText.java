package cn.tenstrong.shared;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Word 文书排版: the headings, paragraphs and table rows every generated report (调度报告, 评价公示) writes alike. */
public final class WordText {

    private WordText() {
    }

    /** A bold heading; 16 pt and larger (the document title) centred. */
    public static void heading(XWPFDocument doc, String text, int size) {
        XWPFParagraph p = doc.createParagraph();
        if (size >= 16) {
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        XWPFRun run = p.createRun();
        run.setBold(true);
        run.setFontSize(size);
        run.setText(text);
    }

    public static void paragraph(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    /** A table's header row: one bold text per cell. */
    public static void header(XWPFTableRow row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            XWPFRun run = row.getCell(i).getParagraphs().get(0).createRun();
            run.setBold(true);
            run.setText(texts[i]);
        }
    }

    public static void cells(XWPFTableRow row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            row.getCell(i).setText(texts[i]);
        }
    }
}
