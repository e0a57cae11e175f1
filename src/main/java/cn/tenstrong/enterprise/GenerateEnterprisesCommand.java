package cn.tenstrong.enterprise;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * What {@code generate-enterprises} writes: synthetic enterprises in the import format. Every row is marked 模拟数据
 * in the 数据标记 column and its name ends in （模拟）. The verb and its options are the command line's
 * ({@code cn.tenstrong.GenerateEnterprisesCommandLine}), not this module's API.
 */
public final class GenerateEnterprisesCommand {

    /** The import format's header, in template order. */
    public static final String[] HEADER = {"统一社会信用代码", "企业名称", "所在地区", "行业代码", "注册资本（万元）", "成立日期",
            "经营范围", "主营产品", "标签", "营业收入（万元）", "员工数", "数据标记"};

    private GenerateEnterprisesCommand() {
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
