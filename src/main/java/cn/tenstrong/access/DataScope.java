package cn.tenstrong.access;

/** 数据范围: which records a user may see and edit beyond what the role allows. */
public enum DataScope {
    /** 全部 */
    ALL,
    /** 本单位 */
    OWN_ORG,
    /** 本市 (a county bureau: its city's records are read-only, its own county's editable) */
    OWN_CITY,
    /** 本园区 */
    OWN_PARK,
    /** 本产业 (产业专班) */
    OWN_INDUSTRY
}
