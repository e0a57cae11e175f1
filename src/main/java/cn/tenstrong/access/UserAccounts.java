package cn.tenstrong.access;

import java.util.List;

/** Managing accounts: the access module's public surface for administrators and for the user himself. */
public interface UserAccounts {

    List<UserAccount> all();

    UserAccount create(NewUserAccount account);

    void unlock(long userId);

    void changeOwnPassword(String currentPassword, String newPassword);

    long count();
}
