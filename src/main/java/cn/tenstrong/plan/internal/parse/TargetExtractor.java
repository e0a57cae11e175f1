package cn.tenstrong.plan.internal.parse;

import cn.tenstrong.plan.Incentive;
import cn.tenstrong.plan.Qualifier;
import cn.tenstrong.plan.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 指标提取: finds the quantities of an item's (normalised) text.
 *
 * <p>A quantity is an Arabic number followed by a unit (元, %, 家 …), optionally scaled by
 * 万/亿/万亿, or a bare number right after 达到/超过/突破. Deliberately not targets: years (2022年),
 * months and dates, road and document numbers (107国道, 〔2022〕5号), names with digits (5G,
 * BG136, 牧渔1号), slogans in quotes (“1张图谱+N张清单”, “1+N”), places counted by 市/县 (“16市全覆盖” names the scope, not a quantity),
 * ordinals (第3, 前10位), and numbers written in Chinese characters (“两座”, “五千亿级”). Awards and subsidies
 * (“给予最高500万元奖补”) are {@link Incentive}s and their conditions are neither ({@link QuantityRole}). One number
 * that several metrics share (“开工率和投资完成率均达到100%”, “…,同比增长均达到5%左右”) is one target per metric.
 */
final class TargetExtractor {

    private static final String NUM = "\\d+(?:\\.\\d+)?";
    private static final String UNITS = "万千瓦|千瓦时|千瓦|兆瓦|个百分点|百分点|人次|平方公里|平方米|立方米|公里|千米|标准箱|标箱"
            + "|公斤|元|%|家|个|项|吨|亩|斤|人|处|场|座|条|台|套|件|次|所|户|辆|艘|部|名|款|种|批|倍|米|张|床|栋|只|头|羽|株|篇";
    private static final Pattern QUANTITY = Pattern.compile(
            "(" + NUM + ")(?:\\s*%?\\s*[-~—–至到]\\s*(" + NUM + "))?"
                    + "\\s*(万亿|亿|万)?\\s*(" + UNITS + ")?\\s*(以上|以内|以下|左右|多)?");
    private static final String NOT_BEFORE_NUMBER = ".第前~-“";
    static final Pattern PREFIX = Pattern.compile("(不少于|不低于|不超过|不高于|超过|突破|超|达到|达|约|控制在)$");
    private static final Pattern BARE_ALLOWED_AFTER = Pattern.compile("(达到|达|超过|突破|超|不低于|不少于|约|为)$");
    /** The number is shared by the metrics before it: “均达到”, “都不低于”. */
    private static final Pattern EACH = Pattern.compile("[均都](?:达到|达|为|保持在|稳定在|超过|突破|不低于|不少于)?$");
    private static final Pattern CAP = Pattern.compile("最高(?:补贴|补助|奖励|奖补)?$");
    private static final Pattern BRACKETED = Pattern.compile("〔[^〕]*〕|《[^》]*》|\\[[^\\]]*\\]");

    private TargetExtractor() {}

    /** An item's numbers by what they mean. */
    record Quantities(List<Target> targets, List<Incentive> incentives) {
        static final Quantities NONE = new Quantities(List.of(), List.of());
    }

    static List<Target> extract(String text) {
        return read(text).targets();
    }

    static Quantities read(String text) {
        List<Target> out = new ArrayList<>();
        List<Incentive> incentives = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return Quantities.NONE;
        }
        String t = blank(text);
        Matcher m = QUANTITY.matcher(t);
        int lastEnd = 0;
        int n = t.length();
        int i = 0;
        // scan for digits by hand and only then ask the regex: most characters are not digits
        while (i < n) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                i++;
                continue;
            }
            if (i > 0 && (NOT_BEFORE_NUMBER.indexOf(t.charAt(i - 1)) >= 0 || isAsciiLetterOrDigit(t.charAt(i - 1)))) {
                // part of a name (BG136), an ordinal (第3, 前10位), a quoted slogan or a range's tail
                while (i < n && (isAsciiLetterOrDigit(t.charAt(i)) || t.charAt(i) == '.')) {
                    i++;
                }
                continue;
            }
            m.region(i, n);
            if (!m.lookingAt()) {
                i++;
                continue;
            }
            i = m.end();
            String scale = m.group(3);
            String unit = m.group(4);
            String suffix = m.group(5);
            int start = m.start();
            String before = t.substring(Math.max(0, start - 6), start);
            int end = unit != null || suffix != null ? m.end() : (scale != null ? m.end(3) : m.end(1));
            if (m.group(2) != null && unit == null && scale == null) {
                continue; // "2021-2025年" and the like
            }
            char next = end < t.length() ? t.charAt(end) : ' ';
            if (unit == null) {
                // a bare number counts only right after 达到/超过 … and before punctuation ("指数达到117,")
                boolean afterVerb = BARE_ALLOWED_AFTER.matcher(before).find();
                if (!afterVerb || Character.isLetterOrDigit(next)) {
                    continue;
                }
            } else if (unit.equals("个") && (next == '月' || next == '工')) {
                continue; // "6个月", "5个工作日": durations
            }
            if ("万千瓦".equals(unit)) {
                scale = scale == null ? "万" : scale + "万";
                unit = "千瓦";
            }
            BigDecimal factor = factor(scale);
            BigDecimal a = number(m.group(1)).multiply(factor);
            BigDecimal b = m.group(2) == null ? null : number(m.group(2)).multiply(factor);
            Matcher p = PREFIX.matcher(before);
            String pre = p.find() ? p.group(1) : "";
            Qualifier byPrefix = switch (pre) {
                case "不少于", "不低于", "超过", "突破", "超" -> Qualifier.MIN;
                case "不超过", "不高于", "控制在" -> Qualifier.MAX;
                case "约" -> Qualifier.APPROX;
                default -> Qualifier.EXACT;
            };
            Qualifier q;
            if (b != null) {
                q = Qualifier.RANGE;
            } else if (suffix != null) {
                q = switch (suffix) {
                    case "以上", "多" -> Qualifier.MIN;
                    case "左右" -> Qualifier.APPROX;
                    default -> Qualifier.MAX;
                };
            } else {
                q = byPrefix;
            }
            int textStart = byPrefix == Qualifier.EXACT ? start : start - pre.length();
            String written = text.substring(textStart, end).strip();
            QuantityRole role = QuantityRole.of(t, start, end, unit);
            if (role == QuantityRole.INCENTIVE && b == null) {
                incentives.add(incentive(text, t, start, end, written, plain(a), unit, before));
                continue;
            }
            if (role == QuantityRole.CONDITION) {
                continue;
            }
            String metric = MetricPhrase.of(t, start, end, unit);
            boolean sameSentence = !out.isEmpty() && t.lastIndexOf('。', start) < lastEnd;
            if (metric == null && sameSentence) {
                metric = out.get(out.size() - 1).metric(); // "新增300家左右,累计达到约2600家": same noun
            }
            int sentenceStart = t.lastIndexOf('。', start);
            List<Target> earlier = new ArrayList<>();
            for (int k = 0; k < out.size(); k++) {
                if (ends.get(k) > sentenceStart && out.get(k).metric() != null) {
                    earlier.add(out.get(k));
                }
            }
            lastEnd = end;
            for (String each : MetricPhrase.metrics(metric, EACH.matcher(t.substring(Math.max(0, start - 8), start)).find(),
                    earlier)) {
                out.add(new Target(written, each, b == null ? plain(a) : null, b == null ? null : plain(a),
                        b == null ? null : plain(b), unit == null ? "" : unit, q));
                ends.add(end);
            }
        }
        return new Quantities(out, incentives);
    }

    private static Incentive incentive(String text, String t, int start, int end, String written,
                                       BigDecimal value, String unit, String before) {
        String perUnit = end + 1 < t.length() && t.charAt(end) == '/' ? "/" + t.charAt(end + 1) : "";
        boolean highest = CAP.matcher(before).find();
        boolean cap = highest || written.startsWith("不超过") || written.startsWith("不高于");
        String shown = highest ? "最高" + written : written;
        return new Incentive(shown + perUnit, value, unit + perUnit, cap ? Qualifier.MAX : Qualifier.EXACT,
                QuantityRole.grantWord(t, start, end), clause(text, t, start, end));
    }

    /** The granting clause as written (the normalised text has the same length, so positions carry over). */
    private static String clause(String text, String t, int start, int end) {
        String normalisedClause = QuantityRole.clause(t, start, end);
        int at = t.indexOf(normalisedClause, Math.max(0, start - normalisedClause.length()));
        return at >= 0 && at + normalisedClause.length() <= text.length()
                ? text.substring(at, at + normalisedClause.length()) : normalisedClause;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Hides bracketed document numbers and titles so their digits are not read as quantities. */
    private static String blank(String text) {
        if (text.indexOf('〔') < 0 && text.indexOf('《') < 0 && text.indexOf('[') < 0) {
            return text;
        }
        Matcher m = BRACKETED.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                b.setCharAt(i, '\u2003');
            }
        } while (m.find());
        return b.toString();
    }

    private static BigDecimal factor(String scale) {
        return cn.tenstrong.shared.Amount.Scale.of(scale).factor();
    }

    private static BigDecimal number(String s) {
        return new BigDecimal(s);
    }

    /** Plain notation (no exponent) so JSON shows 1400000000000, not 1.4E+12. */
    private static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
