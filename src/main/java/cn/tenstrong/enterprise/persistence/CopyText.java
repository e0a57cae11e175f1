package cn.tenstrong.enterprise.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * One {@code COPY … FROM STDIN} in PostgreSQL's text format, on the connection of the current transaction (so the
 * rows commit or roll back with everything else the import wrote). Values are escaped as the format requires: a
 * backslash, tab, newline or carriage return inside a value would otherwise end a column or a row.
 */
final class CopyText implements AutoCloseable {

    private final DataSource dataSource;
    private final Connection connection;
    private final PGCopyOutputStream out;
    private final Writer writer;
    private boolean firstColumn = true;
    private boolean released;
    private long lines;

    private CopyText(DataSource dataSource, String sql) throws SQLException {
        this.dataSource = dataSource;
        this.connection = DataSourceUtils.getConnection(dataSource);
        try {
            this.out = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 1 << 16);
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw e;
        }
        this.writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out,
                java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
    }

    /** Starts {@code sql} (a {@code COPY table (columns) FROM STDIN}) in the current transaction. */
    static CopyText open(DataSource dataSource, String sql) {
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            // outside a transaction the COPY would commit on its own: an import would no longer be all or nothing
            throw new IllegalStateException("COPY needs a transaction: " + sql);
        }
        try {
            return new CopyText(dataSource, sql);
        } catch (SQLException e) {
            throw new CopyFailedException(e, 0);
        }
    }

    CopyText text(String value) {
        separator();
        if (value == null) {
            write("\\N");
            return this;
        }
        try {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> writer.write("\\\\");
                    case '\t' -> writer.write("\\t");
                    case '\n' -> writer.write("\\n");
                    case '\r' -> writer.write("\\r");
                    default -> writer.write(c);
                }
            }
        } catch (IOException e) {
            throw failure(e);
        }
        return this;
    }

    CopyText number(BigDecimal value) {
        return plain(value == null ? null : value.toPlainString());
    }

    CopyText number(Number value) {
        return plain(value == null ? null : value.toString());
    }

    CopyText date(LocalDate value) {
        return plain(value == null ? null : value.toString());
    }

    CopyText bool(boolean value) {
        return plain(value ? "t" : "f");
    }

    /** A value that needs no escaping (digits, ISO dates, booleans); {@code null} is SQL NULL. */
    private CopyText plain(String value) {
        separator();
        write(value == null ? "\\N" : value);
        return this;
    }

    /** Ends the current row. */
    void endRow() {
        write("\n");
        firstColumn = true;
        lines++;
    }

    /** Ends the COPY; returns the rows PostgreSQL took. A rejected row fails here or on an earlier write. */
    long finish() {
        try {
            writer.flush();
            return out.endCopy();
        } catch (IOException | SQLException e) {
            throw failure(e);
        } finally {
            release();
        }
    }

    /** Abandons an unfinished COPY (the transaction is rolling back anyway). */
    @Override
    public void close() {
        try {
            if (out.isActive()) {
                out.cancelCopy();
            }
        } catch (SQLException e) {
            // the server already ended the COPY with an error: nothing left to cancel
        } finally {
            release();
        }
    }

    /** Once: the transaction's connection holder counts its users. */
    private void release() {
        if (!released) {
            released = true;
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void separator() {
        if (!firstColumn) {
            write("\t");
        }
        firstColumn = false;
    }

    private void write(String s) {
        try {
            writer.write(s);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private RuntimeException failure(Exception e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        if (cause instanceof SQLException sql) {
            return new CopyFailedException(sql, lines);
        }
        return new UncheckedIOException(e instanceof IOException io ? io : new IOException(e));
    }

    /**
     * PostgreSQL refused the COPY (or the statement after it).
     *
     * @param sent rows written when it failed (the server names the failing one in its message)
     */
    static final class CopyFailedException extends RuntimeException {

        final transient SQLException sql;
        final long sent;

        CopyFailedException(SQLException sql, long sent) {
            super(sql.getMessage(), sql);
            this.sql = sql;
            this.sent = sent;
        }
    }
}
