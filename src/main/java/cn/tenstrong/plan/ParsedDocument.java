package cn.tenstrong.plan;

import java.util.List;

/**
 * The result of parsing one plan document.
 *
 * @param plans    the plans found, in document order
 * @param warnings things a person should review (unknown agencies, items without agencies …), in Chinese
 */
public record ParsedDocument(List<Plan> plans, List<String> warnings) {
    public ParsedDocument {
        plans = List.copyOf(plans);
        warnings = List.copyOf(warnings);
    }
}
