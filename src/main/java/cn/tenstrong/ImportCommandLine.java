package cn.tenstrong;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import cn.tenstrong.plan.ImportCommand;
import cn.tenstrong.plan.PlanImports;

/** {@code import FILE [--option=value …]}: starts the platform without its web server, imports, exits. */
final class ImportCommandLine {

    static final String USAGE = "import 文件路径 [--platform.data-dir=数据目录]（导入计划文档，全部成功或全部不变；平台须未在该"
            + "数据目录上运行）";

    private ImportCommandLine() {
    }

    static int run(String[] args, Console console) {
        if (Console.asksForHelp(args)) {
            console.out().println("用法：" + USAGE);
            return 0;
        }
        if (args.length < 2) {
            return console.usageError("缺少文件路径", USAGE);
        }
        if (args[1].startsWith("-")) {
            return console.usageError("第一个参数应为文件路径：" + args[1], USAGE);
        }
        Path file = Path.of(args[1]);
        if (!Files.isRegularFile(file)) {
            // before starting anything: a typo in the path should not cost a platform start
            console.err().println("错误：文件不存在：" + file);
            return CommandLine.USAGE_ERROR;
        }
        String[] options = Arrays.copyOfRange(args, 2, args.length);
        for (String option : options) {
            String problem = HeadlessPlatform.checkSpringOption(option);
            if (problem != null) {
                return console.usageError(problem, USAGE);
            }
        }
        return HeadlessPlatform.run(options, console, context ->
                new ImportCommand(context.getBean(PlanImports.class)).run(file, console.out(), console.err()));
    }
}
