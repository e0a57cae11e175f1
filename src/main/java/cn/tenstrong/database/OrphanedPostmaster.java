package cn.tenstrong.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A postmaster left running on our data directory by a JVM that died without its shutdown hook
 * (kill -9). It must be stopped before a new one can start; SIGTERM is PostgreSQL's smart shutdown,
 * which checkpoints, so nothing committed is lost. Called only by a process holding the data directory's lock, so the
 * postmaster cannot belong to a live platform.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path pgDirectory) throws IOException {
        Path pidFile = pgDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            throw new IOException("无法读取数据库进程文件 " + pidFile, e);
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier process", pid, pgDirectory);
        ProcessHandle handle = process.get();
        handle.destroy();
        try {
            handle.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("数据库旧进程 " + pid + " 未能在 60 秒内停止", e);
        }
    }
}
