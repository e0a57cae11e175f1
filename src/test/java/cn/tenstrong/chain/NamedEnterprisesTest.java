package cn.tenstrong.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The named-enterprise list must only hold what the seed says, placed on real catalog segments. */
class NamedEnterprisesTest {

    @Test
    void everyRowIsGroundedInTheSeedAndTheCatalog() throws IOException {
        ChainCatalog catalog = ChainCatalog.loadDefault();
        String seed = ChainCatalogTest.halfWidth(Files.readString(
                Path.of("..", "shared", "seed", "000_050d520d50a88b50.txt"), StandardCharsets.UTF_8));
        List<String> lines = Files.readAllLines(Path.of("src/main/resources/chain/named-enterprises.csv"),
                StandardCharsets.UTF_8);
        List<String> header = cells(lines.get(0));
        assertThat(header).containsExactly("name", "chain_code", "segment_code", "role", "seed_term", "city",
                "city_basis", "uscc", "plan", "seed_sentence", "note");
        assertThat(lines).hasSizeGreaterThan(50);
        for (String line : lines.subList(1, lines.size())) {
            List<String> c = cells(line);
            assertThat(c).as(line).hasSize(header.size());
            assertThat(catalog.segment(c.get(1) + "/" + c.get(2))).as(line).isPresent();
            assertThat(catalog.segment(c.get(1) + "/" + c.get(2)).get().isLeaf()).as(line).isTrue();
            assertThat(c.get(3)).as(line).isIn("链主", "骨干");
            assertThat(c.get(7)).as("不得编造统一社会信用代码：" + line).isEmpty();
            assertThat(seed).as(line).contains(ChainCatalogTest.halfWidth(c.get(9)));
            assertThat(Set.of("种子", "公开信息", "")).as(line).contains(c.get(6));
            assertThat(c.get(5).isEmpty()).as(line).isEqualTo(c.get(6).isEmpty());
        }
    }

    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
