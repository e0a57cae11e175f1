package cn.tenstrong.enterprise.persistence;

import java.util.List;

/**
 * 唯一键重复 (a deferred unique key found a value twice when it was built again): the load that deferred it names the
 * rows from {@code enterpriseIds}, the stored enterprises holding the value (its own rows among them).
 *
 * @param columns the key's columns as the database names them ({@code uscc}; null when the message had none)
 * @param value   the duplicated value (null when the message had none)
 */
public final class DeferredKeyDuplicated extends RuntimeException {

    private final String columns;
    private final String value;
    private final List<Long> enterpriseIds;

    DeferredKeyDuplicated(String columns, String value, List<Long> enterpriseIds, Throwable cause) {
        super("deferred unique key duplicated: " + columns + " = " + value, cause);
        this.columns = columns;
        this.value = value;
        this.enterpriseIds = List.copyOf(enterpriseIds);
    }

    public String columns() {
        return columns;
    }

    public String value() {
        return value;
    }

    public List<Long> enterpriseIds() {
        return enterpriseIds;
    }
}
