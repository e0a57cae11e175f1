package cn.tenstrong.enterprise;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Published inside the transaction that changed enterprises; the search index follows after commit. Read the
 * enterprises with {@link #ids()}: a bulk load's consecutive ids travel as {@link IdRange}s (the event is stored once
 * per after-commit listener).
 *
 * @param listed the ids, when not given as ranges ({@code ids} in events stored before the ranges)
 * @param ranges the ids as consecutive ranges, or empty
 */
public record EnterprisesChanged(@JsonAlias("ids") List<Long> listed, List<IdRange> ranges) {

    public EnterprisesChanged {
        listed = listed == null ? List.of() : List.copyOf(listed);
        ranges = ranges == null ? List.of() : List.copyOf(ranges);
    }

    /** @param ids the enterprises created, updated or deleted */
    public EnterprisesChanged(List<Long> ids) {
        this(IdRange.listedOf(ids), IdRange.rangesOf(ids));
    }

    /** The enterprises created, updated or deleted, in the order published. */
    @JsonIgnore
    public List<Long> ids() {
        return ranges.isEmpty() ? listed : IdRange.expand(ranges);
    }
}
