package cn.tenstrong.plan.internal.parse;

import cn.tenstrong.plan.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 指标名称: what a quantity of an item measures — the noun phrase around the verb before the number (“全省信息技术产业
 * 实现营业收入1.4万亿元” → 信息技术产业营业收入), the counted noun after a count (“…等26个重大产业攻关项目”), never a verb or
 * a scope word (确保, 年内, 全省).
 */
final class MetricPhrase {

    private static final String SEGMENT_BREAKS = ",;。:、!?\n";
    /** Verbs that separate a metric's subject from its object; longest first where one starts another. */
    private static final Map<Character, List<String>> VERBS = verbsByFirstChar(List.of(
            "实现", "达到", "突破", "超过", "保持在", "巩固在", "稳定在", "控制在", "提高到", "提升到", "提升至", "增长", "增加", "提高", "新增", "培育提升", "培育", "布局建成", "推进", "建成", "完成", "实施", "打造", "开通", "育成", "新创建", "创建", "遴选", "选取", "评定", "争创", "新建", "引进", "推动", "举办", "组织", "认定", "争取", "招引", "优化提升", "提升", "做大做优", "做大做强", "做强", "壮大", "推出", "开展", "谋划", "完善", "发布", "推广", "调整", "构建", "围绕", "淘汰", "获得", "获"));
    private static final Pattern LEADING_DE = Pattern.compile("^的");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    private static final Pattern TRAILING = Pattern.compile("(均|都|将|要|为|在|至|到|的|是)+$");
    private static final Pattern SCOPE = Pattern.compile(
            "^(?:20\\d{2}年(?:年底|底|末)?|全省|全年|年度|年内|山东省|我省|力争|确保|加快|积极|重点抓好|跟进抓好|预计|累计|其中|到|在|将|共|均)+");
    /** A metric that names a rate but not what grows. */
    private static final Pattern RATE_ONLY = Pattern.compile("^(?:同比|年均|比上年)?(?:增长|提高)率?$");
    private static final Pattern CONJUNCTION = Pattern.compile("和|及|与|、");
    private static final String COUNT_UNITS = "家个项款种座条所场批名户处台套件艘部";
    /** What ends a counted noun after the number: the next listed count, an example list, a clause end. */
    private static final Pattern NEXT_COUNT_OR_BREAK = Pattern.compile("(?:和|及|、)?\\d|[,;。:!?\n]");
    private static final Pattern LIST_END = Pattern.compile("等|、");
    private static final Pattern TRAILING_ACTION = Pattern.compile("(?:建设|实施|发展|工作|落地|投产|培育|扶持|力度)+$");
    /** Where the clause after a counted noun goes on with its own verb. */
    private static final Pattern NOUN_ENDS_AT = Pattern.compile("进行|达到|实现|加快|发挥|纳入|不断|开展|形成|予以|给予");
    /** What a modifier before 的 ends with (“技术领先的”, “具有世界影响力的”, “支撑带动力强的”). */
    private static final Pattern MODIFIER = Pattern.compile("(?:好|强|高|低|优|突出|明显|显著|领先|先进|力|度|性)$");
    /** A describing phrase, not a thing counted (“集聚程度较高”, “创新能力强”). */
    private static final Pattern QUALITY = Pattern.compile("(?:较|很|更)?(?:好|强|高|低|优|突出|明显|显著)$");

    private MetricPhrase() {}

    /**
     * The metrics one number stands for: “开工率和投资完成率均达到100%” is two; a bare rate borrows what grows from
     * the sentence (“营业收入1.4万亿元,同比增长15%” → 营业收入同比增长), all of it with 均.
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

    /**
     * What is measured. A count (“26个”, “8家”) names its noun after the number when it does (“…等26个重大产业攻关项目”,
     * “13家精品旅游产业集群和8家集群领军企业”); anything else the noun phrase before it.
     */
    static String of(String t, int start, int end, String unit) {
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
     * (“…经济效益好、创新能力强的企业” → 企业), before the clause's own verb (“19个领军企业发挥引领作用” → 领军企业);
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
        String before = TargetExtractor.PREFIX.matcher(t.substring(segStart, start)).replaceFirst("");
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

    /** The verb starting at {@code at}, or null; “增长率” and “增加值” are nouns, not verbs. */
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
}
