package cn.tenstrong;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * 命令行: chooses between starting the platform and running one of its verbs. The verbs are registered here, once
 * ({@link #VERBS}: name, usage line, what runs it); each verb's class in this package parses its own options and calls
 * the modules' facades, so no module's API knows the command line. Usage errors answer exit code 2 with the usage
 * line in Chinese, never a stack trace.
 */
final class CommandLine {

    /** A verb: its name on the command line, its usage line, and what runs it (the arguments include the verb). */
    record Verb(String name, String usage, BiFunction<String[], Console, Integer> run) {
    }

    static final List<Verb> VERBS = List.of(
            new Verb("parse", ParseCommandLine.USAGE, ParseCommandLine::run),
            new Verb("import", ImportCommandLine.USAGE, ImportCommandLine::run),
            new Verb("generate-enterprises", GenerateEnterprisesCommandLine.USAGE, GenerateEnterprisesCommandLine::run));

    /** {@link #dispatch} answers this when the platform itself is to be started. */
    static final int START_PLATFORM = -1;
    static final int USAGE_ERROR = 2;
    static final String USAGE = Stream.of(
            Stream.of("java -jar tenstrong-platform.jar [--名称=值 …]（启动平台，如 --platform.data-dir=… --server.port=…）"),
            VERBS.stream().map(v -> "  或 java -jar tenstrong-platform.jar " + v.usage()),
            Stream.of("每个命令加 --help 显示其用法。")).flatMap(s -> s).collect(Collectors.joining(System.lineSeparator()));

    private CommandLine() {
    }

    /** @return the exit code of a verb, or {@link #START_PLATFORM} */
    static int dispatch(String[] args) {
        return dispatch(args, Console.system());
    }

    static int dispatch(String[] args, Console console) {
        if (args == null || args.length == 0) {
            return START_PLATFORM;
        }
        for (Verb verb : VERBS) {
            if (verb.name().equals(args[0])) {
                return verb.run().apply(args, console);
            }
        }
        if (Console.asksForHelp(args)) {
            console.out().println("用法：" + USAGE);
            return 0;
        }
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            // the platform takes Spring options only (--name=value, or a --flag); anything else is a typo or a verb
            // that does not exist, which must not silently start a server
            if (!a.startsWith("--") || a.length() == 2) {
                return console.usageError(a.startsWith("-") ? "未知参数：" + a : i == 0 ? "未知命令：" + a
                        : "多余的参数：" + a, USAGE);
            }
        }
        return START_PLATFORM;
    }
}
