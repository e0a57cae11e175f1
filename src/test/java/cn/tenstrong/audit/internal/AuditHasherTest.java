package cn.tenstrong.audit.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditHasherTest {

    private static final Instant AT = Instant.parse("2026-11-26T08:00:00.123456Z");

    @Test
    void sameContentSameHash() {
        assertThat(hash("admin", "{\"a\":1}")).isEqualTo(hash("admin", "{\"a\":1}")).hasSize(64);
    }

    @Test
    void anyChangedFieldChangesTheHash() {
        assertThat(hash("admin", "{\"a\":1}")).isNotEqualTo(hash("admin", "{\"a\":2}"))
                .isNotEqualTo(hash("admin2", "{\"a\":1}"));
    }

    @Test
    void movingTextBetweenFieldsChangesTheHash() {
        String one = AuditHasher.hash(AuditHasher.GENESIS, 1, AT, "ab", "c", "t", null, null, null, null);
        String two = AuditHasher.hash(AuditHasher.GENESIS, 1, AT, "a", "bc", "t", null, null, null, null);
        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void nullDiffersFromEmpty() {
        String withNull = AuditHasher.hash(AuditHasher.GENESIS, 1, AT, "a", "b", "t", null, null, null, null);
        String withEmpty = AuditHasher.hash(AuditHasher.GENESIS, 1, AT, "a", "b", "t", "", null, null, null);
        assertThat(withNull).isNotEqualTo(withEmpty);
    }

    private static String hash(String actor, String after) {
        return AuditHasher.hash(AuditHasher.GENESIS, 7, AT, actor, "UPDATE", "org.organization", "3", null, after, "127.0.0.1");
    }
}
