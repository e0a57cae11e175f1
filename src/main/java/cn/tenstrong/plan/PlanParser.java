package cn.tenstrong.plan;

import cn.tenstrong.org.AgencyDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ServiceLoader;

/**
 * 行动计划解析: reads a plan document (.txt, .docx, .pdf, .html) into plans, items, agencies,
 * targets and deadlines. Thread-safe; holds no per-document state.
 *
 * <p>The commands, tools and tests build it without Spring ({@code new PlanParser()}), and this API must not name
 * its implementation (internal.parse, a dozen classes of one parsing job): the engine is found with
 * {@link ServiceLoader} as the one {@link ReaderFactory} registered in META-INF/services.
 */
public final class PlanParser {

    /** Largest accepted file: 50 MB. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    private final Reader reader;

    /** A parser using the agency directory shipped with the application. */
    public PlanParser() {
        this(AgencyDirectory.loadDefault());
    }

    public PlanParser(AgencyDirectory agencies) {
        this.reader = Engine.FACTORY.reader(agencies);
    }

    /** Parses a file; the format is taken from its extension, else from its content. */
    public ParsedDocument parse(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new PlanDocumentException("文件过大(" + size / (1024 * 1024) + " MB),最大允许 50 MB");
            }
            return parse(Files.readAllBytes(file), file.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new PlanDocumentException("文件不存在:" + file, e);
        } catch (IOException e) {
            throw new PlanDocumentException("无法读取文件:" + file, e);
        }
    }

    /** Parses an upload without reading more than the size limit. */
    public ParsedDocument parse(InputStream in, String fileName) {
        try {
            byte[] content = in.readNBytes((int) MAX_FILE_BYTES + 1);
            return parse(content, fileName);
        } catch (IOException e) {
            throw new PlanDocumentException("无法读取上传的文件", e);
        }
    }

    /** Parses file content; {@code fileName} (may be null) only hints the format. */
    public ParsedDocument parse(byte[] content, String fileName) {
        return parse(content, fileName, null);
    }

    /**
     * Parses file content reading every responsibility list with the given convention (the importer's choice on the
     * preview), or, when {@code convention} is null, as the document declares.
     */
    public ParsedDocument parse(byte[] content, String fileName, AnnotationConvention convention) {
        return reader.read(content, fileName, convention);
    }

    /** Parses plain text that is already in memory. */
    public ParsedDocument parseText(String text) {
        if (text == null || text.isBlank()) {
            throw new PlanDocumentException("文件为空,没有可解析的内容");
        }
        return reader.readText(text);
    }

    /** 文档读取: a document's bytes or text into plans, over one agency directory (the parser's engine). */
    public interface Reader {

        /** Extracts the text of a .txt, .docx, .pdf or .html file and reads it; null convention: as declared. */
        ParsedDocument read(byte[] content, String fileName, AnnotationConvention convention);

        /** Reads text already in memory, responsibility lists as the document declares. */
        ParsedDocument readText(String text);
    }

    /** The engine's way in: one implementation, registered in META-INF/services under this interface's name. */
    public interface ReaderFactory {

        Reader reader(AgencyDirectory agencies);
    }

    /** Looked up once, when the first parser is built. */
    private static final class Engine {

        static final ReaderFactory FACTORY = ServiceLoader.load(ReaderFactory.class, PlanParser.class.getClassLoader())
                .findFirst().orElseThrow(() -> new IllegalStateException(
                        "找不到计划文档解析实现(META-INF/services/" + ReaderFactory.class.getName() + ")"));
    }
}
