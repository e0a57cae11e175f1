package cn.tenstrong;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The options of {@code generate-enterprises}, parsed by the command line (not by the enterprise module, whose API
 * only writes the enterprises).
 *
 * @param count how many
 * @param seed  generator seed (the same seed gives the same enterprises)
 * @param out   the CSV to write, or {@code null} to import into the database
 * @param deferIndexes {@code --defer-indexes}: the import drops the tables' secondary indexes and foreign keys for
 *                     the load and builds them before commit (EnterpriseLibrary.importSynthetic)
 */
record GenerateEnterprisesOptions(long count, long seed, Path out, boolean deferIndexes) {

    static final String DEFER_INDEXES = "--defer-indexes";

    /** Parses the options after the verb. */
    static GenerateEnterprisesOptions parse(String[] args) {
        Long count = null;
        long seed = 2022L;
        Path out = null;
        boolean deferIndexes = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals(DEFER_INDEXES)) {
                deferIndexes = true;
                continue;
            }
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
        if (deferIndexes && out != null) {
            throw new IllegalArgumentException(DEFER_INDEXES + " 只用于直接导入数据库，不能与 --out 同用");
        }
        return new GenerateEnterprisesOptions(count, seed, out, deferIndexes);
    }

    /** The options that are not this command's own (handed on to Spring). */
    static String[] springOptions(String[] args) {
        return Arrays.stream(args).filter(a -> a.startsWith("--") && a.contains("=")
                && !a.startsWith("--count=") && !a.startsWith("--seed=") && !a.startsWith("--out=")).toArray(String[]::new);
    }
}
