package cn.tenstrong;

import java.nio.file.Path;

import cn.tenstrong.plan.ParseCommand;

/** {@code parse FILE}: prints the parsed plan document as JSON; no server, no database. */
final class ParseCommandLine {

    static final String USAGE = "parse 文件路径（解析 .txt .docx .pdf .html 计划文档，输出 JSON；不启动平台）";

    private ParseCommandLine() {
    }

    static int run(String[] args, Console console) {
        if (Console.asksForHelp(args)) {
            console.out().println("用法：" + USAGE);
            return 0;
        }
        if (args.length != 2) {
            return console.usageError(args.length < 2 ? "缺少文件路径" : "多余的参数：" + args[2], USAGE);
        }
        if (args[1].startsWith("-")) {
            return console.usageError("未知参数：" + args[1], USAGE);
        }
        return new ParseCommand().run(Path.of(args[1]), console.out(), console.err());
    }
}
