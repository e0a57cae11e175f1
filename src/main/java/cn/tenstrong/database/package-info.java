/**
 * Where the platform keeps its data: an embedded PostgreSQL under {@code <platform.data-dir>/pg} unless
 * {@code spring.datasource.url} names an external server.
 */
@org.springframework.modulith.ApplicationModule(displayName = "数据库",
        allowedDependencies = {"shared"})
package cn.tenstrong.database;
