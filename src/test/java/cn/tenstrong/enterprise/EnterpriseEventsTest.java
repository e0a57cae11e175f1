package cn.tenstrong.enterprise;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enterprise change events as the event publication registry stores them (one copy per after-commit listener):
 * a bulk load's consecutive ids as ranges, a small change's ids as a list, and both read back as the same ids.
 */
class EnterpriseEventsTest extends IntegrationTest {

    @Autowired
    EventSerializer serializer;

    private <T> T roundTrip(Object event, Class<T> type) {
        return serializer.deserialize(serializer.serialize(event), type);
    }

    @Test
    void aBulkLoadsConsecutiveIdsAreStoredAsRangesAndReadBackInOrder() {
        List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1_000_001, 1_020_000).boxed().toList());
        ids.addAll(LongStream.rangeClosed(2_000_000, 2_029_999).boxed().toList()); // another load took ids between
        ids.add(17L); // an updated enterprise
        EnterprisesChanged changed = new EnterprisesChanged(ids);

        String stored = serializer.serialize(changed).toString();
        assertThat(stored).hasSizeLessThan(300).contains("\"ranges\"").contains("1000001").contains("30000");
        EnterprisesChanged read = roundTrip(changed, EnterprisesChanged.class);
        assertThat(read.ids()).hasSize(50_001).isEqualTo(ids);
        assertThat(read.ids().get(20_000)).isEqualTo(2_000_000L);
        assertThat(read.ids().subList(49_999, 50_001)).containsExactly(2_029_999L, 17L);
        assertThat(read).isEqualTo(changed);

        EnterprisesIndexed indexed = new EnterprisesIndexed(read.listed(), read.ranges());
        assertThat(serializer.serialize(indexed).toString()).hasSizeLessThan(300);
        assertThat(roundTrip(indexed, EnterprisesIndexed.class).ids()).isEqualTo(ids);
    }

    @Test
    void aSmallOrScatteredChangeListsItsIds() {
        EnterprisesChanged small = new EnterprisesChanged(List.of(5L, 7L));
        assertThat(serializer.serialize(small).toString()).contains("[5,7]");
        assertThat(roundTrip(small, EnterprisesChanged.class).ids()).containsExactly(5L, 7L);

        // every other id: ranges would be no shorter than the list
        List<Long> scattered = LongStream.range(0, 20_000).map(i -> i * 2).boxed().toList();
        EnterprisesChanged many = new EnterprisesChanged(scattered);
        assertThat(many.ranges()).isEmpty();
        assertThat(roundTrip(many, EnterprisesChanged.class).ids()).isEqualTo(scattered);
    }

    @Test
    void anEventStoredBeforeTheRangesIsReadAsItsIds() {
        // an incomplete publication written by the former event, taken up again after an upgrade
        assertThat(serializer.deserialize("{\"ids\":[3,4,9]}", EnterprisesChanged.class).ids())
                .containsExactly(3L, 4L, 9L);
        assertThat(serializer.deserialize("{\"ids\":[3]}", EnterprisesIndexed.class).ids()).containsExactly(3L);
    }
}
