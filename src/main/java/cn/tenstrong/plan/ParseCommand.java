package cn.tenstrong.plan;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** 命令行 {@code parse FILE}: prints the parsed plan document as JSON; no Spring, no database. */
public final class ParseCommand {

    private final PlanParser parser;

    public ParseCommand() {
        this(new PlanParser());
    }

    public ParseCommand(PlanParser parser) {
        this.parser = parser;
    }

    /** @return 0 on success, 1 when the document cannot be parsed, 2 when the file does not exist */
    public int run(Path file, PrintStream out, PrintStream err) {
        if (file == null || !Files.exists(file)) {
            err.println("错误:文件不存在:" + file);
            return 2;
        }
        if (!Files.isRegularFile(file)) {
            err.println("错误:不是普通文件:" + file);
            return 2;
        }
        try {
            ParsedDocument doc = parser.parse(file);
            if (doc.plans().isEmpty()) {
                doc.warnings().forEach(w -> err.println("错误:" + w));
                return 1;
            }
            out.println(new PlanJson().write(doc));
            out.flush();
            return 0;
        } catch (PlanDocumentException e) {
            err.println("错误:" + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("错误:解析时发生意外问题(" + e.getClass().getSimpleName() + "),请检查文件或联系管理员");
            return 1;
        }
    }
}
