package cn.tenstrong.enterprise;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The search index now holds these enterprises as committed (published by the index's after-commit update, in its
 * own transaction). Whoever counts through {@link EnterpriseLibrary#search} reacts to this rather than to
 * {@link EnterprisesChanged}, which arrives before the index has followed. Ids as in {@link EnterprisesChanged}.
 *
 * @param listed the ids, when not given as ranges
 * @param ranges the ids as consecutive ranges, or empty
 */
public record EnterprisesIndexed(@JsonAlias("ids") List<Long> listed, List<IdRange> ranges) {

    public EnterprisesIndexed {
        listed = listed == null ? List.of() : List.copyOf(listed);
        ranges = ranges == null ? List.of() : List.copyOf(ranges);
    }

    /** @param ids the enterprises created, updated or deleted */
    public EnterprisesIndexed(List<Long> ids) {
        this(IdRange.listedOf(ids), IdRange.rangesOf(ids));
    }

    /** The enterprises created, updated or deleted, in the order published. */
    @JsonIgnore
    public List<Long> ids() {
        return ranges.isEmpty() ? listed : IdRange.expand(ranges);
    }
}
