package cn.tenstrong.plan.internal.parse;

import cn.tenstrong.plan.PlanDocumentException;
import cn.tenstrong.plan.PlanParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** 文本提取: turns a .txt, .docx, .pdf or .html file into plain text lines. */
final class TextExtractor {

    /** Largest accepted input. */
    static final long MAX_BYTES = PlanParser.MAX_FILE_BYTES;
    /** Largest accepted uncompressed part of a .docx. */
    static final long MAX_DOCX_ENTRY_BYTES = 200L * 1024 * 1024;
    /** A .docx part that inflates more than 100× is treated as a zip bomb. */
    static final double MIN_DOCX_INFLATE_RATIO = 0.01;

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Set<String> HTML_BLOCKS = Set.of("p", "div", "br", "li", "tr", "td", "th", "h1", "h2",
            "h3", "h4", "h5", "h6", "section", "article", "table", "ul", "ol", "blockquote", "pre", "title",
            "header", "footer", "dt", "dd", "caption", "hr");

    static {
        // POI keeps these limits in static fields; they must be set before any .docx is opened.
        ZipSecureFile.setMinInflateRatio(MIN_DOCX_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_DOCX_ENTRY_BYTES);
    }

    /** The document's text, lines separated by '\n', not yet normalised. */
    public String extract(byte[] content, String fileName) {
        if (content.length > MAX_BYTES) {
            throw new PlanDocumentException("文件过大(" + content.length / (1024 * 1024) + " MB),最大允许 50 MB");
        }
        if (content.length == 0) {
            throw new PlanDocumentException("文件为空,没有可解析的内容");
        }
        String text = switch (formatOf(content, fileName)) {
            case "docx" -> docx(content);
            case "pdf" -> pdf(content);
            case "html" -> html(decode(content));
            case "doc" -> throw new PlanDocumentException("暂不支持旧版 Word(.doc)文件,请另存为 .docx 后再上传");
            default -> decode(content);
        };
        if (text.isBlank()) {
            throw new PlanDocumentException("文件中没有可识别的文字(可能为空白文档或扫描件)");
        }
        return text;
    }

    private static String formatOf(byte[] content, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return "docx";
        }
        if (name.endsWith(".pdf")) {
            return "pdf";
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "html";
        }
        if (name.endsWith(".doc")) {
            return "doc";
        }
        if (name.endsWith(".txt")) {
            return "txt";
        }
        if (startsWith(content, "PK")) {
            return "docx";
        }
        if (startsWith(content, "%PDF")) {
            return "pdf";
        }
        String head = new String(content, 0, Math.min(content.length, 512), StandardCharsets.ISO_8859_1)
                .strip().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")) {
            return "html";
        }
        return "txt";
    }

    private static boolean startsWith(byte[] content, String magic) {
        if (content.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (content[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** BOM first, then a strict UTF-8 attempt, else GB18030 (a superset of GBK and GB2312). */
    static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0x84 && (b[1] & 0xFF) == 0x31 && (b[2] & 0xFF) == 0x95
                && (b[3] & 0xFF) == 0x33) {
            return new String(b, 4, b.length - 4, GB18030);
        }
        String fast = new String(b, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast; // valid UTF-8: the JDK's decoder replaces every malformed sequence with U+FFFD
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(b, GB18030);
        }
    }

    private static String docx(byte[] content) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder out = new StringBuilder(content.length);
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    out.append(p.getText()).append('\n');
                } else if (e instanceof XWPFTable t) {
                    table(t, out);
                }
            }
            return out.toString();
        } catch (PlanDocumentException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            if (isZipBomb(e)) {
                throw new PlanDocumentException("文档解压后体积异常(疑似压缩炸弹),已拒绝处理", e);
            }
            throw new PlanDocumentException("文档已损坏或不是有效的 Word 文件(.docx)", e);
        }
    }

    private static void table(XWPFTable table, StringBuilder out) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFParagraph p : cell.getParagraphs()) {
                    out.append(p.getText()).append('\n');
                }
                for (XWPFTable nested : cell.getTables()) {
                    table(nested, out);
                }
            }
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("exceeds the max")
                    || m.contains("ZipSecureFile"))) {
                return true;
            }
        }
        return false;
    }

    private static String pdf(byte[] content) {
        try (PDDocument doc = Loader.loadPDF(content)) {
            return new PDFTextStripper().getText(doc);
        } catch (InvalidPasswordException e) {
            throw new PlanDocumentException("PDF 文件已加密,无法读取", e);
        } catch (IOException | RuntimeException e) {
            throw new PlanDocumentException("PDF 文件已损坏或无法读取", e);
        }
    }

    static String html(String html) {
        Element body = Jsoup.parse(html).body();
        body.select("script, style, noscript").remove();
        StringBuilder out = new StringBuilder(html.length() / 2);
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText().replaceAll("[\\r\\n]+", ""));
                } else if (node instanceof Element e && HTML_BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && HTML_BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        });
        return out.toString();
    }
}
