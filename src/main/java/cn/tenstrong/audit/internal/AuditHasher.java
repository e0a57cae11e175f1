package cn.tenstrong.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The hash of one audit row: SHA-256 over the previous hash and the row's fields, unambiguously delimited. */
final class AuditHasher {

    static final String GENESIS = "0".repeat(64);

    private AuditHasher() {
    }

    static String hash(String prevHash, long id, Instant occurredAt, String actor, String action, String entityType,
                       String entityId, String before, String after, String remoteAddress) {
        MessageDigest sha = sha256();
        for (String field : new String[]{prevHash, Long.toString(id), occurredAt.toString(), actor, action, entityType,
                entityId, before, after, remoteAddress}) {
            // length-prefix each field so that moving text between fields changes the hash
            byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            sha.update(Integer.toString(field == null ? -1 : bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
