package cn.tenstrong.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The audit chain's head, anchored outside the database (审计检查点): the sequence number and hash of the newest
 * committed row, MAC'd with the audit key, written after every committing transaction that appended to the log
 * (temporary file, fsync, rename; the two previous checkpoints are kept as {@code .1} and {@code .2}). Deleting the
 * newest rows of the log cannot be detected from the rows that remain; it is detected because the anchored row is
 * gone or different.
 */
final class AuditCheckpoint {

    /** A stored head: the newest row this process saw committed. */
    record Head(long sequence, String hash, Instant writtenAt) {
    }

    /** What a checkpoint file says, or why it cannot be trusted. */
    record Reading(Optional<Head> head, String problem) {
    }

    private static final int KEPT = 2;

    private final Path file;
    private final AuditKey key;
    private long lastWritten = -1;

    AuditCheckpoint(Path file, AuditKey key) {
        this.file = file.toAbsolutePath().normalize();
        this.key = key;
    }

    /** Writes the head unless a newer one was written already (transactions commit in any order). */
    synchronized void advance(long sequence, String hash) {
        if (sequence <= lastWritten) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Instant now = Instant.now();
            String body = "sequence=" + sequence + "\nhash=" + hash + "\nwritten=" + now + "\nmac="
                    + mac(sequence, hash, now) + "\n";
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(ByteBuffer.wrap(body.getBytes(StandardCharsets.US_ASCII)));
                ch.force(true);
            }
            for (int i = KEPT; i >= 1; i--) {
                Path older = rotated(i - 1);
                if (Files.exists(older)) {
                    Files.move(older, rotated(i), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory();
            lastWritten = sequence;
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入审计检查点 " + file, e);
        }
    }

    /**
     * The newest trustworthy checkpoint: the current file, or (when a crash interrupted a rotation) the newest kept
     * one. A file whose MAC does not match was forged or damaged: that is reported, not skipped.
     */
    synchronized Reading read() {
        for (int i = 0; i <= KEPT; i++) {
            Path p = rotated(i);
            Map<String, String> fields;
            try {
                fields = parse(Files.readString(p, StandardCharsets.US_ASCII));
            } catch (NoSuchFileException missing) {
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException("无法读取审计检查点 " + p, e);
            }
            try {
                long sequence = Long.parseLong(fields.getOrDefault("sequence", ""));
                String hash = fields.getOrDefault("hash", "");
                Instant written = Instant.parse(fields.getOrDefault("written", ""));
                if (!mac(sequence, hash, written).equals(fields.get("mac"))) {
                    return new Reading(Optional.empty(), "审计检查点 " + p.getFileName() + " 的校验码不符（被改写或损坏）");
                }
                return new Reading(Optional.of(new Head(sequence, hash, written)), null);
            } catch (RuntimeException unreadable) {
                return new Reading(Optional.empty(), "审计检查点 " + p.getFileName() + " 无法解析（被改写或损坏）");
            }
        }
        return new Reading(Optional.empty(), null);
    }

    Path file() {
        return file;
    }

    private Path rotated(int i) {
        return i == 0 ? file : file.resolveSibling(file.getFileName() + "." + i);
    }

    private String mac(long sequence, String hash, Instant written) {
        var mac = key.mac();
        mac.update(("audit-checkpoint|" + sequence + "|" + hash + "|" + written).getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(mac.doFinal());
    }

    private static Map<String, String> parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                fields.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return fields;
    }

    private void syncDirectory() {
        try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // some file systems cannot fsync a directory; the rename itself is atomic
        }
    }
}
