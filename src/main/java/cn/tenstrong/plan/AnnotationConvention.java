package cn.tenstrong.plan;

/**
 * 责任单位标注惯例: how a list of responsible agencies such as “(A、B、C负责)” divides into lead and support.
 * A document may state its rule once (“列第一位者为牵头单位,下同”); the import preview shows what was detected and lets
 * the importer read the document the other way.
 */
public enum AnnotationConvention {
    /** Everyone a list names is responsible (牵头) — the reading when the document states no rule. */
    ALL_LISTED_LEAD,
    /** The first listed agency leads, the others support (列第一位者为牵头单位). */
    FIRST_LISTED_LEADS
}
