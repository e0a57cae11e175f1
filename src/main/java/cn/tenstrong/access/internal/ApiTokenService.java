package cn.tenstrong.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cn.tenstrong.access.ApiToken;
import cn.tenstrong.access.ApiTokens;
import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.persistence.ApiTokenRows;
import cn.tenstrong.access.persistence.UserRows;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.shared.DomainException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 个人API令牌: issues, lists and revokes tokens, and turns a presented token into a login. A checked token is kept
 * for {@link #CACHE_FOR} so that a busy client costs one map lookup per call; revoking on this node takes effect at
 * once, on other nodes within that time.
 */
@Service
class ApiTokenService implements ApiTokens {

    static final String PREFIX = "tsq_";
    /** Marks a login made with a token: such a login may not mint further tokens. */
    static final String TOKEN_LOGIN = "api-token";
    static final Duration CACHE_FOR = Duration.ofSeconds(30);
    private static final int MAX_CACHED = 10_000;
    private static final int MAX_DAYS = 365;
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    /** A checked token: the login it stands for, until when that answer may be reused. */
    record Checked(long tokenId, ApiToken.Scope scope, Authentication authentication, Instant reuseUntil) {
    }

    private final ApiTokenRows rows;
    private final UserRows users;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    ApiTokenService(ApiTokenRows rows, UserRows users, AccountService accounts, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.users = users;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Issued issue(Long userId, String name, ApiToken.Scope scope, int validDays) {
        CurrentUser me = accounts.require();
        var current = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (current != null && TOKEN_LOGIN.equals(current.getDetails())) {
            throw DomainException.forbidden("令牌不能用于创建令牌，请使用账号密码登录后创建");
        }
        long owner = userId == null ? me.id() : userId;
        if (owner != me.id() && !isAdmin(me)) {
            throw DomainException.forbidden("只有系统管理员可以为其他用户创建令牌");
        }
        users.byId(owner).orElseThrow(() -> DomainException.notFound("用户不存在"));
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 60) {
            throw DomainException.invalid("令牌名称不能为空且不超过60字");
        }
        if (validDays < 1 || validDays > MAX_DAYS) {
            throw DomainException.invalid("有效期须为1至" + MAX_DAYS + "天");
        }
        String token = PREFIX + randomText(40);
        Instant expires = clock.instant().plus(Duration.ofDays(validDays));
        long id = rows.insert(owner, label, sha256(token), token.substring(0, 10),
                scope == null ? ApiToken.Scope.READ : scope, me.username(), expires);
        ApiToken stored = rows.byId(id).orElseThrow();
        audit.record("CREATE", "access.api-token", Long.toString(id), null, stored);
        return new Issued(token, stored);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApiToken> list(boolean all) {
        CurrentUser me = accounts.require();
        return all && isAdmin(me) ? rows.all() : rows.ofUser(me.id());
    }

    @Override
    @Transactional
    public void revoke(long tokenId) {
        CurrentUser me = accounts.require();
        ApiToken token = rows.byId(tokenId).orElseThrow(() -> DomainException.notFound("令牌不存在"));
        if (token.userId() != me.id() && !isAdmin(me)) {
            throw DomainException.forbidden("只能撤销自己的令牌");
        }
        if (!rows.revoke(tokenId, clock.instant(), me.username())) {
            throw DomainException.conflict("令牌已撤销");
        }
        checked.values().removeIf(c -> c.tokenId() == tokenId);
        audit.record("REVOKE", "access.api-token", Long.toString(tokenId), token, rows.byId(tokenId).orElseThrow());
    }

    /** The login a presented token stands for, or empty when it is unknown, revoked, expired or its account is off. */
    Optional<Checked> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        String hash = sha256(presented);
        Instant now = clock.instant();
        Checked cached = checked.get(hash);
        if (cached != null && cached.reuseUntil().isAfter(now)) {
            return Optional.of(cached);
        }
        Optional<Checked> fresh = rows.byHash(hash).filter(t -> t.activeAt(now)).flatMap(t -> login(t, now));
        if (fresh.isPresent()) {
            if (checked.size() >= MAX_CACHED) {
                checked.clear();
            }
            checked.put(hash, fresh.get());
            rows.touch(fresh.get().tokenId(), now);
        } else {
            checked.remove(hash);
        }
        return fresh;
    }

    private Optional<Checked> login(ApiToken token, Instant now) {
        PlatformUserDetails details;
        try {
            details = (PlatformUserDetails) accounts.loadUserByUsername(token.username());
        } catch (UsernameNotFoundException gone) {
            return Optional.empty();
        }
        if (!details.isEnabled() || !details.isAccountNonLocked()) {
            return Optional.empty();
        }
        details.eraseCredentials();
        UsernamePasswordAuthenticationToken auth = UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities());
        auth.setDetails(TOKEN_LOGIN);
        Instant reuseUntil = now.plus(CACHE_FOR);
        return Optional.of(new Checked(token.id(), token.scope(), auth,
                reuseUntil.isAfter(token.expiresAt()) ? token.expiresAt() : reuseUntil));
    }

    private static boolean isAdmin(CurrentUser user) {
        return user.permissions().contains("access:user:write");
    }

    private String randomText(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
