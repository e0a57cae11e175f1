/**
 * 用户与权限: accounts bound to an organisation, roles, permissions ({@code module:resource:action}),
 * data scopes, login with lockout, and the platform's security rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "用户与权限",
        allowedDependencies = {"audit", "org", "shared"})
package cn.tenstrong.access;
