package cn.tenstrong.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * 数据目录升级: a data directory that an earlier release wrote ({@code <data-dir>/pg} of an older PostgreSQL major)
 * becomes this release's, on the first start, before anything else opens it. The old server (shipped for this, see
 * {@link LegacyBinaries}) brings the old database to this release's schema, as any start of this release would; a new
 * cluster is built next to it ({@code pg-upgrade}) with the same database, roles and migrations; every row is copied
 * across ({@link DataCopy}) and counted on both sides. Only then are the directories switched: the old one is kept as
 * {@code pg-<major>-backup-<time>} and the new one becomes {@code pg}. Until the switch {@code pg} is not renamed,
 * written by nothing but the migrations, and a failure leaves it in place for the next attempt.
 *
 * <p>The switch is two renames; a marker file written before them lets a start after a crash between the two finish
 * the second instead of taking the missing {@code pg} for a new installation.
 */
final class LegacyClusterUpgrade {

    private static final Logger log = LoggerFactory.getLogger(LegacyClusterUpgrade.class);
    private static final DateTimeFormatter BACKUP_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DatabaseProperties properties;
    private final PlatformFlyway flyway;

    LegacyClusterUpgrade(DatabaseProperties properties, PlatformFlyway flyway) {
        this.properties = properties;
        this.flyway = flyway;
    }

    /** The result of an upgrade: where the old directory was kept, and what was copied. */
    record Upgraded(Path backup, int tables, long rows, double seconds, double copySeconds) {
    }

    /**
     * Upgrades {@code <dataDir>/pg} when an older PostgreSQL major wrote it and this release ships that major's
     * server; finishes a switch a crash interrupted. Called with the data directory's lock held.
     *
     * @return the upgrade done, empty when there was nothing to upgrade
     * @throws DataDirectoryUpgradeException when the upgrade cannot run here (nothing touched) or failed before the
     *                                       switch ({@code pg} in place, at this release's schema, the new cluster
     *                                       removed) or during it (marked, so that the next start finishes it)
     */
    Optional<Upgraded> upgradeIfNeeded(Path dataDir) throws IOException {
        Path pg = dataDir.resolve("pg");
        Path staging = dataDir.resolve("pg-upgrade");
        Path complete = dataDir.resolve("pg-upgrade.complete");
        finishInterruptedSwitch(pg, staging, complete);
        Path version = pg.resolve("PG_VERSION");
        if (!Files.exists(version)) {
            return Optional.empty();
        }
        String major = Files.readString(version, StandardCharsets.US_ASCII).trim();
        Optional<LegacyBinaries> legacy = LegacyBinaries.forMajor(major);
        if (legacy.isEmpty()) {
            return Optional.empty();
        }
        legacy.get().refuseUnlessRunnableHere(pg);
        log.info("数据目录 {} 由 PostgreSQL {} 写成，开始升级到本版本内嵌的 PostgreSQL（首次启动执行一次）", pg, major);
        long started = System.nanoTime();
        Built built;
        try {
            built = build(legacy.get(), pg, staging, complete);
        } catch (IOException | SQLException | RuntimeException e) {
            deleteQuietly(staging);
            throw new DataDirectoryUpgradeException(("数据目录 %s 从 PostgreSQL %s 升级失败，原数据目录未切换、数据未丢失。"
                    + "原因：%s").formatted(pg, major, reason(e)),
                    "按上述原因处理后重新启动，即从头再次升级（%s 仍是 PostgreSQL %s 的数据目录，已按本版本的迁移脚本更新结构）。"
                            .formatted(pg, major), e);
        }
        Path backup = dataDir.resolve("pg-" + major + "-backup-" + LocalDateTime.now().format(BACKUP_TIME));
        try {
            switchDirectories(dataDir, pg, staging, backup, complete);
        } catch (IOException | RuntimeException e) {
            // the new cluster is complete and marked: the next start finishes the switch, nothing is deleted here
            throw new DataDirectoryUpgradeException(("数据目录 %s 已升级完成，但切换目录时失败（%s 改名为 %s，%s 改名为 %s）。"
                    + "原因：%s").formatted(pg, pg, backup, staging, pg, reason(e)),
                    "排除原因（如目录权限）后重新启动即可完成切换，数据不会丢失；切勿删除 %s。".formatted(staging), e);
        }
        long rows = built.copied().stream().mapToLong(DataCopy.CopiedTable::rows).sum();
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("数据目录已从 PostgreSQL {} 升级完成：{} 张表，{} 行，数据库 {} MB，用时 {} 秒（其中复制、核对行数与统计 {} 秒）。"
                        + "旧数据目录保留在 {}，确认平台运行正常后可删除（rm -rf）以释放空间",
                major, built.copied().size(), rows, String.format("%.1f", built.databaseBytes() / 1048576.0),
                String.format("%.1f", seconds), String.format("%.1f", built.copySeconds()), backup);
        return Optional.of(new Upgraded(backup, built.copied().size(), rows, seconds, built.copySeconds()));
    }

    /** The new cluster, complete, stopped and on disk, with what went into it. */
    private record Built(List<DataCopy.CopiedTable> copied, long databaseBytes, double copySeconds) {
    }

    private Built build(LegacyBinaries legacy, Path pg, Path staging, Path complete) throws IOException, SQLException {
        // a postmaster or a half-built cluster left by an attempt that was killed is started again from scratch
        OrphanedPostmaster.stopIfRunning(staging);
        FileSystemUtils.deleteRecursively(staging);
        Files.deleteIfExists(complete);
        String database = properties.embeddedDatabaseName();
        Built built;
        try (UpgradeServer old = UpgradeServer.start(pg, legacy, properties, true)) {
            DataSource oldDatabase = prepare(old, database);
            String schema = flyway.migrate(oldDatabase);
            long databaseBytes;
            try (Connection from = oldDatabase.getConnection()) {
                databaseBytes = databaseSize(from);
            }
            requireRoom(pg, databaseBytes);
            try (UpgradeServer fresh = UpgradeServer.start(staging, null, properties, false)) {
                PlatformDatabase.createIfMissing(fresh.server(), database);
                try (Connection from = old.server().getConnection(); Connection to = fresh.server().getConnection()) {
                    RoleCopy.copy(from, to);
                }
                ApplicationRole.ensure(fresh.database(database), properties.appRole());
                String freshSchema = flyway.migrate(fresh.database(database));
                if (!freshSchema.equals(schema)) {
                    throw new IllegalStateException("新旧库迁移到的版本不同：旧库 " + schema + "，新库 " + freshSchema);
                }
                try (Connection from = oldDatabase.getConnection();
                     Connection to = fresh.database(database).getConnection()) {
                    long copyStarted = System.nanoTime();
                    List<DataCopy.CopiedTable> copied = DataCopy.copy(from, to);
                    RowCounts.verify(from, to);
                    try (var analyze = to.createStatement()) {
                        analyze.execute("analyze");
                    }
                    built = new Built(copied, databaseBytes, (System.nanoTime() - copyStarted) / 1e9);
                }
                fresh.stop();
            }
            old.stop();
        }
        DirectorySync.force(staging);
        return built;
    }

    /**
     * The new cluster takes the old one's place: a marker first (durable), then two renames on one file system. A crash
     * after the marker is finished by the next start ({@link #finishInterruptedSwitch}).
     */
    private static void switchDirectories(Path dataDir, Path pg, Path staging, Path backup, Path complete)
            throws IOException {
        Files.writeString(complete, "PostgreSQL → " + staging + "\n");
        try (FileChannel channel = FileChannel.open(complete, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        DirectorySync.forceDirectory(dataDir);
        Files.move(pg, backup, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staging, pg, StandardCopyOption.ATOMIC_MOVE);
        DirectorySync.forceDirectory(dataDir);
        Files.delete(complete);
    }

    /** The new cluster needs about the old database's size again (its tables and indexes, without the old WAL). */
    private static void requireRoom(Path pg, long databaseBytes) throws IOException {
        long usable = Files.getFileStore(pg).getUsableSpace();
        long needed = databaseBytes + databaseBytes / 5 + 256L * 1024 * 1024;
        if (usable < needed) {
            throw new IllegalStateException("磁盘空间不足：升级需在 %s 旁新建数据目录，约需 %d MB，可用 %d MB；请先释放空间"
                    .formatted(pg, needed / 1048576, usable / 1048576));
        }
    }

    /** The old cluster as the platform's start would leave it: its database and application login present. */
    private DataSource prepare(UpgradeServer old, String database) throws SQLException {
        PlatformDatabase.createIfMissing(old.server(), database);
        DataSource owner = old.database(database);
        ApplicationRole.ensure(owner, properties.appRole());
        return owner;
    }

    /**
     * A crash between the switch's two renames leaves no {@code pg}, the completed new cluster and the marker: the
     * second rename is done now. A marker with {@code pg} still in place is stale (the copy is redone), and one after
     * both renames is only left to delete.
     */
    private static void finishInterruptedSwitch(Path pg, Path staging, Path complete) throws IOException {
        if (!Files.exists(complete)) {
            return;
        }
        if (!Files.exists(pg) && Files.exists(staging.resolve("PG_VERSION"))) {
            log.warn("上次数据目录升级在切换目录时中断，现完成切换：{} → {}", staging, pg);
            Files.move(staging, pg, StandardCopyOption.ATOMIC_MOVE);
            DirectorySync.forceDirectory(pg.getParent());
        }
        Files.delete(complete);
    }

    private static long databaseSize(Connection c) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery("select pg_database_size(current_database())")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static void deleteQuietly(Path directory) {
        try {
            OrphanedPostmaster.stopIfRunning(directory);
            FileSystemUtils.deleteRecursively(directory);
        } catch (IOException | RuntimeException e) {
            log.warn("Removing the unfinished upgrade directory {}: {}", directory, e.getMessage());
        }
    }
}
