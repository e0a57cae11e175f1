package cn.tenstrong.access;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void refusesShortPasswords() {
        assertThat(PasswordPolicy.violation("Ab1#xyz")).contains("密码长度至少为8位");
        assertThat(PasswordPolicy.violation(null)).isPresent();
    }

    @Test
    void needsThreeOfFourClasses() {
        assertThat(PasswordPolicy.violation("abcdefgh1")).contains("密码须包含大写字母、小写字母、数字、特殊字符中的至少三类");
        assertThat(PasswordPolicy.violation("ABCDEFGH#")).isPresent();
        assertThat(PasswordPolicy.violation("abcdefG1")).isEmpty();
        assertThat(PasswordPolicy.violation("abcdefg#1")).isEmpty();
        assertThat(PasswordPolicy.violation("ABCDEFG#1")).isEmpty();
    }

    @Test
    void spacesDoNotCountAsSymbols() {
        assertThat(PasswordPolicy.violation("abcd efgh1")).isPresent();
    }
}
