/**
 * 单位 (org) module: the agency directory ({@link cn.tenstrong.org.AgencyDirectory}) that resolves the names
 * written in plan documents to canonical agencies. Plain Java, loadable without Spring.
 */
package cn.tenstrong.org;
