package cn.tenstrong.plan;

import java.util.List;

/**
 * The result of parsing one plan document.
 *
 * @param plans      the plans found, in document order
 * @param warnings   things a person should review (unknown agencies, items without agencies …), in Chinese
 * @param convention how the document's responsibility lists were read: {@link AnnotationConvention#FIRST_LISTED_LEADS}
 *                   when the document states the first-listed rule (from that point on) or the importer chose it,
 *                   else {@link AnnotationConvention#ALL_LISTED_LEAD}; null for documents parsed before this was kept
 * @param conventionChosen true when the importer chose the convention rather than the document declaring it
 */
public record ParsedDocument(List<Plan> plans, List<String> warnings, AnnotationConvention convention,
                             boolean conventionChosen) {
    public ParsedDocument {
        plans = List.copyOf(plans);
        warnings = List.copyOf(warnings);
    }

    public ParsedDocument(List<Plan> plans, List<String> warnings) {
        this(plans, warnings, AnnotationConvention.ALL_LISTED_LEAD, false);
    }
}
