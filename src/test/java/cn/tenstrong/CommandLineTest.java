package cn.tenstrong;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Choosing between the platform and a verb, and the usage errors, which are answered before anything starts (the
 * verbs themselves, run from the packaged jar, are in {@link ReadmeCommandsIT}).
 */
class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void springOptionsStartThePlatform() {
        assertThat(CommandLine.dispatch(new String[0], console)).isEqualTo(CommandLine.START_PLATFORM);
        assertThat(CommandLine.dispatch(new String[]{"--server.port=8080", "--debug"}, console))
                .isEqualTo(CommandLine.START_PLATFORM);
    }

    @Test
    void helpListsEveryVerbInChinese() {
        assertThat(CommandLine.dispatch(new String[]{"--help"}, console)).isZero();
        assertThat(out()).startsWith("用法：").contains(" parse 文件路径", " import 文件路径", " generate-enterprises --count");
        assertThat(err()).isEmpty();
    }

    @Test
    void anUnknownVerbOrStrayArgumentIsAUsageErrorNotAServerStart() {
        assertThat(CommandLine.dispatch(new String[]{"improt", "x.txt"}, console)).isEqualTo(2);
        assertThat(err()).contains("错误：未知命令：improt").contains("用法：");
        assertThat(CommandLine.dispatch(new String[]{"--server.port=9090", "x.txt"}, console)).isEqualTo(2);
        assertThat(err()).contains("多余的参数：x.txt");
        assertThat(CommandLine.dispatch(new String[]{"-x"}, console)).isEqualTo(2);
        assertThat(out()).isEmpty();
    }

    @Test
    void parseUsage() {
        assertThat(CommandLine.dispatch(new String[]{"parse", "--help"}, console)).isZero();
        assertThat(out()).isEqualTo("用法：" + ParseCommandLine.USAGE + System.lineSeparator());
        assertThat(CommandLine.dispatch(new String[]{"parse"}, console)).isEqualTo(2);
        assertThat(CommandLine.dispatch(new String[]{"parse", "a.txt", "b.txt"}, console)).isEqualTo(2);
        assertThat(CommandLine.dispatch(new String[]{"parse", "--verbose"}, console)).isEqualTo(2);
        assertThat(CommandLine.dispatch(new String[]{"parse", "/no/such/file.txt"}, console)).isEqualTo(2);
        assertThat(err()).contains("错误：缺少文件路径", "错误：多余的参数：b.txt", "错误：未知参数：--verbose",
                "文件不存在").contains("用法：parse");
    }

    @Test
    void importUsageIsAnsweredBeforeThePlatformStarts() {
        assertThat(CommandLine.dispatch(new String[]{"import", "-h"}, console)).isZero();
        assertThat(out()).contains("用法：import 文件路径");
        assertThat(CommandLine.dispatch(new String[]{"import"}, console)).isEqualTo(2);
        // the space-separated form would leave the directory behind and import into ./data
        assertThat(CommandLine.dispatch(new String[]{"import", "pom.xml", "--platform.data-dir", "/tmp/x"}, console))
                .isEqualTo(2);
        assertThat(CommandLine.dispatch(new String[]{"import", "pom.xml", "extra"}, console)).isEqualTo(2);
        assertThat(CommandLine.dispatch(new String[]{"import", "/no/such/plan.txt"}, console)).isEqualTo(2);
        assertThat(err()).contains("错误：缺少文件路径", "未知参数（平台参数应写成 --名称=值）：--platform.data-dir",
                "多余的参数：extra", "错误：文件不存在：/no/such/plan.txt").doesNotContain("Exception");
    }

    @Test
    void generateEnterprisesUsage() {
        assertThat(CommandLine.dispatch(new String[]{"generate-enterprises", "--help"}, console)).isZero();
        assertThat(out()).contains("用法：generate-enterprises --count 数量");
        assertThat(CommandLine.dispatch(new String[]{"generate-enterprises", "--count", "0"}, console)).isEqualTo(2);
        assertThat(CommandLine.dispatch(new String[]{"generate-enterprises", "--count", "5", "--colour", "red"}, console))
                .isEqualTo(2);
        assertThat(err()).contains("--count 应为1到10000000之间的整数", "未知参数（平台参数应写成 --名称=值）：--colour")
                .contains("用法：generate-enterprises");
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
