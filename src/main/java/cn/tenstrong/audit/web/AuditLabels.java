package cn.tenstrong.audit.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.audit.AuditEntry;
import cn.tenstrong.shared.CsvData;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 审计日志的中文: actions, entity types and common field names in Chinese ({@code audit/labels.csv}), the change
 * between before and after as a list of fields, and the codes a Chinese search word stands for.
 */
@Component
class AuditLabels {

    /** One changed field: its label and its value before and after (empty when absent). */
    record Change(String field, String before, String after) {
    }

    /** An entry as the page shows it. */
    record Row(AuditEntry entry, String action, String entity, List<Change> changes) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_VALUE = 120;

    private final Map<String, String> actions = new LinkedHashMap<>();
    private final Map<String, String> entities = new LinkedHashMap<>();
    private final Map<String, String> fields = new LinkedHashMap<>();

    AuditLabels() {
        for (Map<String, String> line : CsvData.readClasspath("audit/labels.csv")) {
            Map<String, String> target = switch (line.get("kind")) {
                case "action" -> actions;
                case "entity" -> entities;
                case "field" -> fields;
                default -> throw new IllegalStateException("audit/labels.csv: 未知类别 " + line.get("kind"));
            };
            target.put(line.get("key"), line.get("label"));
        }
    }

    Map<String, String> entities() {
        return entities;
    }

    Map<String, String> actions() {
        return actions;
    }

    Row row(AuditEntry e) {
        return new Row(e, actions.getOrDefault(e.action(), e.action()),
                entities.getOrDefault(e.entityType(), e.entityType()), changes(e.beforeJson(), e.afterJson()));
    }

    /**
     * The codes a search word stands for: null (no filter) for a blank word, else every code equal to it or whose
     * Chinese label contains it (项目 → project.project, project.report, project.duplicate …); may be empty.
     */
    static Set<String> codes(Map<String, String> labels, String word) {
        if (word == null || word.isBlank()) {
            return null;
        }
        String w = word.strip();
        Set<String> out = new LinkedHashSet<>();
        labels.forEach((code, label) -> {
            if (code.equals(w) || label.contains(w)) {
                out.add(code);
            }
        });
        if (out.isEmpty()) {
            out.add(w); // a code the labels do not know yet
        }
        return out;
    }

    /** The fields that differ (all fields of a creation or a deletion), top level of the JSON objects. */
    List<Change> changes(String beforeJson, String afterJson) {
        JsonNode before = parse(beforeJson);
        JsonNode after = parse(afterJson);
        Set<String> names = new LinkedHashSet<>();
        names(before, names);
        names(after, names);
        List<Change> out = new ArrayList<>();
        for (String name : names) {
            String b = text(before == null ? null : before.get(name));
            String a = text(after == null ? null : after.get(name));
            if (!b.equals(a)) {
                out.add(new Change(fields.getOrDefault(name, name), b, a));
            }
        }
        if (out.isEmpty() && (before != null && !before.isObject() || after != null && !after.isObject())) {
            out.add(new Change("", text(before), text(after)));
        }
        return out;
    }

    private static void names(JsonNode node, Collection<String> into) {
        if (node != null && node.isObject()) {
            Iterator<String> it = node.propertyNames().iterator();
            it.forEachRemaining(into::add);
        }
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (RuntimeException e) {
            return JSON.getNodeFactory().stringNode(json);
        }
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return "";
        }
        String t = n.isValueNode() ? n.asString() : n.toString();
        return t.length() > MAX_VALUE ? t.substring(0, MAX_VALUE) + "…" : t;
    }
}
