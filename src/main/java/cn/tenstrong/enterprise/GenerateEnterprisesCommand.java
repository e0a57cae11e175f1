package cn.tenstrong.enterprise;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code generate-enterprises --count N [--seed S] [--out file.csv]}: synthetic enterprises in the import format.
 * Every row is marked 模拟数据 in the 数据标记 column and its name ends in （模拟）.
 */
public final class GenerateEnterprisesCommand {

    /** The import format's header, in template order. */
    public static final String[] HEADER = {"统一社会信用代码", "企业名称", "所在地区", "行业代码", "注册资本（万元）", "成立日期",
            "经营范围", "主营产品", "标签", "营业收入（万元）", "员工数", "数据标记"};
    public static final String USAGE = "generate-enterprises --count 数量 [--seed 随机种子] [--out 输出文件.csv] "
            + "[--platform.data-dir=数据目录]（生成模拟企业；不指定 --out 时直接导入数据库，平台须未在该数据目录上运行）";

    /**
     * Parsed options.
     *
     * @param count how many
     * @param seed  generator seed (the same seed gives the same enterprises)
     * @param out   the CSV to write, or {@code null} to import into the database
     */
    public record Options(long count, long seed, Path out) {
    }

    private GenerateEnterprisesCommand() {
    }

    /** Parses the options after the verb. */
    public static Options parse(String[] args) {
        Long count = null;
        long seed = 2022L;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            String key = a;
            if (a.contains("=")) {
                key = a.substring(0, a.indexOf('='));
                value = a.substring(a.indexOf('=') + 1);
            }
            if (!key.equals("--count") && !key.equals("--seed") && !key.equals("--out")) {
                if (a.startsWith("--") && value != null && key.length() > 2) {
                    continue; // Spring options such as --platform.data-dir=… pass through
                }
                // --platform.data-dir D would leave D behind and import into the default data directory
                throw new IllegalArgumentException(a.startsWith("-") ? "未知参数（平台参数应写成 --名称=值）：" + a
                        : "多余的参数：" + a);
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("参数 " + key + " 缺少取值");
                }
                value = args[++i];
            }
            try {
                switch (key) {
                    case "--count" -> count = Long.parseLong(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    default -> out = Path.of(value);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("参数 " + key + " 应为整数：" + value);
            }
        }
        if (count == null || count < 1 || count > 10_000_000) {
            throw new IllegalArgumentException("--count 应为1到10000000之间的整数");
        }
        return new Options(count, seed, out);
    }

    /** The options that are not this command's own (handed on to Spring). */
    public static String[] springOptions(String[] args) {
        return Arrays.stream(args).filter(a -> a.startsWith("--") && a.contains("=")
                && !a.startsWith("--count=") && !a.startsWith("--seed=") && !a.startsWith("--out=")).toArray(String[]::new);
    }

    /** Writes {@code count} enterprises of the generator as import-format CSV. */
    public static void writeCsv(SyntheticEnterpriseGenerator generator, long count, Writer writer) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord((Object[]) HEADER);
            generator.stream(count).forEach(e -> {
                try {
                    csv.printRecord(e.uscc(), e.name(), e.regionCode(), e.industryCode(), e.registeredCapital(),
                            e.foundedOn(), e.businessScope(), e.mainProducts(),
                            Arrays.stream(EnterpriseTag.values()).filter(e.tags()::contains).map(EnterpriseTag::label)
                                    .collect(Collectors.joining("、")),
                            e.revenue(), e.employees(), "模拟数据");
                } catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            });
        }
    }
}
