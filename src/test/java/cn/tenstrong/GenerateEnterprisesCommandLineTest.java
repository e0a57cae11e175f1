package cn.tenstrong;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar … generate-enterprises --count N --out file.csv} without starting the platform. */
class GenerateEnterprisesCommandLineTest {

    @Test
    void writesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("synthetic.csv");
        int exit = GenerateEnterprisesCommandLine.run(new String[]{"generate-enterprises", "--count", "30", "--seed", "5",
                "--out", file.toString()});
        assertThat(exit).isZero();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(31);
        assertThat(lines.subList(1, 31)).allMatch(l -> l.endsWith(",模拟数据"));
        assertThat(GenerateEnterprisesCommandLine.run(new String[]{"generate-enterprises", "--count", "0"})).isEqualTo(2);
    }
}
