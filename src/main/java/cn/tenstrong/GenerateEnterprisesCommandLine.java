package cn.tenstrong;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.GenerateEnterprisesCommand;
import cn.tenstrong.enterprise.ImportResult;
import cn.tenstrong.enterprise.SyntheticEnterpriseGenerator;
import cn.tenstrong.shared.DomainException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code generate-enterprises --count N [--seed S] [--out file.csv]}: writes synthetic enterprises as an import CSV,
 * or, without {@code --out}, imports them (starting the platform without its web server).
 */
final class GenerateEnterprisesCommandLine {

    private GenerateEnterprisesCommandLine() {
    }

    static boolean handles(String[] args) {
        return args != null && args.length > 0 && "generate-enterprises".equals(args[0]);
    }

    static int run(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        GenerateEnterprisesCommand.Options options;
        try {
            options = GenerateEnterprisesCommand.parse(rest);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(GenerateEnterprisesCommand.USAGE);
            return 2;
        }
        SyntheticEnterpriseGenerator generator = SyntheticEnterpriseGenerator.withDefaults(options.seed());
        try {
            if (options.out() != null) {
                try (Writer w = new OutputStreamWriter(Files.newOutputStream(options.out()), StandardCharsets.UTF_8)) {
                    GenerateEnterprisesCommand.writeCsv(generator, options.count(), w);
                }
                out.println("已生成" + options.count() + "家模拟企业：" + options.out().toAbsolutePath());
                return 0;
            }
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (Writer w = new OutputStreamWriter(buffer, StandardCharsets.UTF_8)) {
                GenerateEnterprisesCommand.writeCsv(generator, options.count(), w);
            }
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PlatformApplication.class)
                    .web(WebApplicationType.NONE).logStartupInfo(false)
                    .run(GenerateEnterprisesCommand.springOptions(rest))) {
                ImportResult result = context.getBean(EnterpriseLibrary.class)
                        .importFile(buffer.toByteArray(), "generate-enterprises.csv");
                out.println("已导入模拟企业：新增" + result.created() + "家，更新" + result.updated() + "家，自动挂链"
                        + result.placed() + "条");
                return 0;
            }
        } catch (IOException e) {
            err.println("写入失败：" + e.getMessage());
            return 1;
        } catch (DomainException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
