package cn.tenstrong.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.LoggerFactory;

/**
 * 数据目录锁: an exclusive operating-system lock on {@code <data-dir>/platform.lock}, held for the life of the process
 * that owns the directory (the platform, or a command-line verb that opens its database). The operating system drops
 * the lock when the process dies, even by kill -9, so a lock that can be taken means no live owner: only then may a
 * PostgreSQL still running on the directory be treated as an orphan. The file names the holder (pid, port, command,
 * start time) for the refusal message of whoever comes second.
 *
 * <p>The file is never deleted (a process could otherwise lock an unlinked file while another creates a new one),
 * and the holder never opens it twice: on Linux, closing any descriptor of a file drops the process's lock on it.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE_NAME = "platform.lock";

    /** Directories this JVM holds, so a second context in the same JVM is refused without touching the file. */
    private static final Map<Path, DataDirectoryLock> HELD = new ConcurrentHashMap<>();

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;
    /** What the file says about this process (pid, then the port once the server listens). */
    private volatile LockHolder self;

    private DataDirectoryLock(Path directory, FileChannel channel, FileLock lock, LockHolder self) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
        this.self = self;
    }

    /**
     * Takes the lock, or refuses at once.
     *
     * @throws DataDirectoryInUseException when another live process (or this one) owns the directory
     */
    static DataDirectoryLock acquire(Path dataDir) {
        Path directory = dataDir.toAbsolutePath().normalize();
        DataDirectoryLock mine = HELD.get(directory);
        if (mine != null) {
            throw new DataDirectoryInUseException(directory, mine.self);
        }
        try {
            Files.createDirectories(directory);
            FileChannel channel = FileChannel.open(directory.resolve(FILE_NAME), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                LockHolder holder = readHolder(channel);
                channel.close();
                throw new DataDirectoryInUseException(directory, holder);
            }
            LockHolder self = new LockHolder(ProcessHandle.current().pid(), null, command(),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS));
            DataDirectoryLock acquired = new DataDirectoryLock(directory, channel, lock, self);
            acquired.write(self);
            HELD.put(directory, acquired);
            return acquired;
        } catch (IOException e) {
            throw new UncheckedIOException("无法锁定数据目录 " + directory + "：" + e.getMessage(), e);
        }
    }

    Path directory() {
        return directory;
    }

    /** Whether this lock is held and guards the given data directory. */
    boolean guards(Path dataDir) {
        return lock.isValid() && directory.equals(dataDir.toAbsolutePath().normalize());
    }

    /** Records the web server's port once it listens, so a refused second start can name it. */
    synchronized void recordPort(int port) {
        if (lock.isValid()) {
            self = new LockHolder(self.pid(), port, self.command(), self.since());
            write(self);
        }
    }

    /** Releases the lock; the platform calls it after everything else, the embedded PostgreSQL included, has stopped. */
    @Override
    public synchronized void close() {
        if (!channel.isOpen()) {
            return;
        }
        try {
            channel.truncate(0);
            lock.release();
            channel.close();
        } catch (IOException e) {
            // looked up here, not held in a field: the launcher's probe runs before the logging system is set up
            LoggerFactory.getLogger(DataDirectoryLock.class).warn("Releasing the lock on {}: {}", directory, e.getMessage());
        } finally {
            HELD.remove(directory, this);
        }
    }

    private synchronized void write(LockHolder holder) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder.format().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入数据目录锁文件 " + directory.resolve(FILE_NAME), e);
        }
    }

    /** Read through the channel that failed to lock: no second descriptor. A holder that is just starting may not have
     * written yet, so an empty file is read again for up to a second. */
    private static LockHolder readHolder(FileChannel channel) throws IOException {
        for (int attempt = 0; ; attempt++) {
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            int n = channel.read(buffer, 0);
            if (n > 0 || attempt >= 10) {
                return LockHolder.parse(n > 0 ? new String(buffer.array(), 0, n, StandardCharsets.UTF_8) : "");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return LockHolder.parse("");
            }
        }
    }

    /** How the holder was started, without the JVM's class path (sun.java.command: the jar or main class, then args). */
    private static String command() {
        String command = System.getProperty("sun.java.command", "");
        return command.length() > 300 ? command.substring(0, 300) + "…" : command;
    }
}
