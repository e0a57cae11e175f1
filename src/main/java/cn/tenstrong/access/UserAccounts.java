package cn.tenstrong.access;

import java.util.List;

/** Managing accounts: the access module's public surface for administrators and for the user himself. */
public interface UserAccounts {

    List<UserAccount> all();

    UserAccount create(NewUserAccount account);

    void unlock(long userId);

    void changeOwnPassword(String currentPassword, String newPassword);

    long count();

    /** Enabled accounts with an e-mail address, each as it would act when logged in (for reminder digests). */
    List<Recipient> reminderRecipients();

    /** An account that can be written to. */
    record Recipient(CurrentUser user, String email) {
    }
}
