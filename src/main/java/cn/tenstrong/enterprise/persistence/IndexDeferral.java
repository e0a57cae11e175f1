package cn.tenstrong.enterprise.persistence;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.tenstrong.shared.DomainException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 暂缓索引 (a large load's deferred indexes and foreign keys): the secondary indexes and foreign keys of
 * {@code enterprise} and {@code enterprise_placement} are dropped at the start of the load's transaction and built
 * again before its commit, through the owner's functions {@code bulk_load_defer} / {@code bulk_load_restore_next}
 * (migration V2026120351_01: the application's login owns no table). Both run on the connection of the caller's
 * transaction, so a failed load rolls the drop back with its rows; a commit without the restore is refused by the
 * database. Until the transaction ends both tables are locked against every other connection, readers included.
 */
@Repository
public class IndexDeferral {

    /** The tables a load writes; the functions accept no others. */
    private static final List<String> TABLES = List.of("enterprise", "enterprise_placement");

    private static final Pattern KEY = Pattern.compile("Key \\(([^)]*)\\)=\\((.*)\\) is duplicated");

    /** The unique keys a load may defer, by table. */
    public enum UniqueKeys {
        /** The USCC's (enterprise_uscc_key). */
        ENTERPRISE("enterprise"),
        /** The placements' primary key, and their fill-in trigger (enterprise_placement_copies_enterprise). */
        PLACEMENT("enterprise_placement");

        private final String table;

        UniqueKeys(String table) {
            this.table = table;
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    public IndexDeferral(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        // a refused build rolls back to its savepoint, so the load can still ask which rows collide
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Drops the deferrable indexes and foreign keys in the current transaction; returns how many. {@code uniqueKeysOf}:
     * tables whose unique and primary keys no foreign key references go too — only when the load neither looks up
     * nor merges by them (see migration V2026120373_01); a duplicate then fails {@link #restore} with
     * {@link DeferredKeyDuplicated}.
     */
    public int defer(Set<UniqueKeys> uniqueKeysOf) {
        try {
            return jdbc.sql("select bulk_load_defer(:tables, :unique)").param("tables", TABLES.toArray(String[]::new))
                    .param("unique", uniqueKeysOf.stream().map(k -> k.table).sorted().toArray(String[]::new))
                    .query(Integer.class).single();
        } catch (DataAccessException e) {
            if ("55P03".equals(state(e))) {
                throw new DomainException(DomainException.Kind.CONFLICT,
                        "企业表正被其他连接使用，无法暂缓索引（请先停止平台或等待其他导入结束后重试），未导入任何数据", e);
            }
            throw e;
        }
    }

    /**
     * Builds again what {@link #defer} dropped, with {@code maintenanceWorkMemKb} for each index build (set for this
     * transaction only), one object at a time; returns what was built and how long each took (ms), in order. A
     * foreign key's value that the load brought and its reference table lacks fails the load with the column and the
     * value (the load checks what it can before it copies: see {@link #industryCodes}).
     */
    public LinkedHashMap<String, Long> restore(long maintenanceWorkMemKb) {
        jdbc.sql("select set_config('maintenance_work_mem', :m, true)").param("m", maintenanceWorkMemKb + "kB")
                .query(String.class).single();
        LinkedHashMap<String, Long> built = new LinkedHashMap<>();
        try {
            while (true) {
                long start = System.nanoTime();
                String what = savepoint.execute(status -> jdbc.sql("select bulk_load_restore_next()")
                        .query(String.class).optional().orElse(null));
                if (what == null) {
                    return built;
                }
                built.put(what, (System.nanoTime() - start) / 1_000_000);
            }
        } catch (DataAccessException e) {
            if (e.getMostSpecificCause() instanceof SQLException sql && "23503".equals(sql.getSQLState())) {
                throw CopyFailure.of(new CopyBinary.CopyFailedException(sql, 0), line -> 0, key -> 0);
            }
            if (e.getMostSpecificCause() instanceof PSQLException sql && "23505".equals(sql.getSQLState())) {
                throw duplicated(sql);
            }
            throw e;
        }
    }

    /**
     * The key a deferred unique key's build found twice, with the enterprises that hold it (asked after the build
     * rolled back to its savepoint): the USCC's holders, or the enterprise of two placements on one segment.
     */
    private RuntimeException duplicated(PSQLException e) {
        ServerErrorMessage m = e.getServerErrorMessage();
        Matcher key = KEY.matcher(m == null || m.getDetail() == null ? "" : m.getDetail());
        if (m == null || !key.find()) {
            return new DeferredKeyDuplicated(null, null, List.of(), e);
        }
        String columns = key.group(1);
        String value = key.group(2);
        List<Long> holders = switch (m.getTable() == null ? "" : m.getTable() + ":" + columns) {
            case "enterprise:uscc" -> jdbc.sql("select id from enterprise where uscc = :v order by id")
                    .param("v", value).query(Long.class).list();
            case "enterprise_placement:enterprise_id, chain_code, segment_code" ->
                    List.of(Long.parseLong(value.substring(0, value.indexOf(',')).strip()));
            default -> List.of();
        };
        return new DeferredKeyDuplicated(columns, value, holders, e);
    }

    /**
     * The industry codes the enterprise table's foreign key admits: while it is deferred, the load refuses an unknown
     * code itself, by row, before the COPY.
     */
    public Set<String> industryCodes() {
        return new HashSet<>(jdbc.sql("select code from enterprise_industry_class").query(String.class).list());
    }

    private static String state(DataAccessException e) {
        return e.getMostSpecificCause() instanceof SQLException sql ? sql.getSQLState() : null;
    }
}
