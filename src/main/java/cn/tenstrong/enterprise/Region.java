package cn.tenstrong.enterprise;

/**
 * 登记地区.
 *
 * @param code      GB/T 2260 code used in the USCC
 * @param fullName  e.g. 山东省济南市历下区
 * @param shortName the place word used in enterprise names, e.g. 济南
 */
record Region(String code, String fullName, String shortName) {
}
