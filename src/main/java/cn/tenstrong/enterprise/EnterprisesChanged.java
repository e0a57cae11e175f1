package cn.tenstrong.enterprise;

import java.util.List;

/**
 * Published inside the transaction that changed enterprises; the search index follows after commit.
 *
 * @param ids the enterprises created, updated or deleted
 */
public record EnterprisesChanged(List<Long> ids) {

    public EnterprisesChanged {
        ids = List.copyOf(ids);
    }
}
