package cn.tenstrong.chain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.shared.CsvData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's declared gaps, its N-list entries and the 链主 assignments are checkable against what they quote:
 * every quote is on the seed line it names, every term or title is in its quote, every chain and segment exists.
 */
class SeedListDataTest {

    static final String SEED = "plan/seed/shandong-2022-ten-strong-industries.txt";
    final ChainCatalog catalog = ChainCatalog.loadDefault();
    final List<String> seed = seedLines();

    static List<String> seedLines() {
        try (var in = SeedListDataTest.class.getClassLoader().getResourceAsStream(SEED)) {
            return List.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n", -1));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void declaredGapsQuoteTheSeedLineTheyName() {
        List<Map<String, String>> rows = CsvData.readClasspath("chain/declared-gaps.csv");
        assertThat(rows).hasSize(29);
        for (Map<String, String> r : rows) {
            String line = seed.get(Integer.parseInt(r.get("seed_line")) - 1);
            assertThat(line).as(r.toString()).contains(r.get("seed_quote"));
            assertThat(r.get("seed_quote")).as(r.toString()).contains(r.get("term"));
            assertThat(r.get("seed_quote")).as(r.toString())
                    .containsAnyOf("短板", "薄弱", "补面", "加快提升", "提升碳化硅衬底", "国产化替代", "国产替代");
            assertThat(catalog.segment(r.get("chain_code") + "/" + r.get("segment_code"))).as(r.toString()).isPresent();
        }
        // the weak links the issue names are all there
        assertThat(rows).extracting(r -> r.get("term")).contains("汽车芯片", "大尺寸硅片", "光刻胶", "液压件", "机床功能部件",
                "船用发动机");
        assertThat(rows).filteredOn(r -> r.get("term").equals("汽车芯片"))
                .extracting(r -> r.get("chain_code") + "/" + r.get("segment_code") + "@" + r.get("seed_line"))
                .containsExactlyInAnyOrder("automobile/auto-chip@111", "integrated-circuit/automotive-chip@111");
    }

    @Test
    void chokePointAndTalentEntriesQuoteTheSeed() {
        List<Map<String, String>> rows = CsvData.readClasspath("chain/chain-list-items.csv");
        Map<String, Set<String>> chainsByKind = new HashMap<>();
        for (Map<String, String> r : rows) {
            String line = seed.get(Integer.parseInt(r.get("seed_line")) - 1);
            assertThat(line).as(r.toString()).contains(r.get("seed_quote"));
            assertThat(r.get("seed_quote")).as(r.toString()).contains(r.get("title"));
            assertThat(catalog.chain(r.get("chain_code"))).as(r.toString()).isPresent();
            if (!r.get("segment_code").isEmpty()) {
                assertThat(catalog.segment(r.get("chain_code") + "/" + r.get("segment_code"))).as(r.toString()).isPresent();
            }
            assertThat(r.get("kind")).isIn("CHOKE_POINT", "TALENT");
            chainsByKind.computeIfAbsent(r.get("kind"), k -> new HashSet<>()).add(r.get("chain_code"));
        }
        assertThat(chainsByKind.get("CHOKE_POINT")).hasSize(32);
        assertThat(chainsByKind.get("TALENT")).hasSize(53);
    }

    @Test
    void everyLeaderHasACheckableBasis() {
        List<Map<String, String>> rows = CsvData.readClasspath("chain/chain-leaders.csv");
        Set<String> chains = new HashSet<>();
        Set<String> seedChains = new HashSet<>();
        for (Map<String, String> r : rows) {
            assertThat(catalog.segment(r.get("chain_code") + "/" + r.get("segment_code"))).as(r.toString()).isPresent();
            assertThat(r.get("name") + r.get("seed_name")).as(r.toString()).isNotEmpty();
            chains.add(r.get("chain_code"));
            if (r.get("basis_kind").equals("SEED")) {
                String line = seed.get(Integer.parseInt(r.get("seed_line")) - 1);
                String quote = r.get("basis").substring(r.get("basis").indexOf('：') + 1);
                assertThat(line).as(r.toString()).contains(quote);
                assertThat(quote).as(r.toString()).contains(r.get("seed_name"));
                seedChains.add(r.get("chain_code"));
            } else {
                assertThat(r.get("basis_kind")).isEqualTo("LISTED");
                assertThat(r.get("stock_code")).as(r.toString()).matches("\\d{6}\\.(SH|SZ|BJ)");
                assertThat(r.get("revenue_year")).isEqualTo("2024");
                String yi = String.format("%.2f亿元", Double.parseDouble(r.get("revenue_wan")) / 10000);
                assertThat(r.get("basis")).as(r.toString()).contains(yi).contains("山东上市公司中2024年营业收入最高");
            }
        }
        assertThat(chains).hasSize(50);
        assertThat(seedChains).hasSize(23);
    }
}
