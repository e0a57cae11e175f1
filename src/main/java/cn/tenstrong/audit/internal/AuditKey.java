package cn.tenstrong.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The audit chain's HMAC key (审计密钥). It lives outside the database — in the environment or in an owner-only
 * file — so that someone who can rewrite the audit table cannot recompute the chain's hashes.
 */
final class AuditKey {

    static final int MIN_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final String origin;

    private AuditKey(byte[] bytes, String origin) {
        if (bytes.length < MIN_BYTES) {
            throw new IllegalStateException("审计密钥至少需要 " + MIN_BYTES + " 字节（" + origin + "）");
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
        this.origin = origin;
    }

    /** The configured key, or the key file's (written with a fresh random key, 0600, when it does not exist yet). */
    static AuditKey load(String configured, Path file) {
        if (configured != null && !configured.isBlank()) {
            return new AuditKey(decode(configured.strip(), "platform.audit.key"), "platform.audit.key");
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!Files.exists(file)) {
                create(file);
            }
            return new AuditKey(decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString()),
                    file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取审计密钥文件 " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] bytes = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(bytes);
        Path tmp = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.US_ASCII);
        try {
            // never replace a key another process wrote meanwhile: rows hashed with it would no longer verify
            Files.createLink(file, tmp);
        } catch (FileAlreadyExistsException raced) {
            // the other key wins
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static byte[] decode(String text, String origin) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("审计密钥不是有效的 Base64（" + origin + "）", e);
        }
    }

    Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java runtime", e);
        }
    }

    String origin() {
        return origin;
    }
}
