package cn.tenstrong.database;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * 行数核对: after the copy, every table counted again on both sides, independently of what the copy reported; the old
 * directory is switched away only when all agree.
 */
final class RowCounts {

    private RowCounts() {
    }

    static void verify(Connection from, Connection to) throws SQLException {
        for (ClusterCatalog.Table table : ClusterCatalog.tables(from).values()) {
            long old = ClusterCatalog.rowCount(from, table);
            long fresh = ClusterCatalog.rowCount(to, table);
            if (old != fresh) {
                throw new IllegalStateException("表 %s 行数不一致：旧库 %d 行，新库 %d 行".formatted(table.label(), old, fresh));
            }
        }
    }
}
