package cn.tenstrong.enterprise;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSummary;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The bulk count the cockpit uses judges every chain exactly as the chain's own gap list does. */
class GapCountsTest extends IntegrationTest {

    @Autowired
    ChainDirectory chains;
    @Autowired
    ChainMaps maps;

    @Test
    void bulkCountsEqualEachChainsGapList() {
        for (boolean synthetic : new boolean[] {false, true}) {
            Map<String, Integer> oneByOne = new LinkedHashMap<>();
            for (ChainSummary c : chains.chains()) {
                oneByOne.put(c.code(), maps.gaps(c.code(), synthetic).size());
            }
            assertThat(maps.gapCounts(synthetic)).containsExactlyInAnyOrderEntriesOf(oneByOne);
        }
        assertThat(maps.gapCounts(false).values().stream().mapToInt(Integer::intValue).sum())
                .as("the real data has gaps").isPositive();
    }
}
