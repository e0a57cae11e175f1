package cn.tenstrong;

/**
 * 命令行: chooses between starting the platform and running one of its verbs ({@code parse}, {@code import},
 * {@code generate-enterprises}). Usage errors answer exit code 2 with the usage line in Chinese, never a stack trace.
 */
final class CommandLine {

    /** {@link #dispatch} answers this when the platform itself is to be started. */
    static final int START_PLATFORM = -1;
    static final int USAGE_ERROR = 2;
    static final String USAGE = String.join(System.lineSeparator(),
            "java -jar tenstrong-platform.jar [--名称=值 …]（启动平台，如 --platform.data-dir=… --server.port=…）",
            "  或 java -jar tenstrong-platform.jar " + ParseCommandLine.USAGE,
            "  或 java -jar tenstrong-platform.jar " + ImportCommandLine.USAGE,
            "  或 java -jar tenstrong-platform.jar " + GenerateEnterprisesCommandLine.USAGE,
            "每个命令加 --help 显示其用法。");

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
        switch (args[0]) {
            case "parse":
                return ParseCommandLine.run(args, console);
            case "import":
                return ImportCommandLine.run(args, console);
            case "generate-enterprises":
                return GenerateEnterprisesCommandLine.run(args, console);
            default:
                break;
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
