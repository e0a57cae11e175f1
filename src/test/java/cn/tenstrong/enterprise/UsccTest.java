package cn.tenstrong.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsccTest {

    /** shared/ lies beside the project root, locally and in CI. */
    static final Path SHARED_DATA = Path.of("..", "shared", "data");

    @Test
    void everyExampleRowGivesItsCheckDigitValidColumn() throws IOException {
        List<String> lines = Files.readAllLines(SHARED_DATA.resolve("uscc-examples.csv"), StandardCharsets.UTF_8);
        assertThat(lines).hasSizeGreaterThan(5);
        List<String> header = List.of(lines.get(0).split(","));
        int codeAt = header.indexOf("code");
        int validAt = header.indexOf("check_digit_valid");
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = csvCells(line);
            String code = cells.get(codeAt);
            boolean expected = Boolean.parseBoolean(cells.get(validAt));
            assertThat(Uscc.validate(code).valid()).as(line).isEqualTo(expected);
            if (!expected) {
                // the worked example's wrong character Z is outside the code set, so that rule fires first
                assertThat(Uscc.validate(code).failure()).as(line).isIn(UsccFailure.CHECK_DIGIT, UsccFailure.CHARSET);
            }
        }
    }

    @Test
    void computesTheStandardsWorkedExample() {
        assertThat(Uscc.withCheckDigit("91350100M000100Y4")).isEqualTo("91350100M000100Y43");
        assertThat(Uscc.withCheckDigit("914403001922038216".substring(0, 17))).isEqualTo("914403001922038216");
        assertThat(Uscc.organizationCodeCheckChar("M000100Y")).isEqualTo('4');
        assertThat(Uscc.organizationCodeCheckChar("71526726")).isEqualTo('X');
    }

    @Test
    void namesTheRuleThatFailed() {
        assertThat(Uscc.validate("91440300192203821").failure()).isEqualTo(UsccFailure.LENGTH);
        assertThat(Uscc.validate("91440300192203821I").failure()).isEqualTo(UsccFailure.CHARSET);
        assertThat(Uscc.validate("B14403001922038216").failure()).isEqualTo(UsccFailure.REGISTRATION_AUTHORITY);
        assertThat(Uscc.validate("95440300192203821" + "6").failure()).isEqualTo(UsccFailure.ENTITY_TYPE);
        assertThat(Uscc.validate("919903001922038216").failure()).isEqualTo(UsccFailure.REGION);
        assertThat(Uscc.validate("914403001922038226").failure()).isEqualTo(UsccFailure.ORGANIZATION_CODE);
        UsccCheck bad = Uscc.validate("914403001922038217");
        assertThat(bad.failure()).isEqualTo(UsccFailure.CHECK_DIGIT);
        assertThat(bad.message()).contains("第18位校验码错误").contains("应为“6”");
    }

    @Test
    void acceptsLowerCaseAndSurroundingSpace() {
        assertThat(Uscc.isValid(" 91440300708461136t ")).isTrue();
    }

    @Test
    void rejectsAWrongLengthPrefix() {
        assertThatThrownBy(() -> Uscc.withCheckDigit("9135")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("17位");
    }

    /** Minimal CSV split with double-quoted cells, enough for the reference files. */
    static List<String> csvCells(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
