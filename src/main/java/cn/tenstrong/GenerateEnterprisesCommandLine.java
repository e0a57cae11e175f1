package cn.tenstrong;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;

import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.GenerateEnterprisesCommand;
import cn.tenstrong.enterprise.ImportResult;
import cn.tenstrong.enterprise.SyntheticEnterpriseGenerator;
import cn.tenstrong.shared.DomainException;

/**
 * {@code generate-enterprises --count N [--seed S] [--out file.csv] [--defer-indexes]}: writes synthetic enterprises as an import CSV,
 * or, without {@code --out}, imports them (starting the platform without its web server).
 */
final class GenerateEnterprisesCommandLine {

    static final String USAGE = "generate-enterprises --count 数量 [--seed 随机种子] [--out 输出文件.csv] "
            + "[--defer-indexes] [--platform.data-dir=数据目录]（生成模拟企业；不指定 --out 时直接导入数据库，平台须未在该"
            + "数据目录上运行；--defer-indexes：导入期间暂缓企业表和挂链表的二级索引与外键，提交前重建，大批量导入更快）";

    private GenerateEnterprisesCommandLine() {
    }

    static int run(String[] args) {
        return run(args, Console.system());
    }

    static int run(String[] args, Console console) {
        if (Console.asksForHelp(args)) {
            console.out().println("用法：" + USAGE);
            return 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        GenerateEnterprisesOptions options;
        try {
            options = GenerateEnterprisesOptions.parse(rest);
        } catch (IllegalArgumentException e) {
            return console.usageError(e.getMessage(), USAGE);
        }
        SyntheticEnterpriseGenerator generator = SyntheticEnterpriseGenerator.withDefaults(options.seed());
        try {
            if (options.out() != null) {
                try (Writer w = new OutputStreamWriter(Files.newOutputStream(options.out()), StandardCharsets.UTF_8)) {
                    GenerateEnterprisesCommand.writeCsv(generator, options.count(), w);
                }
                console.out().println("已生成" + options.count() + "家模拟企业：" + options.out().toAbsolutePath());
                return 0;
            }
            return HeadlessPlatform.run(GenerateEnterprisesOptions.springOptions(rest), console, context -> {
                // streamed at COPY speed: no CSV in memory, no file row limit
                ImportResult result = context.getBean(EnterpriseLibrary.class).importSynthetic(generator,
                        options.count(), options.deferIndexes());
                console.out().println("已导入模拟企业：新增" + result.created() + "家，更新" + result.updated() + "家，自动挂链"
                        + result.placed() + "条");
                return 0;
            });
        } catch (IOException e) {
            console.err().println("错误：写入失败：" + e.getMessage());
            return 1;
        } catch (DomainException e) {
            console.err().println("错误：" + e.getMessage());
            return 1;
        }
    }
}
