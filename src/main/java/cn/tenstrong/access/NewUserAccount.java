package cn.tenstrong.access;

import java.util.Set;

/** What an administrator fills in to create an account. */
public record NewUserAccount(String username, String displayName, long organizationId, DataScope dataScope,
                             Set<Role> roles, String password, String email) {

    /** An account without an e-mail address (it then gets no reminder digest). */
    public NewUserAccount(String username, String displayName, long organizationId, DataScope dataScope, Set<Role> roles,
                          String password) {
        this(username, displayName, organizationId, dataScope, roles, password, null);
    }
}
