package cn.tenstrong.enterprise.persistence;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** PostgreSQL's numeric in base-10000 digits, as the binary COPY sends it (values checked against the server's form). */
class CopyBinaryTest {

    /** The bytes of one numeric field as {@link CopyRows} writes it. */
    private static byte[] field(BigDecimal value) {
        CopyRows rows = new CopyRows(1, 16);
        rows.numeric(value);
        rows.endRow();
        return Arrays.copyOf(rows.bytes(), rows.size());
    }

    /** The same field from the general form (the digits of the plain string), as the former encoder wrote it. */
    private static byte[] general(BigDecimal value) throws IOException {
        List<Short> digits = new ArrayList<>();
        int weight = CopyRows.numericDigits(value.abs(), digits);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(1);
        out.writeInt(8 + 2 * digits.size());
        out.writeShort(digits.size());
        out.writeShort(digits.isEmpty() ? 0 : weight);
        out.writeShort(value.signum() < 0 ? 0x4000 : 0);
        out.writeShort(Math.max(0, value.scale()));
        for (short d : digits) {
            out.writeShort(d);
        }
        return bytes.toByteArray();
    }

    @Test
    void textIsEncodedAsStringGetBytesEncodesIt() {
        String alphabet = "aZ09 ,.（）、；·é€山东省十强产业\uD83D\uDE00\uD840\uDC00";
        SplittableRandom random = new SplittableRandom(3);
        List<String> texts = new ArrayList<>(List.of("", "ASCII only", "一般项目：技术服务", "\uD83D", "a\uDE00b",
                "\uDE00\uD83D", "x\uD83D"));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(s.toString());
        }
        for (String text : texts) {
            CopyRows rows = new CopyRows(1, 8);
            rows.text(text);
            rows.endRow();
            byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] expected = java.nio.ByteBuffer.allocate(6 + utf8.length).putShort((short) 1).putInt(utf8.length)
                    .put(utf8).array();
            assertThat(Arrays.copyOf(rows.bytes(), rows.size())).as(text).isEqualTo(expected);
        }
    }

    @Test
    void numericsAreEncodedAsTheGeneralFormEncodesThem() throws IOException {
        for (String v : List.of("0", "0.00", "-0.5", "1", "10000", "12345.67", "0.0001", "0.00001", "1E+8", "-1E+3",
                "9999999999999999.99", "100000000.0100", "562949953421311", "562949953421312", "-123.456789012345",
                "0.000000000000000001", "123456789012345678901234567890.5")) {
            assertThat(field(new BigDecimal(v))).as(v).isEqualTo(general(new BigDecimal(v)));
        }
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            long unscaled = random.nextLong() >> random.nextInt(64);
            BigDecimal v = BigDecimal.valueOf(unscaled, random.nextInt(-4, 20));
            assertThat(field(v)).as(v.toString()).isEqualTo(general(v));
        }
    }


    private static String encoded(String value) {
        List<Short> digits = new ArrayList<>();
        int weight = CopyRows.numericDigits(new BigDecimal(value), digits);
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
