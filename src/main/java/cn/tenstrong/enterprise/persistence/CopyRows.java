package cn.tenstrong.enterprise.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * COPY 行编码 (rows in PostgreSQL's binary COPY format, in memory): each value in the wire type of its column
 * ({@code int8}, {@code int4}, {@code int2}, {@code numeric}, {@code date}, {@code timestamptz}, {@code bool}, text as
 * UTF-8), each row led by its field count. Written straight into one growing array, so that a bulk load can encode a
 * slice on another thread while the connection copies the previous one ({@link CopyBinary} then sends the bytes as
 * they are), and a value costs no stream call or object beyond its text's bytes.
 */
public final class CopyRows {

    /** 2000-01-01, PostgreSQL's epoch for dates and timestamps. */
    private static final long PG_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long PG_EPOCH_MICROS = PG_EPOCH_DAY * 86_400_000_000L;
    /** Up to this many bits the digits of a numeric are worked out in a long (10^4 more must still fit). */
    private static final int LONG_DIGITS_BITS = 49;
    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1000};

    private final int columns;
    private byte[] bytes;
    private int size;
    private int column;
    private int rows;

    CopyRows(int columns, int capacity) {
        this.columns = columns;
        this.bytes = new byte[Math.max(64, capacity)];
    }

    /** How many complete rows are encoded. */
    public int rows() {
        return rows;
    }

    /** How many bytes are encoded. */
    int size() {
        return size;
    }

    byte[] bytes() {
        return bytes;
    }

    /** Forgets what was encoded (the buffer is kept). */
    void clear() {
        size = 0;
        rows = 0;
        column = 0;
    }

    /** A {@code text} or {@code varchar} value; {@code null} is SQL NULL. */
    CopyRows text(String value) {
        if (value == null) {
            return nullValue();
        }
        // encoded in place, as String.getBytes(UTF_8) encodes (an unpaired surrogate becomes '?'), without the two
        // arrays it makes of a Chinese text; the length is written once the bytes are
        int n = value.length();
        field(0);
        ensure(3 * n);
        int start = size;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                bytes[size++] = (byte) c;
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                bytes[size++] = (byte) (0xE0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++i));
                bytes[size++] = (byte) (0xF0 | cp >> 18);
                bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp & 0x3F);
            } else {
                bytes[size++] = '?';
            }
        }
        int length = size - start;
        bytes[start - 4] = (byte) (length >>> 24);
        bytes[start - 3] = (byte) (length >>> 16);
        bytes[start - 2] = (byte) (length >>> 8);
        bytes[start - 1] = (byte) length;
        return this;
    }

    /** A {@code bigint} value. */
    CopyRows int8(long value) {
        field(8);
        putLong(value);
        return this;
    }

    /** A {@code bigint} value; {@code null} is SQL NULL. */
    CopyRows int8(Long value) {
        return value == null ? nullValue() : int8(value.longValue());
    }

    /** An {@code integer} value; {@code null} is SQL NULL. */
    CopyRows int4(Integer value) {
        if (value == null) {
            return nullValue();
        }
        field(4);
        putInt(value);
        return this;
    }

    /** A {@code smallint} value (a year: checked to four digits before it gets here). */
    CopyRows int2(Integer value) {
        if (value == null) {
            return nullValue();
        }
        if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
            throw new IllegalArgumentException("smallint out of range: " + value);
        }
        field(2);
        putShort(value);
        return this;
    }

    /** A {@code numeric} value (the column's precision and scale are applied by the server). */
    CopyRows numeric(BigDecimal value) {
        if (value == null) {
            return nullValue();
        }
        BigDecimal abs = value.abs();
        int scale = Math.max(0, value.scale());
        if (abs.scale() < 0) {
            abs = abs.setScale(0);
        }
        if (abs.unscaledValue().bitLength() > LONG_DIGITS_BITS) {
            List<Short> digits = new ArrayList<>();
            int weight = numericDigits(abs, digits);
            field(8 + 2 * digits.size());
            putShort(digits.size());
            putShort(digits.isEmpty() ? 0 : weight);
            putShort(value.signum() < 0 ? 0x4000 : 0);
            putShort(scale);
            digits.forEach(this::putShort);
            return this;
        }
        // the fraction padded to whole groups of four digits, then base-10000 groups from the least significant one
        int fractionGroups = (abs.scale() + 3) / 4;
        long unscaled = abs.unscaledValue().longValue() * pow10(fractionGroups * 4 - abs.scale());
        short[] groups = new short[8];
        int count = 0;
        for (long u = unscaled; u != 0; u /= 10_000) {
            groups[count++] = (short) (u % 10_000);
        }
        int low = 0;
        while (low < count && groups[low] == 0) {
            low++; // trailing zero groups are not stored
        }
        int digits = count - low;
        field(8 + 2 * digits);
        putShort(digits);
        putShort(digits == 0 ? 0 : count - 1 - fractionGroups);
        putShort(value.signum() < 0 ? 0x4000 : 0);
        putShort(scale);
        for (int i = count - 1; i >= low; i--) {
            putShort(groups[i]);
        }
        return this;
    }

    /** A {@code date} value; {@code null} is SQL NULL. */
    CopyRows date(LocalDate value) {
        if (value == null) {
            return nullValue();
        }
        field(4);
        putInt(Math.toIntExact(value.toEpochDay() - PG_EPOCH_DAY));
        return this;
    }

    /** A {@code timestamptz} value, as microseconds since 1970-01-01 UTC; {@code null} is SQL NULL. */
    CopyRows timestamp(Long epochMicros) {
        if (epochMicros == null) {
            return nullValue();
        }
        field(8);
        putLong(epochMicros - PG_EPOCH_MICROS);
        return this;
    }

    /** A {@code boolean} value; {@code null} is SQL NULL. */
    CopyRows bool(Boolean value) {
        if (value == null) {
            return nullValue();
        }
        field(1);
        ensure(1);
        bytes[size++] = (byte) (value ? 1 : 0);
        return this;
    }

    /** Ends the current row. */
    void endRow() {
        if (column != columns) {
            throw new IllegalStateException("COPY row of " + column + " values for " + columns + " columns");
        }
        column = 0;
        rows++;
    }

    /**
     * The base-10000 digits of a non-negative number, without leading or trailing zero groups, and the weight of the
     * first (the power of 10000 it stands for), as PostgreSQL's numeric stores them: the general form, for numbers
     * whose digits do not fit a long.
     */
    static int numericDigits(BigDecimal abs, List<Short> digits) {
        String plain = abs.toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point + 1);
        String wholePadded = "0".repeat((4 - whole.length() % 4) % 4) + whole;
        String fractionPadded = fraction + "0".repeat((4 - fraction.length() % 4) % 4);
        int weight = wholePadded.length() / 4 - 1;
        String all = wholePadded + fractionPadded;
        for (int i = 0; i < all.length(); i += 4) {
            digits.add(Short.parseShort(all.substring(i, i + 4)));
        }
        while (!digits.isEmpty() && digits.get(0) == 0) {
            digits.remove(0);
            weight--;
        }
        while (!digits.isEmpty() && digits.get(digits.size() - 1) == 0) {
            digits.remove(digits.size() - 1);
        }
        return weight;
    }

    private CopyRows nullValue() {
        field(-1);
        return this;
    }

    /** Starts a value of {@code length} bytes (-1: NULL), and the row's field count before its first value. */
    private void field(int length) {
        if (column == columns) {
            throw new IllegalStateException("COPY row of more than " + columns + " values");
        }
        ensure(6 + Math.max(0, length));
        if (column == 0) {
            putShort(columns);
        }
        putInt(length);
        column++;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    private void putShort(int v) {
        bytes[size++] = (byte) (v >>> 8);
        bytes[size++] = (byte) v;
    }

    private void putInt(int v) {
        bytes[size++] = (byte) (v >>> 24);
        bytes[size++] = (byte) (v >>> 16);
        bytes[size++] = (byte) (v >>> 8);
        bytes[size++] = (byte) v;
    }

    private void putLong(long v) {
        putInt((int) (v >>> 32));
        putInt((int) v);
    }

    private static long pow10(int n) {
        return POWERS_OF_TEN[n];
    }
}
