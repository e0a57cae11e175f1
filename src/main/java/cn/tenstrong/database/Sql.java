package cn.tenstrong.database;

/**
 * SQL 标识符与字面量: quoting for names read from the catalog (tables, sequences, roles), which DDL and COPY
 * cannot take as bound parameters. Quoted the way PostgreSQL's quote_ident and quote_literal do, with
 * standard_conforming_strings on (the default since 9.1).
 */
final class Sql {

    private Sql() {
    }

    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static String qualified(String schema, String name) {
        return identifier(schema) + "." + identifier(name);
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
