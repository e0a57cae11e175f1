package cn.tenstrong.access;

import java.util.Set;

/**
 * 当前用户: who is acting, for which organisation, and within which data scope. Other modules read it
 * through {@link CurrentUsers} to decide what a request may see and change. Serializable: it is part of the login
 * kept in the session, which Spring Session stores in the database for every node to read.
 */
public record CurrentUser(long id, String username, String displayName, long organizationId, String organizationName,
                          String organizationKind, String regionCode, String cityCode, String industryCode,
                          DataScope dataScope, Set<Role> roles, Set<String> permissions) implements java.io.Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean can(String permission) {
        return permissions.contains(permission);
    }
}
