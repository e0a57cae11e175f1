package cn.tenstrong.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 升级用数据库进程: one of the two servers of a data-directory upgrade (the old major on the old directory, this
 * release's on the new one), on a free local port, with the platform's bulk-load settings. Stopping one waits until
 * its postmaster has gone, since the directories are renamed right after: zonky's own stop gives up after 5 s, and a
 * shutdown after a large copy may take longer.
 */
final class UpgradeServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UpgradeServer.class);
    private static final Duration STOP_WAIT = Duration.ofMinutes(10);

    private final EmbeddedPostgres postgres;
    private final Path directory;
    private boolean stopped;

    private UpgradeServer(EmbeddedPostgres postgres, Path directory) {
        this.postgres = postgres;
        this.directory = directory;
    }

    /**
     * @param binaries the old major's server, or null for this release's
     * @param durable  fsync on: the old directory holds the only copy of the data; the new one is synced as a whole
     *                 before it replaces the old (cheaper than syncing every write of the copy), and its copy writes
     *                 no WAL
     */
    static UpgradeServer start(Path directory, PgBinaryResolver binaries, DatabaseProperties properties,
                               boolean durable) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (binaries != null) {
            builder.setPgBinaryResolver(binaries);
        }
        properties.embeddedSettings().forEach(builder::setServerConfig);
        if (!durable) {
            // COPY into a table emptied in the same transaction then writes no WAL: the new cluster is built in one
            // transaction and synced as a whole afterwards; the platform's own start goes back to the default level
            builder.setServerConfig("wal_level", "minimal").setServerConfig("max_wal_senders", "0");
        }
        EmbeddedPostgres postgres = builder
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(properties.embeddedStartupWait())
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("full_page_writes", durable ? "on" : "off")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "20")
                .setRegisterShutdownHook(false)
                .start();
        return new UpgradeServer(postgres, directory);
    }

    /** The {@code postgres} database, as the bootstrap superuser. */
    DataSource server() {
        return postgres.getPostgresDatabase();
    }

    /** The named database, as the bootstrap superuser (the owner of the platform's schema). */
    DataSource database(String name) {
        return postgres.getDatabase(EmbeddedDatabaseConfiguration.OWNER, name);
    }

    /** Checkpoints, stops, and returns once the postmaster has exited. */
    void stop() throws IOException {
        if (stopped) {
            return;
        }
        try (Connection c = server().getConnection(); Statement s = c.createStatement()) {
            // the shutdown checkpoint then has little left to write
            s.execute("checkpoint");
        } catch (SQLException e) {
            throw new IOException("数据库检查点失败（" + directory + "）：" + e.getMessage(), e);
        }
        postgres.close();
        stopped = true;
        awaitExit(directory);
    }

    /** Stops without the checkpoint, for the failure path; never throws. */
    @Override
    public void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            postgres.close();
            awaitExit(directory);
        } catch (IOException | RuntimeException e) {
            log.warn("Stopping the upgrade's PostgreSQL on {}: {}", directory, e.getMessage());
        }
    }

    private static boolean postmasterAlive(Path pidFile) {
        try {
            String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            return ProcessHandle.of(Long.parseLong(first)).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            // removed or half-written meanwhile: look again
            return true;
        }
    }

    private static void awaitExit(Path directory) throws IOException {
        Path pid = directory.resolve("postmaster.pid");
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        while (Files.exists(pid)) {
            if (!postmasterAlive(pid)) {
                // gone without removing its file: nothing is running on the directory any more
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("数据库进程未能在 " + STOP_WAIT.toMinutes() + " 分钟内停止（" + directory + "）");
            }
            try {
                TimeUnit.MILLISECONDS.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("等待数据库进程停止时被中断", e);
            }
        }
    }
}
