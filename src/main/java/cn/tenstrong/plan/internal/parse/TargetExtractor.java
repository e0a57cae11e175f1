package cn.tenstrong.plan.internal.parse;

import cn.tenstrong.plan.Incentive;
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
 * ordinals (第3, 前10位), and numbers written in Chinese characters ("两座", "五千亿级"). Awards and subsidies
 * ("给予最高500万元奖补") are {@link Incentive}s and their conditions are neither ({@link QuantityRole}). One number
 * that several metrics share ("开工率和投资完成率均达到100%", "…,同比增长均达到5%左右") is one target per metric.
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
            "实现", "达到", "突破", "超过", "保持在", "巩固在", "稳定在", "控制在", "提高到", "提升到", "提升至", "增长", "增加", "提高", "新增", "培育提升", "培育", "布局建成", "推进", "建成", "完成", "实施", "打造", "开通", "育成", "新创建", "创建", "遴选", "选取", "评定", "争创", "新建", "引进", "推动", "举办", "组织", "认定", "争取", "招引", "优化提升", "提升", "做大做优", "做大做强", "做强", "壮大", "推出", "开展", "谋划", "完善", "发布", "推广", "调整", "构建", "围绕", "淘汰", "获得", "获"));
    private static final Pattern LEADING_DE = Pattern.compile("^的");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    private static final Pattern TRAILING = Pattern.compile("(均|都|将|要|为|在|至|到|的|是)+$");
    private static final Pattern SCOPE = Pattern.compile(
            "^(?:20\\d{2}年(?:年底|底|末)?|全省|全年|年度|年内|山东省|我省|力争|确保|加快|积极|重点抓好|跟进抓好|预计|累计|其中|到|在|将|共|均)+");
    /** The number is shared by the metrics before it: "均达到", "都不低于". */
    private static final Pattern EACH = Pattern.compile("[均都](?:达到|达|为|保持在|稳定在|超过|突破|不低于|不少于)?$");
    /** A metric that names a rate but not what grows. */
    private static final Pattern RATE_ONLY = Pattern.compile("^(?:同比|年均|比上年)?(?:增长|提高)率?$");
    private static final Pattern CONJUNCTION = Pattern.compile("和|及|与|、");
    private static final Pattern CAP = Pattern.compile("最高(?:补贴|补助|奖励|奖补)?$");
    private static final String COUNT_UNITS = "家个项款种座条所场批名户处台套件艘部";
    /** What ends a counted noun after the number: the next listed count, an example list, a clause end. */
    private static final Pattern NEXT_COUNT_OR_BREAK = Pattern.compile("(?:和|及|、)?\\d|[,;。:!?\n]");
    private static final Pattern LIST_END = Pattern.compile("等|、");
    private static final Pattern TRAILING_ACTION = Pattern.compile("(?:建设|实施|发展|工作|落地|投产|培育|扶持|力度)+$");
    /** Where the clause after a counted noun goes on with its own verb. */
    private static final Pattern NOUN_ENDS_AT = Pattern.compile("进行|达到|实现|加快|发挥|纳入|不断|开展|形成|予以|给予");
    /** What a modifier before 的 ends with ("技术领先的", "具有世界影响力的", "支撑带动力强的"). */
    private static final Pattern MODIFIER = Pattern.compile("(?:好|强|高|低|优|突出|明显|显著|领先|先进|力|度|性)$");
    /** A describing phrase, not a thing counted ("集聚程度较高", "创新能力强"). */
    private static final Pattern QUALITY = Pattern.compile("(?:较|很|更)?(?:好|强|高|低|优|突出|明显|显著)$");
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
            String metric = metric(t, start, end, unit);
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
            for (String each : metrics(metric, EACH.matcher(t.substring(Math.max(0, start - 8), start)).find(),
                    earlier)) {
                out.add(new Target(written, each, b == null ? plain(a) : null, b == null ? null : plain(a),
                        b == null ? null : plain(b), unit == null ? "" : unit, q));
                ends.add(end);
            }
        }
        return new Quantities(out, incentives);
    }

    /**
     * The metrics one number stands for: "开工率和投资完成率均达到100%" is two; a bare rate borrows what grows from
     * the sentence ("营业收入1.4万亿元,同比增长15%" → 营业收入同比增长), all of it with 均.
     */
    static List<String> metrics(String metric, boolean each, List<Target> earlierInSentence) {
        if (metric == null) {
            return java.util.Collections.singletonList(null);
        }
        if (RATE_ONLY.matcher(metric).matches()) {
            List<String> growing = earlierInSentence.stream().map(Target::metric)
                    .filter(m -> !RATE_ONLY.matcher(m).matches() && !m.endsWith(metric)).distinct().toList();
            if (growing.isEmpty()) {
                return List.of(metric);
            }
            return each ? growing.stream().map(m -> m + metric).toList()
                    : List.of(growing.get(growing.size() - 1) + metric);
        }
        if (each) {
            List<String> parts = java.util.Arrays.stream(CONJUNCTION.split(metric)).map(String::strip)
                    .filter(p -> p.length() >= 2).toList();
            if (parts.size() > 1) {
                return parts;
            }
        }
        return List.of(metric);
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

    /**
     * What is measured. A count ("26个", "8家") names its noun after the number when it does ("…等26个重大产业攻关项目",
     * "13家精品旅游产业集群和8家集群领军企业"); anything else the noun phrase before it.
     */
    static String metric(String t, int start, int end, String unit) {
        if (unit != null && unit.length() == 1 && COUNT_UNITS.contains(unit)) {
            String counted = countedNoun(t, end);
            if (counted != null) {
                return counted;
            }
        }
        return metric(t, start, end);
    }

    /**
     * The noun right after a count: up to the next count, example list or clause end, after its modifiers
     * ("…经济效益好、创新能力强的企业" → 企业), before the clause's own verb ("19个领军企业发挥引领作用" → 领军企业);
     * null when what follows is no noun.
     */
    private static String countedNoun(String t, int end) {
        String after = LEADING_DE.matcher(t.substring(end, Math.min(t.length(), end + 60))).replaceFirst("");
        if (!after.isEmpty() && "、和及与".indexOf(after.charAt(0)) >= 0) {
            return null; // "集群品牌40个、…": the noun came before the number
        }
        Matcher clauseEnd = NEXT_COUNT_OR_BREAK.matcher(after);
        String noun = clauseEnd.find() ? after.substring(0, clauseEnd.start()) : after;
        int de = noun.lastIndexOf('的');
        if (de >= 0 && MODIFIER.matcher(noun.substring(0, de)).find()) {
            noun = noun.substring(de + 1); // "技术领先的鲁版软件名品"
        } else if (de >= 0) {
            noun = afterLastVerb(noun.substring(0, de)); // "推进重大支撑项目的督导调度": what is counted is owned
        }
        Matcher listEnd = LIST_END.matcher(noun);
        noun = listEnd.find() ? noun.substring(0, listEnd.start()) : noun;
        Matcher verb = NOUN_ENDS_AT.matcher(noun);
        noun = verb.find() ? noun.substring(0, verb.start()) : noun;
        noun = TRAILING_ACTION.matcher(noun.strip()).replaceFirst("");
        if (noun.length() < 2 || noun.length() > 30 || noun.startsWith("(") || QUALITY.matcher(noun).find()) {
            return null;
        }
        return clean(noun);
    }

    private static String afterLastVerb(String s) {
        int from = 0;
        for (int at = 0; at < s.length(); ) {
            String v = verbAt(s, at);
            at += v == null ? 1 : v.length();
            from = v == null ? from : at;
        }
        return s.substring(from);
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
            metric = after != null && after.length() <= 30 && !HAS_DIGIT.matcher(after).find()
                    && !QUALITY.matcher(after).find() ? after : null;
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
                if (v.equals("增长") && "率点极".indexOf(next) >= 0 || v.equals("增加") && next == '值'
                        || v.equals("完成") && "率值额量".indexOf(next) >= 0) {
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
