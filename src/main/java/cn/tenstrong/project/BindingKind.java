package cn.tenstrong.project;

/** What live data a plan target is bound to. */
public enum BindingKind {
    /** Sum of 本期完成投资 of matching projects (in the filter's year, else all months). */
    SUM_PROJECT_INVESTMENT,
    /** Number of matching projects. */
    COUNT_PROJECTS,
    /** Number of enterprises in the enterprise library with a tag (filter.tag), optionally in a region. */
    COUNT_ENTERPRISES_WITH_TAG,
    /** Number of signed leads (filter: industry, city, year signed), computed by the targeting module. */
    COUNT_SIGNED_LEADS,
    /**
     * 新增上市公司: enterprises of Shandong (or filter.cityCode) whose 上市日期 falls in filter.year, up to today (or a
     * demo's 演示时点); from the enterprise library's listed-company data.
     */
    COUNT_LISTED_ENTERPRISES
}
