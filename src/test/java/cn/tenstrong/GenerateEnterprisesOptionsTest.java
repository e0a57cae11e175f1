package cn.tenstrong;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The generate-enterprises verb's options (moved with their parsing from the enterprise module's API). */
class GenerateEnterprisesOptionsTest {

    @Test
    void optionsAreParsed() {
        GenerateEnterprisesOptions o = GenerateEnterprisesOptions.parse(
                new String[]{"--count", "25", "--seed=7", "--out", "x.csv", "--platform.data-dir=/tmp/d"});
        assertThat(o).isEqualTo(new GenerateEnterprisesOptions(25, 7, Path.of("x.csv"), false));
        assertThat(GenerateEnterprisesOptions.parse(new String[]{"--count=5", "--defer-indexes"}))
                .isEqualTo(new GenerateEnterprisesOptions(5, 2022, null, true));
        assertThat(GenerateEnterprisesOptions.springOptions(new String[]{"--count=3", "--defer-indexes",
                "--platform.data-dir=/tmp/d"})).containsExactly("--platform.data-dir=/tmp/d");
        // deferring indexes is for the import: a CSV has none
        assertThatThrownBy(() -> GenerateEnterprisesOptions.parse(new String[]{"--count=5", "--defer-indexes",
                "--out", "x.csv"})).hasMessageContaining("--defer-indexes");
        assertThat(GenerateEnterprisesOptions.springOptions(new String[]{"--count=3", "--platform.data-dir=/tmp/d"}))
                .containsExactly("--platform.data-dir=/tmp/d");
        assertThatThrownBy(() -> GenerateEnterprisesOptions.parse(new String[]{"--seed", "1"}))
                .hasMessageContaining("--count");
        assertThatThrownBy(() -> GenerateEnterprisesOptions.parse(new String[]{"--count", "abc"}))
                .hasMessageContaining("整数");
        // a Spring option without "=" would leave its value behind as a stray argument
        assertThatThrownBy(() -> GenerateEnterprisesOptions.parse(new String[]{"--count", "1", "--platform.data-dir", "/d"}))
                .hasMessageContaining("--名称=值").hasMessageContaining("--platform.data-dir");
        assertThatThrownBy(() -> GenerateEnterprisesOptions.parse(new String[]{"--count", "1", "extra"}))
                .hasMessageContaining("多余的参数：extra");
    }
}
