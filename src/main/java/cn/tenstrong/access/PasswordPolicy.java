package cn.tenstrong.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 口令策略 (等保 2.0 三级): at least 8 characters from at least 3 of the 4 classes upper case,
 * lower case, digits and symbols; not one of the 10,000 most common passwords (compared without case, so
 * Password1 is refused: {@code access/common-passwords.txt}) and not containing the account's username.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    static final String COMMON_PASSWORDS = "access/common-passwords.txt";

    private PasswordPolicy() {
    }

    /** The Chinese reason the password is refused for this account, or empty when it is acceptable. */
    public static Optional<String> violation(String password, String username) {
        Optional<String> shape = violation(password);
        if (shape.isPresent()) {
            return shape;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.strip().length() >= 3
                && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("密码不能包含用户名");
        }
        if (CommonPasswords.SET.contains(lower)) {
            return Optional.of("密码过于常见（属于常见弱口令），请换一个");
        }
        return Optional.empty();
    }

    /** The Chinese reason the password's shape (length, character classes) is refused, or empty. */
    public static Optional<String> violation(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("密码长度至少为" + MIN_LENGTH + "位");
        }
        if (password.length() > 128) {
            return Optional.of("密码长度不能超过128位");
        }
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!Character.isWhitespace(c)) {
                other = true;
            }
        }
        int classes = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        if (classes < 3) {
            return Optional.of("密码须包含大写字母、小写字母、数字、特殊字符中的至少三类");
        }
        return Optional.empty();
    }

    /** The list, read once on first use (an immutable holder, not mutable state). */
    private static final class CommonPasswords {

        static final Set<String> SET = load();

        private static Set<String> load() {
            try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
                if (in == null) {
                    throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#"))
                        .map(l -> l.strip().toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
