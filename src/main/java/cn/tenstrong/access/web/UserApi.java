package cn.tenstrong.access.web;

import java.util.List;

import cn.tenstrong.access.ApiToken;
import cn.tenstrong.access.ApiTokens;
import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.access.LoginLock;
import cn.tenstrong.access.LoginLocks;
import cn.tenstrong.access.NewUserAccount;
import cn.tenstrong.access.UserAccount;
import cn.tenstrong.access.UserAccounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API for accounts. */
@RestController
@RequestMapping("/api/access")
@Tag(name = "用户与权限")
class UserApi {

    private final UserAccounts accounts;
    private final CurrentUsers currentUsers;
    private final LoginLocks locks;
    private final ApiTokens tokens;

    UserApi(UserAccounts accounts, CurrentUsers currentUsers, LoginLocks locks, ApiTokens tokens) {
        this.accounts = accounts;
        this.currentUsers = currentUsers;
        this.locks = locks;
        this.tokens = tokens;
    }

    /** What a new token should be. */
    record TokenRequest(String name, ApiToken.Scope scope, Integer validDays, Long userId) {
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "创建个人API令牌（令牌只在此次返回；系统管理员可为他人创建；不能用令牌创建令牌）")
    ApiTokens.Issued createToken(@RequestBody TokenRequest request) {
        return tokens.issue(request.userId(), request.name(), request.scope(),
                request.validDays() == null ? 90 : request.validDays());
    }

    @GetMapping("/tokens")
    @Operation(summary = "我的API令牌（系统管理员 all=true 查看全部）")
    List<ApiToken> tokens(@RequestParam(defaultValue = "false") boolean all) {
        return tokens.list(all);
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "撤销API令牌（本人或系统管理员；审计）")
    void revokeToken(@PathVariable long id) {
        tokens.revoke(id);
    }

    @GetMapping("/login-locks")
    @PreAuthorize("hasAuthority('access:user:read')")
    @Operation(summary = "生效中的登录限制（某来源地址因多次密码错误被限制登录某账号）")
    List<LoginLock> loginLocks() {
        return locks.active();
    }

    @DeleteMapping("/login-locks")
    @PreAuthorize("hasAuthority('access:user:write')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "解除登录限制（审计）")
    void liftLoginLock(@RequestParam String username, @RequestParam String source) {
        locks.lift(username, source);
    }

    @GetMapping("/me")
    @Operation(summary = "当前用户：所属机构、角色、权限与数据范围")
    CurrentUser me() {
        return currentUsers.require();
    }

    @GetMapping("/users")
    @PreAuthorize("hasAuthority('access:user:read')")
    @Operation(summary = "用户列表")
    List<UserAccount> users() {
        return accounts.all();
    }

    @PostMapping("/users")
    @PreAuthorize("hasAuthority('access:user:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建用户（密码须符合口令策略）")
    UserAccount create(@RequestBody NewUserAccount account) {
        return accounts.create(account);
    }
}
