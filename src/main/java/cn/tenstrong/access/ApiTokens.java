package cn.tenstrong.access;

import java.util.List;

/** Creating, listing and revoking personal API tokens (the user for his own, 系统管理员 for anyone's). */
public interface ApiTokens {

    /** A new token: the secret, shown once, and its record. */
    /** Serializable: shown once through a flash attribute, which lives in the (database-stored) session. */
    record Issued(String token, ApiToken record) implements java.io.Serializable {
    }

    /**
     * Issues a token for the current user, or for {@code userId} when an administrator asks.
     *
     * @param validDays 1–365
     */
    Issued issue(Long userId, String name, ApiToken.Scope scope, int validDays);

    /** The current user's tokens; an administrator's call with {@code all} lists everyone's. */
    List<ApiToken> list(boolean all);

    void revoke(long tokenId);
}
