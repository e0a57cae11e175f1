/**
 * 组织机构: administrative regions, industries and the organisations that act in the programme
 * (agencies, task forces, investment bureaus, parks), with the aliases documents use for them. The agency
 * directory ({@link cn.tenstrong.org.AgencyDirectory}) is plain Java so that the {@code parse} command runs without Spring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "组织机构",
        allowedDependencies = {"audit", "shared"})
package cn.tenstrong.org;
