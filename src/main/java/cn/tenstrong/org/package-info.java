/**
 * 组织机构: administrative regions, industries and the organisations that act in the programme
 * (agencies, task forces, investment bureaus, parks), with the aliases documents use for them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "组织机构")
package cn.tenstrong.org;
