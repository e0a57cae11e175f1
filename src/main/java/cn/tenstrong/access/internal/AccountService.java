package cn.tenstrong.access.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.access.NewUserAccount;
import cn.tenstrong.access.PasswordPolicy;
import cn.tenstrong.access.UserAccount;
import cn.tenstrong.access.UserAccounts;
import cn.tenstrong.access.persistence.UserRows;
import cn.tenstrong.access.persistence.UserRows.UserRow;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.Region;
import cn.tenstrong.shared.DomainException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: loading them for login, creating and managing them, and telling who the current user is. */
@Service
class AccountService implements UserDetailsService, UserAccounts, CurrentUsers {

    private final UserRows rows;
    private final OrgDirectory orgs;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final LoginThrottle throttle;

    AccountService(UserRows rows, OrgDirectory orgs, PasswordEncoder encoder, AuditTrail audit, Clock clock,
                   LoginThrottle throttle) {
        this.throttle = throttle;
        this.rows = rows;
        this.orgs = orgs;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserRow row = rows.byUsername(username == null ? "" : username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        return new PlatformUserDetails(toCurrentUser(row), row.passwordHash(), row.enabled(), row.lockedUntil(), clock);
    }

    CurrentUser toCurrentUser(UserRow row) {
        Organization org = orgs.organization(row.organizationId())
                .orElseThrow(() -> new IllegalStateException("account " + row.username() + " has no organisation"));
        String cityCode = org.regionCode() == null ? null
                : orgs.region(org.regionCode()).map(Region::cityCode).orElse(null);
        return new CurrentUser(row.id(), row.username(), row.displayName(), org.id(), org.name(), org.kind().name(),
                org.regionCode(), cityCode, org.industryCode(), row.dataScope(), Set.copyOf(row.roles()),
                rows.permissions(row.roles()));
    }

    @Override
    public Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PlatformUserDetails details) {
            return Optional.of(details.user());
        }
        return Optional.empty();
    }

    @Override
    public CurrentUser require() {
        return current().orElseThrow(() -> DomainException.forbidden("请先登录"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return rows.all().stream().map(this::toAccount).toList();
    }

    @Override
    @Transactional
    public UserAccount create(NewUserAccount account) {
        String username = account.username() == null ? "" : account.username().trim().toLowerCase();
        if (!username.matches("[a-z0-9_.-]{3,32}")) {
            throw DomainException.invalid("用户名须为3-32位小写字母、数字或 _ . -");
        }
        if (rows.byUsername(username).isPresent()) {
            throw DomainException.invalid("用户名“" + username + "”已存在");
        }
        if (account.displayName() == null || account.displayName().isBlank() || account.displayName().length() > 50) {
            throw DomainException.invalid("姓名不能为空且不超过50字");
        }
        if (account.roles() == null || account.roles().isEmpty()) {
            throw DomainException.invalid("至少选择一个角色");
        }
        orgs.organization(account.organizationId())
                .orElseThrow(() -> DomainException.invalid("所属机构不存在"));
        PasswordPolicy.violation(account.password(), username).ifPresent(reason -> {
            throw DomainException.invalid(reason);
        });
        String email = account.email() == null || account.email().isBlank() ? null : account.email().trim();
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw DomainException.invalid("电子邮箱格式不正确");
        }
        long id = rows.insert(username, account.displayName().trim(), encoder.encode(account.password()),
                account.organizationId(), account.dataScope(), account.roles(), false, email);
        UserAccount created = toAccount(rows.byId(id).orElseThrow());
        audit.record("CREATE", "access.user", Long.toString(id), null, created);
        return created;
    }

    /** Creates a demo account; only the demo seeder calls this. */
    @Transactional
    long createDemo(String username, String displayName, long organizationId, cn.tenstrong.access.DataScope scope,
                    Set<cn.tenstrong.access.Role> roles, String password) {
        long id = rows.insert(username, displayName, encoder.encode(password), organizationId, scope, roles, true, null);
        audit.record("CREATE", "access.user", Long.toString(id), null, toAccount(rows.byId(id).orElseThrow()));
        return id;
    }

    @Override
    @Transactional
    public void unlock(long userId) {
        UserAccount before = rows.byId(userId).map(this::toAccount)
                .orElseThrow(() -> DomainException.notFound("用户不存在"));
        rows.unlock(userId);
        throttle.clearAccount(before.username());
        audit.record("UNLOCK", "access.user", Long.toString(userId), before, toAccount(rows.byId(userId).orElseThrow()));
    }

    @Override
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        CurrentUser me = require();
        UserRow row = rows.byId(me.id()).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, row.passwordHash())) {
            throw DomainException.invalid("当前密码不正确");
        }
        PasswordPolicy.violation(newPassword, me.username()).ifPresent(reason -> {
            throw DomainException.invalid(reason);
        });
        if (encoder.matches(newPassword, row.passwordHash())) {
            throw DomainException.invalid("新密码不能与当前密码相同");
        }
        rows.updatePassword(me.id(), encoder.encode(newPassword), clock.instant());
        audit.record("CHANGE_PASSWORD", "access.user", Long.toString(me.id()), null, java.util.Map.of("username", me.username()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Recipient> reminderRecipients() {
        return rows.all().stream().filter(r -> r.enabled() && r.email() != null)
                .map(r -> new Recipient(toCurrentUser(r), r.email())).toList();
    }

    @Override
    public long count() {
        return rows.count();
    }

    private UserAccount toAccount(UserRow row) {
        String orgName = orgs.organization(row.organizationId()).map(Organization::name).orElse("");
        return new UserAccount(row.id(), row.username(), row.displayName(), row.organizationId(), orgName,
                row.dataScope(), Set.copyOf(row.roles()), row.enabled(), row.lockedUntil(), row.failedAttempts(),
                row.lastLoginAt(), row.demo(), row.version(), row.email());
    }
}
