package cn.tenstrong.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.CopyOut;

/**
 * 数据迁移: every row of every table of the old database into the new one, whose schema the same migrations built.
 * The new tables are emptied first (the migrations' reference rows come back from the old database with everything
 * else), and the copy runs with {@code session_replication_role = replica}, so no trigger fires and no foreign key is
 * checked: the rows are the old database's, already checked once, and a trigger would rewrite them (the placements'
 * copied enterprise columns) or refuse them (the audit log's append-only guard refuses even the truncate). Each table
 * streams as binary {@code COPY} from the old server straight into the new one, a message at a time, never a whole
 * table in memory. The sequences then continue where the old ones stood. All of it is one transaction on the new side.
 */
final class DataCopy {

    private DataCopy() {
    }

    record CopiedTable(String table, long rows) {
    }

    /**
     * @param from the old database, as a superuser
     * @param to   the new database, as a superuser, its schema migrated to the same version as the old one
     * @return per table, the rows copied
     * @throws IllegalStateException when the two databases do not hold the same tables with the same columns
     */
    static List<CopiedTable> copy(Connection from, Connection to) throws SQLException {
        Map<String, ClusterCatalog.Table> tables = ClusterCatalog.tables(from);
        requireSameTables(tables, ClusterCatalog.tables(to));
        boolean autoCommit = to.getAutoCommit();
        to.setAutoCommit(false);
        try {
            try (Statement s = to.createStatement()) {
                s.execute("set local session_replication_role = replica");
                if (!tables.isEmpty()) {
                    s.execute("truncate table " + tables.values().stream().map(ClusterCatalog.Table::qualified)
                            .collect(Collectors.joining(", ")));
                }
            }
            CopyManager source = from.unwrap(PGConnection.class).getCopyAPI();
            CopyManager target = to.unwrap(PGConnection.class).getCopyAPI();
            List<CopiedTable> copied = new ArrayList<>();
            for (ClusterCatalog.Table table : tables.values()) {
                copied.add(new CopiedTable(table.label(), copy(table, source, target)));
            }
            copySequences(from, to);
            to.commit();
            return copied;
        } catch (SQLException | RuntimeException e) {
            to.rollback();
            throw e;
        } finally {
            to.setAutoCommit(autoCommit);
        }
    }

    private static long copy(ClusterCatalog.Table table, CopyManager source, CopyManager target) throws SQLException {
        String format = table.binary() ? " with (format binary)" : "";
        CopyOut out = source.copyOut("copy " + table.qualified() + table.columnList() + " to stdout" + format);
        CopyIn in = null;
        try {
            in = target.copyIn("copy " + table.qualified() + table.columnList() + " from stdin" + format);
            byte[] chunk;
            while ((chunk = out.readFromCopy()) != null) {
                in.writeToCopy(chunk, 0, chunk.length);
            }
            long rows = in.endCopy();
            if (rows != out.getHandledRowCount()) {
                throw new IllegalStateException("表 %s 读出 %d 行，写入 %d 行".formatted(table.label(),
                        out.getHandledRowCount(), rows));
            }
            return rows;
        } catch (SQLException | RuntimeException e) {
            if (out.isActive()) {
                out.cancelCopy();
            }
            if (in != null && in.isActive()) {
                in.cancelCopy();
            }
            throw new SQLException("复制表 " + table.label() + " 失败：" + e.getMessage(), e);
        }
    }

    private static void copySequences(Connection from, Connection to) throws SQLException {
        List<ClusterCatalog.Sequence> target = ClusterCatalog.sequences(to);
        try (PreparedStatement setval = to.prepareStatement("select setval(?::regclass, ?, ?)")) {
            for (ClusterCatalog.Sequence sequence : ClusterCatalog.sequences(from)) {
                if (!target.contains(sequence)) {
                    throw new IllegalStateException("新库缺少序列 " + sequence.schema() + "." + sequence.name());
                }
                try (Statement s = from.createStatement();
                     ResultSet rs = s.executeQuery("select last_value, is_called from " + sequence.qualified())) {
                    rs.next();
                    setval.setString(1, sequence.qualified());
                    setval.setLong(2, rs.getLong(1));
                    setval.setBoolean(3, rs.getBoolean(2));
                    setval.execute();
                }
            }
        }
    }

    private static void requireSameTables(Map<String, ClusterCatalog.Table> old, Map<String, ClusterCatalog.Table> fresh) {
        for (ClusterCatalog.Table table : old.values()) {
            ClusterCatalog.Table counterpart = fresh.get(table.label());
            if (counterpart == null) {
                throw new IllegalStateException("旧库中的表 " + table.label() + " 不是本版本的迁移脚本建立的，新库中没有它；"
                        + "请确认该表是否仍需要，导出后删除再启动，或改用外部数据库");
            }
            // the COPY names the columns, so only the set matters, not the order the migrations added them in
            if (!Set.copyOf(counterpart.columns()).equals(Set.copyOf(table.columns()))) {
                throw new IllegalStateException("表 " + table.label() + " 的列在新旧库中不一致：旧库 " + columns(table)
                        + "，新库 " + columns(counterpart));
            }
        }
        for (String label : fresh.keySet()) {
            if (!old.containsKey(label)) {
                throw new IllegalStateException("新库中的表 " + label + " 在旧库中不存在，旧库的结构被迁移脚本以外的操作改动过");
            }
        }
    }

    private static String columns(ClusterCatalog.Table table) {
        return table.columns().stream().map(c -> c.name() + " " + c.type()).collect(Collectors.joining(", ", "(", ")"));
    }
}
