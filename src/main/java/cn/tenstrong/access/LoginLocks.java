package cn.tenstrong.access;

import java.util.List;

/** The login locks in force, for administrators to see and lift. */
public interface LoginLocks {

    List<LoginLock> active();

    /** Lifts the lock of one account name for one source address (audited). */
    void lift(String username, String source);
}
