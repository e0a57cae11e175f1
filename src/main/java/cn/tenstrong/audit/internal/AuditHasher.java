package cn.tenstrong.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Consumer;

import javax.crypto.Mac;

/**
 * The hash of one audit row over the previous hash and the row's fields, unambiguously delimited: keyed
 * (HMAC-SHA256 with the {@link AuditKey}) for every row written since the key was introduced, plain SHA-256 for the
 * rows written before.
 */
final class AuditHasher {

    static final String GENESIS = "0".repeat(64);

    private AuditHasher() {
    }

    static String hash(String prevHash, long id, Instant occurredAt, String actor, String action, String entityType,
                       String entityId, String before, String after, String remoteAddress) {
        MessageDigest sha = sha256();
        feed(sha::update, prevHash, id, occurredAt, actor, action, entityType, entityId, before, after, remoteAddress);
        return HexFormat.of().formatHex(sha.digest());
    }

    static String keyedHash(AuditKey key, String prevHash, long id, Instant occurredAt, String actor, String action,
                            String entityType, String entityId, String before, String after, String remoteAddress) {
        Mac mac = key.mac();
        feed(mac::update, prevHash, id, occurredAt, actor, action, entityType, entityId, before, after, remoteAddress);
        return HexFormat.of().formatHex(mac.doFinal());
    }

    private static void feed(Consumer<byte[]> sink, String prevHash, long id, Instant occurredAt, String actor,
                             String action, String entityType, String entityId, String before, String after,
                             String remoteAddress) {
        for (String field : new String[]{prevHash, Long.toString(id), occurredAt.toString(), actor, action, entityType,
                entityId, before, after, remoteAddress}) {
            // length-prefix each field so that moving text between fields changes the hash
            byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            sink.accept(Integer.toString(field == null ? -1 : bytes.length).getBytes(StandardCharsets.US_ASCII));
            sink.accept(new byte[]{':'});
            sink.accept(bytes);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
