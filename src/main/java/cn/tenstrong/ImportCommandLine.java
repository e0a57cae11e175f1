package cn.tenstrong;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import cn.tenstrong.plan.ImportCommand;
import cn.tenstrong.plan.PlanImports;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code import FILE [--option=value …]}: starts the platform without its web server, imports, exits. */
final class ImportCommandLine {

    private ImportCommandLine() {
    }

    static boolean handles(String[] args) {
        return args != null && args.length > 0 && "import".equals(args[0]);
    }

    static int run(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        if (args.length < 2 || args[1].startsWith("--")) {
            err.println("用法：import 文件路径 [--platform.data-dir=…]");
            return 2;
        }
        String[] options = Arrays.copyOfRange(args, 2, args.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PlatformApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(options)) {
            return new ImportCommand(context.getBean(PlanImports.class)).run(Path.of(args[1]), out, err);
        }
    }
}
