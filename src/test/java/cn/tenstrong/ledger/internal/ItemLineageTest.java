package cn.tenstrong.ledger.internal;

import java.time.Instant;
import java.util.List;

import cn.tenstrong.plan.ItemSuccession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a report made under an item key counts after item successions. */
class ItemLineageTest {

    private static final Instant JAN = Instant.parse("2031-01-15T00:00:00Z");
    private static final Instant MAR = Instant.parse("2031-03-01T00:00:00Z");
    private static final Instant JUN = Instant.parse("2031-06-01T00:00:00Z");
    private static final Instant SEP = Instant.parse("2031-09-01T00:00:00Z");

    @Test
    void withoutSuccessionsAKeyStaysItself() {
        assertThat(ItemLineage.NONE.current("02", 2031, "TASK|二|二|7|", JAN)).isEqualTo("TASK|二|二|7|");
        assertThat(ItemLineage.of(List.of()).current("02", 2031, "TASK|二|二|7|", null)).isEqualTo("TASK|二|二|7|");
    }

    @Test
    void aReportBeforeTheRevisionCountsForTheSuccessorThroughEveryRevision() {
        ItemLineage lineage = ItemLineage.of(List.of(succession("02", 2031, "7", "23", MAR),
                succession("02", 2031, "23", "25", JUN)));
        assertThat(lineage.current("02", 2031, "7", JAN)).isEqualTo("25");
        assertThat(lineage.current("02", 2031, "23", Instant.parse("2031-04-01T00:00:00Z"))).isEqualTo("25");
        assertThat(lineage.current("02", 2031, "7", null)).as("no submission time: long ago").isEqualTo("25");
        // other plans are not affected
        assertThat(lineage.current("02", 2032, "7", JAN)).isEqualTo("7");
        assertThat(lineage.current("03", 2031, "7", JAN)).isEqualTo("7");
        assertThat(lineage.current("02", 2031, "8", JAN)).isEqualTo("8");
    }

    @Test
    void aKeyGivenToAnotherItemLaterKeepsThatItemsOwnReports() {
        // 7 moved to 23 in March; in June a new, unrelated item 7 appears and is reported on in September
        ItemLineage lineage = ItemLineage.of(List.of(succession("02", 2031, "7", "23", MAR)));
        assertThat(lineage.current("02", 2031, "7", JAN)).isEqualTo("23");
        assertThat(lineage.current("02", 2031, "7", SEP)).isEqualTo("7");
    }

    @Test
    void aKeyMovedAwayTwiceFollowsTheSuccessionOfItsTime() {
        ItemLineage lineage = ItemLineage.of(List.of(succession("02", 2031, "7", "30", SEP),
                succession("02", 2031, "7", "23", MAR)));
        assertThat(lineage.current("02", 2031, "7", JAN)).isEqualTo("23");
        assertThat(lineage.current("02", 2031, "7", JUN)).isEqualTo("30");
    }

    @Test
    void itemsSwappedBackAndForthDoNotLoop() {
        ItemLineage lineage = ItemLineage.of(List.of(succession("02", 2031, "7", "8", MAR),
                succession("02", 2031, "8", "7", JUN)));
        assertThat(lineage.current("02", 2031, "7", JAN)).isEqualTo("7");
        assertThat(lineage.current("02", 2031, "8", Instant.parse("2031-04-01T00:00:00Z"))).isEqualTo("7");
    }

    private static ItemSuccession succession(String industry, int year, String from, String to, Instant at) {
        return new ItemSuccession(1, 1, industry, year, 1, 1, from, from, 2, 2, to, to, 0.9, true, "admin", at);
    }
}
