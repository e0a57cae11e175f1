package cn.tenstrong.enterprise.internal;

import java.util.ArrayList;
import java.util.List;

import cn.tenstrong.enterprise.EnterpriseImportException;
import cn.tenstrong.enterprise.ImportError;
import cn.tenstrong.enterprise.persistence.DeferredKeyDuplicated;

/**
 * 重复行 (the rows behind a deferred unique key's duplicate): a load that built its unique keys after the copies
 * names the rows as the row-by-row key would have — the later of two rows of the load, or the load's row whose USCC
 * another enterprise got meanwhile.
 */
final class DuplicateRows {

    private DuplicateRows() {
    }

    /**
     * The import error for a duplicate among the load's enterprises.
     *
     * @param ids        the load's enterprise ids by position
     * @param rowNumbers the file row of each position
     * @param loaded     how many positions are filled
     */
    static EnterpriseImportException of(DeferredKeyDuplicated e, long[] ids, int[] rowNumbers, int loaded) {
        List<Integer> rows = new ArrayList<>();
        for (long holder : e.enterpriseIds()) {
            int row = rowOf(holder, ids, rowNumbers, loaded);
            if (row > 0) {
                rows.add(row);
            }
        }
        rows.sort(null);
        boolean uscc = "uscc".equals(e.columns());
        String column = uscc ? ImportColumns.USCC.header : "数据";
        String value = e.value() == null ? "" : "“" + e.value() + "”";
        if (!uscc) {
            // two placements of one enterprise on one segment: the load's own fault, not the file's
            return new EnterpriseImportException(List.of(new ImportError(rows.isEmpty() ? 0 : rows.get(0), column,
                    "自动挂链结果重复" + value + "，未导入任何数据")));
        }
        if (rows.size() >= 2) {
            return new EnterpriseImportException(List.of(new ImportError(rows.get(1), column,
                    value + "与第" + rows.get(0) + "行重复")));
        }
        return new EnterpriseImportException(List.of(new ImportError(rows.isEmpty() ? 0 : rows.get(0), column,
                value + "已被库中另一家企业使用（可能有另一次导入同时写入），请核对后重新导入")));
    }

    private static int rowOf(long id, long[] ids, int[] rowNumbers, int loaded) {
        for (int i = 0; i < loaded; i++) {
            if (ids[i] == id) {
                return rowNumbers == null ? 0 : rowNumbers[i];
            }
        }
        return 0;
    }
}
