package cn.tenstrong.access.web;

import java.util.Set;

import cn.tenstrong.access.ApiToken;
import cn.tenstrong.access.ApiTokens;
import cn.tenstrong.access.DataScope;
import cn.tenstrong.access.LoginLocks;
import cn.tenstrong.access.NewUserAccount;
import cn.tenstrong.access.Role;
import cn.tenstrong.access.UserAccounts;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 用户管理 (administrators) and 修改密码 (everyone). */
@Controller
class UserPages {

    private final UserAccounts accounts;
    private final LoginLocks locks;
    private final ApiTokens tokens;
    private final OrgDirectory orgs;

    UserPages(UserAccounts accounts, LoginLocks locks, OrgDirectory orgs, ApiTokens tokens) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.locks = locks;
        this.orgs = orgs;
    }

    @GetMapping("/access/users")
    @PreAuthorize("hasAuthority('access:user:read')")
    String users(Model model) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("loginLocks", locks.active());
        model.addAttribute("roles", Role.values());
        model.addAttribute("scopes", DataScope.values());
        model.addAttribute("organizations", orgs.search("", null, 1000));
        model.addAttribute("now", java.time.Instant.now());
        return "access/users";
    }

    @PostMapping("/access/users")
    @PreAuthorize("hasAuthority('access:user:write')")
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam long organizationId,
                  @RequestParam Role role, @RequestParam DataScope dataScope, @RequestParam String password,
                  @RequestParam(defaultValue = "") String email, RedirectAttributes redirect) {
        accounts.create(new NewUserAccount(username, displayName, organizationId, dataScope, Set.of(role), password, email));
        redirect.addFlashAttribute("message", "access.created");
        return "redirect:/access/users";
    }

    @PostMapping("/access/users/{id}/unlock")
    @PreAuthorize("hasAuthority('access:user:write')")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(id);
        redirect.addFlashAttribute("message", "access.unlocked");
        return "redirect:/access/users";
    }

    @PostMapping("/access/login-locks/lift")
    @PreAuthorize("hasAuthority('access:user:write')")
    String liftLock(@RequestParam String username, @RequestParam String source, RedirectAttributes redirect) {
        locks.lift(username, source);
        redirect.addFlashAttribute("message", "access.lock.lifted");
        return "redirect:/access/users";
    }

    @GetMapping("/access/tokens")
    String tokens(Model model) {
        model.addAttribute("tokens", tokens.list(true));
        model.addAttribute("scopes", ApiToken.Scope.values());
        model.addAttribute("now", java.time.Instant.now());
        return "access/tokens";
    }

    @PostMapping("/access/tokens")
    String createToken(@RequestParam String name, @RequestParam ApiToken.Scope scope,
                       @RequestParam(defaultValue = "90") int validDays, RedirectAttributes redirect, Model model) {
        try {
            ApiTokens.Issued issued = tokens.issue(null, name, scope, validDays);
            redirect.addFlashAttribute("issued", issued);
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorText", e.getMessage());
        }
        return "redirect:/access/tokens";
    }

    @PostMapping("/access/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("message", "access.token.revoked");
        return "redirect:/access/tokens";
    }

    @GetMapping("/access/password")
    String passwordForm() {
        return "access/password";
    }

    @PostMapping("/access/password")
    String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
                          @RequestParam String confirmPassword, Model model) {
        if (!newPassword.equals(confirmPassword)) {
            model.addAttribute("errorKey", "access.password.mismatch");
            return "access/password";
        }
        try {
            accounts.changeOwnPassword(currentPassword, newPassword);
        } catch (DomainException e) {
            // shown next to the form so the user can correct it without losing the page
            model.addAttribute("errorText", e.getMessage());
            return "access/password";
        }
        model.addAttribute("changed", true);
        return "access/password";
    }
}
