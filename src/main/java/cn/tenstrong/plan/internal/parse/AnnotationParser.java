package cn.tenstrong.plan.internal.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 责任单位标注: reads "(牵头单位:A、B;配合单位:C)", "责任单位:A、B", "(A牵头,B配合)".
 *
 * <p>Stateful per document: once an annotation says "列第一位者为牵头单位,下同", every later
 * 责任单位 list names its lead first and its supporting agencies after.
 */
final class AnnotationParser {

    private static final Pattern FIRST_LISTED_LEADS = Pattern.compile(
            "[,;。]?\\s*(?:列|排)(?:在)?第一(?:位|个)?(?:的|者)?(?:单位)?为牵头(?:单位|部门)?\\s*(?:[,;。]?\\s*下同)?");
    private static final Pattern FIELD = Pattern.compile(
            "(牵头单位|牵头部门|主责单位|责任单位|责任部门|配合单位|配合部门|协办单位|参与单位|责任领导|责任人|分管领导|联系人|适用范围|完成时限|完成时间|时间节点|时限)\\s*:");
    private static final Pattern PHRASED = Pattern.compile(
            "^(.+?)(?:牵头|负责)(?:\\s*[,;、]\\s*(.+?)(?:配合|参与|协助|协同))?[。]?$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[;。,\\s]+$");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[、,,/;\\s]+");
    private static final Pattern AGENCY_LIKE = Pattern.compile(".*(省|市|县|区|局|厅|委|办|部|会|院|行|司|公司|集团|政府|单位|中心|所|处|署)$");

    private boolean firstListedLeads;

    /** Whether a bracket's content is a responsibility annotation, without changing any state. */
    static boolean looksLikeAnnotation(String content) {
        String c = content.strip();
        if (!c.contains("单位") && !c.contains("部门") && !c.contains("牵头") && !c.contains("负责")
                && !c.contains("责任") && !c.contains("范围") && !c.contains("时限") && !c.contains("时间")
                && !c.contains("第一")) {
            return false;
        }
        Matcher f = FIELD.matcher(c);
        if (f.find()) {
            return f.start() == 0 || c.substring(0, f.start()).isBlank() || FIRST_LISTED_LEADS.matcher(c).find();
        }
        Matcher p = PHRASED.matcher(c);
        return p.matches() && names(p.group(1)).stream().allMatch(n -> AGENCY_LIKE.matcher(n).matches());
    }

    /**
     * Reads the inside of a bracket, or a "责任单位:…" line. Empty when the text is not an
     * annotation (an ordinary parenthesis such as "(集群、强县)").
     */
    Optional<Annotation> parse(String content) {
        String c = content.strip();
        Matcher convention = FIRST_LISTED_LEADS.matcher(c);
        boolean declaresConvention = c.contains("第一") && convention.find();
        if (declaresConvention) {
            firstListedLeads = true;
            c = convention.replaceAll("").strip();
        }
        Matcher f = FIELD.matcher(c);
        List<int[]> fields = new ArrayList<>();
        while (f.find()) {
            fields.add(new int[] {f.start(), f.end()});
        }
        List<String> lead = new ArrayList<>();
        List<String> support = new ArrayList<>();
        String timeLimit = null;
        if (fields.isEmpty()) {
            Matcher p = PHRASED.matcher(c);
            if (!p.matches()) {
                return declaresConvention ? Optional.of(new Annotation(List.of(), List.of(), null)) : Optional.empty();
            }
            List<String> leads = names(p.group(1));
            if (leads.isEmpty() || !leads.stream().allMatch(n -> AGENCY_LIKE.matcher(n).matches())) {
                return Optional.empty();
            }
            lead.addAll(leads);
            if (p.group(2) != null) {
                support.addAll(names(p.group(2)));
            }
            return Optional.of(new Annotation(lead, support, null));
        }
        if (fields.get(0)[0] > 0 && !c.substring(0, fields.get(0)[0]).isBlank()) {
            return Optional.empty(); // the field name must open the annotation
        }
        for (int i = 0; i < fields.size(); i++) {
            int[] field = fields.get(i);
            String label = f.reset(c).find(field[0]) ? f.group(1) : "";
            String value = c.substring(field[1], i + 1 < fields.size() ? fields.get(i + 1)[0] : c.length());
            value = TRAILING_PUNCTUATION.matcher(value).replaceFirst("");
            switch (label) {
                case "牵头单位", "牵头部门", "主责单位" -> lead.addAll(names(value));
                case "配合单位", "配合部门", "协办单位", "参与单位" -> support.addAll(names(value));
                case "责任单位", "责任部门" -> {
                    List<String> n = names(value);
                    if (firstListedLeads && !n.isEmpty()) {
                        lead.add(n.get(0));
                        support.addAll(n.subList(1, n.size()));
                    } else {
                        lead.addAll(n);
                    }
                }
                case "完成时限", "完成时间", "时间节点", "时限" -> timeLimit = value;
                default -> { } // 责任领导 (a person), 适用范围 (a scope) …: not agencies
            }
        }
        return Optional.of(new Annotation(lead, support, timeLimit));
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
        return s.substring(from, to).strip();
    }

    static List<String> names(String list) {
        if (list == null) {
            return List.of();
        }
        return Arrays.stream(NAME_SEPARATORS.split(list.strip()))
                .map(AnnotationParser::trimName)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
