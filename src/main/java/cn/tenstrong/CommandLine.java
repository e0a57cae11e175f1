package cn.tenstrong;

import cn.tenstrong.plan.ParseCommand;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Command-line verbs that run without starting the server. */
final class CommandLine {

    private CommandLine() {}

    /** @return the exit code of a verb, or -1 meaning "start the server" */
    static int dispatch(String[] args) {
        if (args == null || args.length == 0 || !"parse".equals(args[0])) {
            return -1;
        }
        // the console's default charset may not be UTF-8 (Windows, minimal containers)
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        if (args.length != 2) {
            err.println("用法:parse 文件路径(支持 .txt .docx .pdf .html)");
            return 2;
        }
        return new ParseCommand().run(Path.of(args[1]), out, err);
    }
}
