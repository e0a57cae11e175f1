package cn.tenstrong.enterprise;

import java.util.List;

/**
 * The search index now holds these enterprises as committed (published by the index's after-commit update, in its
 * own transaction). Whoever counts through {@link EnterpriseLibrary#search} reacts to this rather than to
 * {@link EnterprisesChanged}, which arrives before the index has followed.
 *
 * @param ids the enterprises created, updated or deleted
 */
public record EnterprisesIndexed(List<Long> ids) {

    public EnterprisesIndexed {
        ids = List.copyOf(ids);
    }
}
