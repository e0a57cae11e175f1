package cn.tenstrong.plan.internal.parse;

import cn.tenstrong.plan.AnnotationConvention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 责任单位标注: reads the responsibility annotations of real task documents — “(牵头单位:A;配合单位:B)”,
 * “责任单位:A、B”, “(A牵头,B配合)”, “(A、B牵头负责)”, “(A会同有关部门负责)”, “(A、B、C等负责)”,
 * “(A、B按职责分工负责,各省级人民政府按职责分工负责)”, “(负责部门:A;适用范围:…)”, “(责任领导:某某;牵头单位:A)”.
 *
 * <p>Stateful per document: once an annotation says “列第一位者为牵头单位,下同” (or 排在第一位的部门为牵头部门 /
 * 排在首位的为牵头单位), every later list of responsible agencies names its lead first and its supporting agencies
 * after; before that, everyone a list names is responsible (lead). The caller may force either reading
 * ({@link AnnotationConvention}).
 */
final class AnnotationParser {

    private static final Pattern FIRST_LISTED_LEADS = Pattern.compile(
            "[,;。]?\\s*(?:列|排)(?:在)?(?:第一位|第一个|第一|首位)(?:的|者)?(?:部门|单位|责任单位)?(?:为|是)牵头(?:单位|部门)?"
                    + "(?:或汇总单位)?\\s*(?:[,;。]?\\s*下同)?[。]?");
    private static final Pattern FIELD = Pattern.compile(
            "(牵头单位|牵头部门|主责单位|责任单位|责任部门|负责单位|负责部门|配合单位|配合部门|协办单位|参与单位|协同单位"
                    + "|责任领导|责任人|分管领导|牵头领导|联系人|适用范围|完成时限|完成时间|时间节点|时限)\\s*:");
    private static final Pattern LEADS = Pattern.compile("^(.+?)(?:牵头负责|牵头)(?:[,;]\\s*(.+))?$");
    private static final Pattern TOGETHER = Pattern.compile("^(.+?)会同(.+?)负责$");
    private static final Pattern RESPONSIBLE_END = Pattern.compile("(?:等)?(?:按职责分工|按照职责分工|分别)?(?:负责|落实|配合|参与|协助|协同)$");
    private static final Pattern SECOND_TIER = Pattern.compile("^(?:和|及|以及)?((?:各|相关|有关).+)$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[;。,\\s]+$");
    private static final Pattern AGENCY_LIKE = Pattern.compile(
            ".*(省|市|县|区|局|厅|委|办|部|会|院|行|司|公司|集团|政府|单位|中心|所|处|署|班|社|联|组|室|团|队|馆|站|部门)$");
    /** A place name written bare before a shared suffix: 哈尔滨、黑河、绥芬河市政府. */
    private static final Pattern BARE_PLACE = Pattern.compile("^[\\p{IsHan}]{2,4}$");
    private static final Pattern SHARED_SUFFIX = Pattern.compile("^[\\p{IsHan}]{2,4}?((?:市|县|区)(?:人民)?政府)$");
    /** One level of a group written with 、 inside: 相关市、县政府, 各市、县(区). */
    private static final Pattern LEVEL_ONLY = Pattern.compile("^(?:各|相关|有关)?(?:市|县|区|州|省)$");

    private final AnnotationConvention forced;
    private boolean firstListedLeads;
    private boolean declared;

    AnnotationParser() {
        this(null);
    }

    /** @param forced the reading to apply throughout, or null to follow what the document declares */
    AnnotationParser(AnnotationConvention forced) {
        this.forced = forced;
    }

    /** Whether the document declared the first-listed rule anywhere read so far. */
    boolean declaredFirstListed() {
        return declared;
    }

    /** Whether a bracket's content is a responsibility annotation, without changing any state. */
    static boolean looksLikeAnnotation(String content) {
        String c = content.strip();
        if (!c.contains("单位") && !c.contains("部门") && !c.contains("牵头") && !c.contains("负责")
                && !c.contains("责任") && !c.contains("范围") && !c.contains("时限") && !c.contains("时间")
                && !c.contains("第一") && !c.contains("配合")) {
            return false;
        }
        Matcher f = FIELD.matcher(c);
        if (f.find()) {
            return f.start() == 0 || c.substring(0, f.start()).isBlank() || FIRST_LISTED_LEADS.matcher(c).find();
        }
        String main = mainSentence(FIRST_LISTED_LEADS.matcher(c).replaceAll(""));
        return main != null && phrased(main, false).isPresent();
    }

    /**
     * Reads the inside of a bracket, or “责任单位:…” lines. Empty when the text is not an annotation (an ordinary
     * parenthesis such as “(集群、强县)”).
     */
    Optional<Annotation> parse(String content) {
        String c = content.strip();
        Matcher convention = FIRST_LISTED_LEADS.matcher(c);
        boolean declaresConvention = (c.contains("第一") || c.contains("首位")) && convention.find();
        if (declaresConvention) {
            firstListedLeads = true;
            declared = true;
            c = convention.replaceAll("").strip();
        }
        Matcher f = FIELD.matcher(c);
        List<int[]> fields = new ArrayList<>();
        while (f.find()) {
            fields.add(new int[] {f.start(), f.end()});
        }
        if (fields.isEmpty()) {
            String main = mainSentence(c);
            Optional<Annotation> a = main == null ? Optional.empty() : phrased(main, firstListed());
            if (a.isEmpty() && declaresConvention) {
                return Optional.of(new Annotation(List.of(), List.of(), null));
            }
            return a;
        }
        if (fields.get(0)[0] > 0 && !c.substring(0, fields.get(0)[0]).isBlank()) {
            return Optional.empty(); // the field name must open the annotation
        }
        boolean hasLeadField = false;
        for (int[] field : fields) {
            String label = c.substring(field[0], field[1]);
            hasLeadField |= label.startsWith("牵头单位") || label.startsWith("牵头部门") || label.startsWith("主责单位");
        }
        List<String> lead = new ArrayList<>();
        List<String> support = new ArrayList<>();
        String timeLimit = null;
        for (int i = 0; i < fields.size(); i++) {
            int[] field = fields.get(i);
            String label = f.reset(c).find(field[0]) ? f.group(1) : "";
            String value = c.substring(field[1], i + 1 < fields.size() ? fields.get(i + 1)[0] : c.length());
            int stop = value.indexOf('。');
            if (stop > 0 && !value.substring(stop + 1).isBlank()) {
                value = value.substring(0, stop); // a note follows: "…按职责分工负责。具体任务均涉及…,不再做分工"
            }
            value = TRAILING_PUNCTUATION.matcher(value).replaceFirst("");
            switch (label) {
                case "牵头单位", "牵头部门", "主责单位" -> lead.addAll(names(strip(value)));
                case "配合单位", "配合部门", "协办单位", "参与单位", "协同单位" -> support.addAll(names(strip(value)));
                case "责任单位", "责任部门", "负责单位", "负责部门" -> {
                    if (hasLeadField) {
                        support.addAll(names(strip(value)));
                    } else {
                        String said = RESPONSIBLE_END.matcher(value).find() || value.contains("牵头") ? value : value + "负责";
                        phrased(said, firstListed()).ifPresent(a -> {
                            lead.addAll(a.lead());
                            support.addAll(a.support());
                        });
                    }
                }
                case "完成时限", "完成时间", "时间节点", "时限" -> timeLimit = value;
                default -> { } // 责任领导 (a person), 适用范围 (a scope) …: not agencies
            }
        }
        return Optional.of(new Annotation(lead, support, timeLimit));
    }

    private boolean firstListed() {
        if (forced != null) {
            return forced == AnnotationConvention.FIRST_LISTED_LEADS;
        }
        return firstListedLeads;
    }

    /**
     * The sentence of an annotation that names who is responsible; the others are notes (“具体任务均涉及相关市(州)
     * 人民政府,不再做分工”). Null when no sentence does.
     */
    private static String mainSentence(String content) {
        for (String s : content.split("。")) {
            String t = TRAILING_PUNCTUATION.matcher(s.strip()).replaceFirst("");
            if (t.endsWith("负责") || t.contains("牵头") || t.endsWith("配合") || t.endsWith("落实")) {
                return t;
            }
        }
        return null;
    }

    /** A phrased annotation: “A、B牵头,C配合”, “A会同B负责”, “A、B等负责,各省级人民政府按职责分工负责”. */
    private static Optional<Annotation> phrased(String text, boolean firstListed) {
        String c = TRAILING_PUNCTUATION.matcher(text.strip()).replaceFirst("");
        List<String> lead = new ArrayList<>();
        List<String> support = new ArrayList<>();
        Matcher m = LEADS.matcher(c);
        Matcher together = TOGETHER.matcher(c);
        if (m.matches() && !m.group(1).contains(",")) {
            lead.addAll(names(m.group(1)));
            if (m.group(2) != null) {
                for (String part : m.group(2).split("[,;]")) {
                    support.addAll(names(tierless(strip(part))));
                }
            }
        } else if (together.matches()) {
            lead.addAll(names(together.group(1)));
            support.addAll(names(strip(together.group(2))));
        } else if (RESPONSIBLE_END.matcher(c).find()) {
            String[] parts = c.split(",");
            for (int i = 0; i < parts.length; i++) {
                String part = strip(parts[i]);
                if (part.isEmpty()) {
                    continue;
                }
                if (i > 0 && SECOND_TIER.matcher(part).matches()) {
                    support.addAll(names(tierless(part)));
                    continue;
                }
                String main = part;
                String tier = null;
                for (String joint : new String[] {"等和各", "等和有关", "和各", "及各", "以及各"}) {
                    int at = part.indexOf(joint);
                    if (at > 0) {
                        main = part.substring(0, at);
                        tier = part.substring(at + joint.length() - (joint.endsWith("各") ? 1 : 2));
                        break;
                    }
                }
                List<String> listed = names(main);
                if (firstListed && !listed.isEmpty() && lead.isEmpty()) {
                    lead.add(listed.get(0));
                    support.addAll(listed.subList(1, listed.size()));
                } else if (firstListed) {
                    support.addAll(listed);
                } else {
                    lead.addAll(listed);
                }
                if (tier != null) {
                    support.addAll(names(tierless(tier)));
                }
            }
        } else {
            return Optional.empty();
        }
        if (lead.isEmpty() || lead.stream().noneMatch(n -> AGENCY_LIKE.matcher(n).matches())) {
            return Optional.empty();
        }
        return Optional.of(new Annotation(lead, support, null));
    }

    private static String tierless(String part) {
        Matcher m = SECOND_TIER.matcher(part);
        return m.matches() ? m.group(1) : part;
    }

    /** The list without its closing verb: “A、B等有关部门按职责分工负责” → “A、B、有关部门”. */
    private static String strip(String value) {
        String v = TRAILING_PUNCTUATION.matcher(value.strip()).replaceFirst("");
        v = RESPONSIBLE_END.matcher(v).replaceFirst("");
        v = v.replace("等有关部门和单位", "、有关部门和单位").replace("等有关部门", "、有关部门")
                .replace("等有关单位", "、有关单位").replace("等省有关部门", "、省有关部门");
        if (v.endsWith("等部门") || v.endsWith("等单位")) {
            v = v.substring(0, v.length() - 3);
        }
        return v;
    }

    private static String trimName(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && "“”\"".indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && "“”\"".indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        if (to > from && s.charAt(to - 1) == '等') {
            to--;
        }
        String n = s.substring(from, to).strip();
        return n.startsWith("和") || n.startsWith("及") ? n.substring(1) : n;
    }

    /** Names of a 、-separated list, group phrases kept whole and shared suffixes shared out. */
    static List<String> names(String list) {
        if (list == null) {
            return List.of();
        }
        String[] raw = strip(list).split("[、,/;\\s]+|(?:以及|及|和)(?=各)");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String n = trimName(raw[i]);
            if (n.isEmpty()) {
                continue;
            }
            if (LEVEL_ONLY.matcher(n).matches() && i + 1 < raw.length) {
                raw[i + 1] = n + "、" + raw[i + 1]; // 相关市、县政府 is one group
                continue;
            }
            out.add(n);
        }
        // 哈尔滨、黑河、绥芬河市政府: the bare places before a "…市政府" share its suffix
        for (int i = out.size() - 1; i >= 0; i--) {
            Matcher s = SHARED_SUFFIX.matcher(out.get(i));
            if (!s.matches()) {
                continue;
            }
            for (int j = i - 1; j >= 0 && BARE_PLACE.matcher(out.get(j)).matches()
                    && !AGENCY_LIKE.matcher(out.get(j)).matches(); j--) {
                out.set(j, out.get(j) + s.group(1));
            }
        }
        return out;
    }
}
