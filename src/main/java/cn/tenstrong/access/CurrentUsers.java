package cn.tenstrong.access;

import java.util.Optional;

/** Gives the user of the current request. */
public interface CurrentUsers {

    Optional<CurrentUser> current();

    /** The current user, or a FORBIDDEN domain error when nobody is logged in. */
    CurrentUser require();
}
