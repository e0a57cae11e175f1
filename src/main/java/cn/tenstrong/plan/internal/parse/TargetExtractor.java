package cn.tenstrong.plan.internal.parse;

import cn.tenstrong.plan.Qualifier;
import cn.tenstrong.plan.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 指标提取: finds the quantities of an item's (normalised) text.
 *
 * <p>A quantity is an Arabic number followed by a unit (元, %, 家 …), optionally scaled by
 * 万/亿/万亿, or a bare number right after 达到/超过/突破. Deliberately not targets: years (2022年),
 * months and dates, road and document numbers (107国道, 〔2022〕5号), names with digits (5G,
 * BG136, 牧渔1号), slogans in quotes ("“1张图谱+N张清单”", "“1+N”"), places counted by 市/县 ("16市全覆盖" names the scope, not a quantity),
 * ordinals (第3, 前10位), and numbers written in Chinese characters ("两座", "五千亿级").
 */
final class TargetExtractor {

    private static final String NUM = "\\d+(?:\\.\\d+)?";
    private static final String UNITS = "万千瓦|千瓦时|千瓦|兆瓦|个百分点|百分点|人次|平方公里|平方米|立方米|公里|千米|标准箱|标箱"
            + "|公斤|元|%|家|个|项|吨|亩|斤|人|处|场|座|条|台|套|件|次|所|户|辆|艘|部|名|款|种|批|倍|米|张|床|栋|只|头|羽|株|篇";
    private static final Pattern QUANTITY = Pattern.compile(
            "(" + NUM + ")(?:\\s*%?\\s*[-~—–至到]\\s*(" + NUM + "))?"
                    + "\\s*(万亿|亿|万)?\\s*(" + UNITS + ")?\\s*(以上|以内|以下|左右|多)?");
    private static final String NOT_BEFORE_NUMBER = ".第前~-“";
    private static final Pattern PREFIX = Pattern.compile("(不少于|不低于|不超过|不高于|超过|突破|超|达到|达|约|控制在)$");
    private static final Pattern BARE_ALLOWED_AFTER = Pattern.compile("(达到|达|超过|突破|超|不低于|不少于|约|为)$");
    private static final String SEGMENT_BREAKS = ",;。:、!?\n";
    /** Verbs that separate a metric's subject from its object; longest first where one starts another. */
    private static final Map<Character, List<String>> VERBS = verbsByFirstChar(List.of(
            "实现", "达到", "突破", "超过", "保持在", "巩固在", "稳定在", "控制在", "提高到", "提升到", "提升至", "增长", "增加", "提高", "新增", "培育提升", "培育", "布局建成", "建成", "完成", "实施", "打造", "开通", "育成", "新创建", "创建", "新建", "引进", "推动", "举办", "组织", "认定", "争取", "招引", "优化提升", "提升", "做大做优", "做大做强", "做强", "壮大", "推出", "开展", "谋划", "完善", "发布", "推广", "调整", "构建", "围绕", "淘汰", "获得", "获"));
    private static final Pattern LEADING_DE = Pattern.compile("^的");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    private static final Pattern TRAILING = Pattern.compile("(均|都|将|要|为|在|至|到|的|是)+$");
    private static final Pattern SCOPE = Pattern.compile(
            "^(?:20\\d{2}年(?:年底|底|末)?|全省|全年|年度|山东省|我省|力争|预计|累计|其中|到|在|将|共|均)+");
    private static final Pattern BRACKETED = Pattern.compile("〔[^〕]*〕|《[^》]*》|\\[[^\\]]*\\]");

    private TargetExtractor() {}

    static List<Target> extract(String text) {
        List<Target> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
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
            String metric = metric(t, start, end);
            if (metric == null && !out.isEmpty() && t.lastIndexOf('。', start) < lastEnd) {
                metric = out.get(out.size() - 1).metric(); // "新增300家左右,累计达到约2600家": same noun
            }
            lastEnd = end;
            out.add(new Target(written, metric, b == null ? plain(a) : null, b == null ? null : plain(a),
                    b == null ? null : plain(b), unit == null ? "" : unit, q));
        }
        return out;
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

    /** The noun phrase the sentence measures: subject + object around the verb before the number. */
    static String metric(String t, int start, int end) {
        int segStart = start;
        while (segStart > 0 && SEGMENT_BREAKS.indexOf(t.charAt(segStart - 1)) < 0) {
            segStart--;
        }
        String before = PREFIX.matcher(t.substring(segStart, start)).replaceFirst("");
        int vs = -1;
        int ve = -1;
        String verb = null;
        for (int at = 0; at < before.length(); ) {
            String found = verbAt(before, at);
            if (found == null) {
                at++;
            } else {
                vs = at;
                ve = at + found.length();
                verb = found;
                at = ve;
            }
        }
        String metric;
        if (verb == null) {
            metric = clean(before);
        } else {
            String rawSubject = before.substring(0, vs);
            // a subject made of verbs only ("培育新增…") names nothing; otherwise keep it whole ("水肥一体化推广面积")
            String subject = clean(withoutVerbs(rawSubject)) == null ? "" : orEmpty(clean(rawSubject));
            String object = orEmpty(clean(before.substring(ve)));
            boolean rate = verb.equals("增长") || verb.equals("增加") || verb.equals("提高");
            metric = clean(rate && object.isEmpty() ? subject + verb : subject + object);
        }
        if (metric == null) {
            // "新培育100家以上国家级创新中心": the counted noun follows the number
            int segEnd = end;
            while (segEnd < t.length() && SEGMENT_BREAKS.indexOf(t.charAt(segEnd)) < 0) {
                segEnd++;
            }
            String after = clean(LEADING_DE.matcher(t.substring(end, segEnd)).replaceFirst(""));
            metric = after != null && after.length() <= 30 && !HAS_DIGIT.matcher(after).find() ? after : null;
        }
        return metric;
    }

    private static Map<Character, List<String>> verbsByFirstChar(List<String> verbs) {
        Map<Character, List<String>> m = new HashMap<>();
        for (String v : verbs) {
            m.computeIfAbsent(v.charAt(0), k -> new ArrayList<>()).add(v);
        }
        m.replaceAll((k, list) -> list.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
        return Map.copyOf(m);
    }

    /** The verb starting at {@code at}, or null; "增长率" and "增加值" are nouns, not verbs. */
    private static String verbAt(String s, int at) {
        List<String> candidates = VERBS.get(s.charAt(at));
        if (candidates == null) {
            return null;
        }
        for (String v : candidates) {
            if (s.startsWith(v, at)) {
                char next = at + v.length() < s.length() ? s.charAt(at + v.length()) : ' ';
                if (v.equals("增长") && "率点极".indexOf(next) >= 0 || v.equals("增加") && next == '值') {
                    continue;
                }
                return v;
            }
        }
        return null;
    }

    private static String withoutVerbs(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int at = 0; at < s.length(); ) {
            String v = verbAt(s, at);
            if (v == null) {
                b.append(s.charAt(at++));
            } else {
                at += v.length();
            }
        }
        return b.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Trims scope words (全省, 2022年 …) and connectives; null when too little is left. */
    private static String clean(String s) {
        String c = s.strip();
        if (c.length() > 1 && (c.charAt(0) == '“' && c.charAt(c.length() - 1) == '”')) {
            c = c.substring(1, c.length() - 1);
        }
        c = SCOPE.matcher(c).replaceFirst("");
        c = TRAILING.matcher(c).replaceFirst("").strip();
        return c.length() < 2 ? null : c;
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
