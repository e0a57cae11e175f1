package cn.tenstrong.shared;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 数额: a quantity as officials write it — 1.2万亿, 3,500万, 250亿元, 30%, 16万个 — read into its value with the scale
 * (万/亿/万亿) folded in, and written back in a chosen scale and unit (1.4万亿元, 250亿元, 16万个), never as
 * 334195081275.31. The plan parser reads targets with the same scales ({@link Scale#of}).
 *
 * @param value the value in the unit (250亿元 → 25000000000)
 * @param unit  the unit written after the number ("" when none)
 * @param scale the scale it was written in
 */
public record Amount(BigDecimal value, String unit, Scale scale) {

    /** 量级: how many units one written number stands for. */
    public enum Scale {
        ONE("", BigDecimal.ONE),
        WAN("万", new BigDecimal("1E4")),
        YI("亿", new BigDecimal("1E8")),
        WAN_YI("万亿", new BigDecimal("1E12"));

        private final String symbol;
        private final BigDecimal factor;

        Scale(String symbol, BigDecimal factor) {
            this.symbol = symbol;
            this.factor = factor;
        }

        public String symbol() {
            return symbol;
        }

        public BigDecimal factor() {
            return factor;
        }

        /** The scale a written symbol stands for (万, 亿, 万亿, and the rare 亿万 and 万万); ONE for null or "". */
        public static Scale of(String symbol) {
            if (symbol == null) {
                return ONE;
            }
            return switch (symbol) {
                case "万" -> WAN;
                case "亿", "万万" -> YI;
                case "万亿", "亿万" -> WAN_YI;
                default -> ONE;
            };
        }

        /** The scale a text is written in ("完成投资1.4万亿元以上" → 万亿), for showing values the way their target is. */
        public static Scale writtenIn(String text) {
            if (text == null) {
                return ONE;
            }
            Matcher m = WRITTEN_SCALE.matcher(text);
            return m.find() ? of(m.group(1)) : ONE;
        }

        /** The scale people would choose for a value: 万亿 from a trillion, 亿 from 100 million, 万 from 10,000. */
        public static Scale natural(BigDecimal value) {
            BigDecimal abs = value.abs();
            for (Scale s : new Scale[] {WAN_YI, YI, WAN}) {
                if (abs.compareTo(s.factor) >= 0) {
                    return s;
                }
            }
            return ONE;
        }
    }

    private static final Pattern WRITTEN_SCALE = Pattern.compile("\\d\\s*(万亿|亿万|亿|万万|万)");
    private static final Pattern AMOUNT = Pattern.compile(
            "([+-]?\\d+(?:\\.\\d+)?)\\s*(万亿|亿|万)?\\s*([^\\d\\s.+-][^\\d]{0,7})?");
    private static final BigDecimal LIMIT = new BigDecimal("1E18");

    /**
     * Reads what was typed. Thousands separators (3,500 or 3，500), full-width digits and spaces are allowed.
     *
     * @throws DomainException (INVALID, a Chinese message naming what was typed) when it is not a number
     */
    public static Amount parse(String text) {
        String t = normalise(text);
        if (t.isEmpty()) {
            throw DomainException.invalid("请填写数值");
        }
        Matcher m = AMOUNT.matcher(t);
        if (!m.matches()) {
            throw DomainException.invalid("“" + text.strip() + "”不是有效的数值（可写 1.2万亿、3,500万、250亿元、30%）");
        }
        Scale scale = Scale.of(m.group(2));
        BigDecimal value = plain(new BigDecimal(m.group(1)).multiply(scale.factor));
        if (value.abs().compareTo(LIMIT) >= 0) {
            throw DomainException.invalid("“" + text.strip() + "”超出可记录的范围");
        }
        return new Amount(value, m.group(3) == null ? "" : m.group(3).strip(), scale);
    }

    /**
     * Reads what was typed into a field kept in {@code unit}: a different unit written after the number is refused
     * (250亿个 in a field of 元), none is taken as the field's.
     */
    public static Amount parse(String text, String unit) {
        Amount a = parse(text);
        String expected = unit == null ? "" : unit;
        if (!a.unit.isEmpty() && !a.unit.equals(expected)) {
            throw DomainException.invalid("“" + text.strip() + "”的单位应为" + (expected.isEmpty() ? "空（只写数值）" : expected));
        }
        return new Amount(a.value, expected, a.scale);
    }

    /** Like {@link #parse(String, String)}, but empty text is no value. */
    public static Optional<Amount> parseOptional(String text, String unit) {
        return text == null || normalise(text).isEmpty() ? Optional.empty() : Optional.of(parse(text, unit));
    }

    /** As written back: in its own scale, with its unit ("1.2万亿元"). */
    public String display() {
        return format(value, unit, scale);
    }

    /** A value in a given scale and unit ("1.4万亿元", "250亿元", "16万个", "30%"); "" for null. */
    public static String format(BigDecimal value, String unit, Scale scale) {
        if (value == null) {
            return "";
        }
        BigDecimal scaled = value.divide(scale.factor, MathContext.DECIMAL128);
        BigDecimal shown = scaled.abs().compareTo(BigDecimal.ONE) >= 0 || scaled.signum() == 0
                ? scaled.setScale(2, RoundingMode.HALF_UP)
                : scaled.round(new MathContext(4, RoundingMode.HALF_UP)); // 0.3342万亿元, not 0.33
        return plain(shown).toPlainString() + scale.symbol + (unit == null ? "" : unit);
    }

    /** A value in the scale people would choose for it ("3341.95亿元"); percentages stay as they are. */
    public static String format(BigDecimal value, String unit) {
        if (value == null) {
            return "";
        }
        return format(value, unit, "%".equals(unit) ? Scale.ONE : Scale.natural(value));
    }

    /** A value in the scale its target is written in: 0.33万亿元 for a target of 1.4万亿元. */
    public static String formatLike(BigDecimal value, String unit, String targetText) {
        Scale scale = Scale.writtenIn(targetText);
        return scale == Scale.ONE ? format(value, unit) : format(value, unit, scale);
    }

    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                b.append('.');
            } else if (c == '％') {
                b.append('%');
            } else if (c != ' ' && c != '\u3000') {
                b.append(c);
            }
        }
        // thousands separators only between digits: 3,500万 → 3500万
        return b.toString().replaceAll("(?<=\\d)[,，](?=\\d{3})", "");
    }

    private static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
