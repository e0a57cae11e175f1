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
     * 举办招商活动场次 ("举办3-5场…对接活动", "4场以上", "2次以上"): 招商活动 of the filter's industry (codes nest by
     * prefix), city and type (filter.eventType) held in filter.year up to the date; with filter.stage = 签约 only those
     * from which a lead was signed by then. Computed by the targeting module.
     */
    COUNT_EVENTS,
    /**
     * 新增上市公司 ("新增上市公司30家以上"): enterprises of Shandong (or filter.cityCode) that reached 上市 in filter.year
     * up to the date — on their 上市日期 in the listed-company data, or on the date the 上市后备资源库 recorded for a
     * candidate the data does not list; with filter.industryCode only the reserve's candidates of that industry.
     * Computed by the listing module. Replaces the former COUNT_LISTED_ENTERPRISES (the same count from the data
     * alone; migration V2026120317_01 moved its bindings here).
     */
    COUNT_NEW_LISTINGS
}
