package cn.tenstrong.plan.internal.parse;

import cn.tenstrong.org.AgencyDirectory;
import cn.tenstrong.plan.AnnotationConvention;
import cn.tenstrong.plan.ParsedDocument;
import cn.tenstrong.plan.PlanParser;

/**
 * 计划文档读取: the {@link PlanParser}'s engine — text extraction, then the plan reader over an agency directory.
 * Registered in META-INF/services, so that the parser, which commands and tests build without Spring, finds it
 * without its API naming this package.
 */
public final class DocumentReaders implements PlanParser.ReaderFactory {

    /** For {@link java.util.ServiceLoader}. */
    public DocumentReaders() {
    }

    @Override
    public PlanParser.Reader reader(AgencyDirectory agencies) {
        return new DocumentReader(new TextExtractor(), new PlanReader(agencies));
    }

    private record DocumentReader(TextExtractor extractor, PlanReader plans) implements PlanParser.Reader {

        @Override
        public ParsedDocument read(byte[] content, String fileName, AnnotationConvention convention) {
            return plans.read(extractor.extract(content, fileName), convention);
        }

        @Override
        public ParsedDocument readText(String text) {
            return plans.read(text);
        }
    }
}
