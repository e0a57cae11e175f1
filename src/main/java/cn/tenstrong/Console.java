package cn.tenstrong;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import cn.tenstrong.database.DataDirectoryInUseException;

/**
 * 命令行的输出: where a verb writes its results and its errors, always in UTF-8 (the console's default charset may not
 * be UTF-8 on Windows or in minimal containers).
 */
record Console(PrintStream out, PrintStream err) {

    static Console system() {
        return new Console(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    }

    /** Prints a verb's usage line after what was wrong, and answers the usage error's exit code. */
    int usageError(String problem, String usage) {
        if (problem != null) {
            err.println("错误：" + problem);
        }
        err.println("用法：" + usage);
        return CommandLine.USAGE_ERROR;
    }

    /** Explains a refused start: who holds the data directory, and what to do. */
    void refuse(DataDirectoryInUseException e) {
        err.println("错误：" + e.getMessage());
        err.println(DataDirectoryInUseException.advice());
    }

    /** Whether the arguments ask for help instead of work. */
    static boolean asksForHelp(String[] args) {
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) {
                return true;
            }
        }
        return false;
    }
}
