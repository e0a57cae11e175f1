package cn.tenstrong.org;

/** 机构类型: what kind of body an organisation is, which decides what it may do on the platform. */
public enum OrganizationKind {
    /** 省直部门 */
    PROVINCE_DEPT,
    /** 中央驻鲁单位 (e.g. 省通信管理局, 人民银行济南分行) */
    CENTRAL_IN_PROVINCE,
    /** 市政府 */
    CITY_GOV,
    /** 产业专班 */
    TASK_FORCE,
    /** 市招商部门 */
    CITY_BUREAU,
    /** 县招商部门 */
    COUNTY_BUREAU,
    /** 园区 */
    PARK,
    /** 集合称谓 ("有关市政府", "省有关部门"): stands for several bodies, not one */
    PLACEHOLDER,
    OTHER;

    /** Reads the forms used in data files: "province-dept", "PROVINCE_DEPT". */
    public static OrganizationKind parse(String text) {
        return valueOf(text.trim().toUpperCase().replace('-', '_'));
    }
}
