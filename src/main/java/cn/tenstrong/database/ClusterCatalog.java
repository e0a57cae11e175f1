package cn.tenstrong.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 库内表与序列: what a database holds outside PostgreSQL's own schemas — every table of every schema with its stored
 * columns (generated columns are computed again on the way in), and every sequence — read from the catalog.
 */
final class ClusterCatalog {

    /** PostgreSQL's first OID for objects a user creates; types below it are built in. */
    private static final int FIRST_USER_OID = 16384;

    private static final String USER_SCHEMA = """
            n.nspname not in ('pg_catalog', 'information_schema') and n.nspname !~ '^pg_(toast|temp_|toast_temp_)'""";

    private ClusterCatalog() {
    }

    record Column(String name, String type, boolean builtInType) {
    }

    record Table(String schema, String name, List<Column> columns) {

        String qualified() {
            return Sql.qualified(schema, name);
        }

        String label() {
            return schema + "." + name;
        }

        /**
         * Binary COPY carries the OIDs of array elements and composite fields, which differ between clusters for the
         * types a migration created; a table with such a column travels as text.
         */
        boolean binary() {
            return columns.stream().allMatch(Column::builtInType);
        }

        String columnList() {
            return columns.isEmpty() ? ""
                    : columns.stream().map(c -> Sql.identifier(c.name())).collect(Collectors.joining(", ", " (", ")"));
        }
    }

    record Sequence(String schema, String name) {

        String qualified() {
            return Sql.qualified(schema, name);
        }
    }

    /** The tables, keyed by schema-qualified name, in schema and name order. */
    static Map<String, Table> tables(Connection c) throws SQLException {
        Map<String, List<Column>> columns = new LinkedHashMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod) as type,
                       a.atttypid < %d as built_in
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                left join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                                        and a.attgenerated = ''
                where c.relkind = 'r' and %s
                order by n.nspname, c.relname, a.attnum""".formatted(FIRST_USER_OID, USER_SCHEMA))) {
            while (rs.next()) {
                String key = rs.getString(1) + "." + rs.getString(2);
                names.putIfAbsent(key, new String[] {rs.getString(1), rs.getString(2)});
                List<Column> list = columns.computeIfAbsent(key, k -> new ArrayList<>());
                if (rs.getString(3) != null) {
                    list.add(new Column(rs.getString(3), rs.getString(4), rs.getBoolean(5)));
                }
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        names.forEach((key, n) -> tables.put(key, new Table(n[0], n[1], List.copyOf(columns.get(key)))));
        return tables;
    }

    static List<Sequence> sequences(Connection c) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select n.nspname, c.relname
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                where c.relkind = 'S' and %s
                order by 1, 2""".formatted(USER_SCHEMA))) {
            while (rs.next()) {
                sequences.add(new Sequence(rs.getString(1), rs.getString(2)));
            }
        }
        return sequences;
    }

    static long rowCount(Connection c, Table table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table.qualified())) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
