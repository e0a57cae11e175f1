package cn.tenstrong.enterprise.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** PostgreSQL's numeric in base-10000 digits, as the binary COPY sends it (values checked against the server's form). */
class CopyBinaryTest {

    private static String encoded(String value) {
        List<Short> digits = new ArrayList<>();
        int weight = CopyBinary.numericDigits(new BigDecimal(value), digits);
        return digits.isEmpty() ? "[]" : weight + " " + digits;
    }

    @Test
    void numericDigitsAndWeightAsPostgresqlStoresThem() {
        assertThat(encoded("0")).isEqualTo("[]");
        assertThat(encoded("0.00")).isEqualTo("[]");
        assertThat(encoded("1")).isEqualTo("0 [1]");
        assertThat(encoded("10000")).isEqualTo("1 [1]");
        assertThat(encoded("12345.67")).isEqualTo("1 [1, 2345, 6700]");
        assertThat(encoded("0.5")).isEqualTo("-1 [5000]");
        assertThat(encoded("0.0001")).isEqualTo("-1 [1]");
        assertThat(encoded("0.00001")).isEqualTo("-2 [1000]");
        assertThat(encoded("1E+8")).isEqualTo("2 [1]");
        assertThat(encoded("9999999999999999.99")).isEqualTo("3 [9999, 9999, 9999, 9999, 9900]");
        assertThat(encoded("100000000.0100")).isEqualTo("2 [1, 0, 0, 100]");
    }
}
