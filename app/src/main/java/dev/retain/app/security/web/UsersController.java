package dev.retain.app.security.web;

import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.Role;
import dev.retain.app.security.internal.UserAdministration;
import dev.retain.app.security.internal.UserAdministration.Account;
import dev.retain.app.security.internal.UserAdministration.Refused;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /admin/users: the logins of the province and what an admin may change about them (audited). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UsersController {

    private final UserAdministration users;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Clock clock;

    UsersController(UserAdministration users, CurrentUser currentUser, MessageSource messages, Clock clock) {
        this.users = users;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        return listPage(model, new NewUser("", "", Role.PHONE_MANAGER.code(), ""));
    }

    /** The create form as typed, without the password (never sent back to the browser). */
    record NewUser(String username, String displayName, String role, String managerId) {
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam String password, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam String role, @RequestParam(defaultValue = "") String managerId, Model model, RedirectAttributes redirect) {
        try {
            Optional<String> notice = users.create(username, password, displayName, loginRole(role), managerId, currentUser.get());
            redirect.addFlashAttribute("saved", text("users.created.notice", username.trim()));
            notice.ifPresent(code -> redirect.addFlashAttribute("notice", text(code)));
            return "redirect:/admin/users";
        } catch (Refused refused) {
            model.addAttribute("refused", text(refused));
            return listPage(model, new NewUser(username, displayName, role, managerId));
        }
    }

    @GetMapping("/admin/users/{username}")
    String edit(@PathVariable String username, Model model) {
        return editPage(model, account(username));
    }

    @PostMapping("/admin/users/{username}")
    String change(@PathVariable String username, @RequestParam(defaultValue = "") String displayName, @RequestParam String role,
                  @RequestParam(defaultValue = "") String managerId, Model model, RedirectAttributes redirect) {
        return act(username, model, redirect, () -> users.change(username, displayName, loginRole(role), managerId, currentUser.get()));
    }

    @PostMapping("/admin/users/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam String password, Model model, RedirectAttributes redirect) {
        return act(username, model, redirect, () -> {
            users.resetPassword(username, password, currentUser.get());
            return Optional.empty();
        });
    }

    @PostMapping("/admin/users/{username}/enabled")
    String setEnabled(@PathVariable String username, @RequestParam boolean enabled, Model model, RedirectAttributes redirect) {
        return act(username, model, redirect, () -> {
            users.setEnabled(username, enabled, currentUser.get());
            return Optional.empty();
        });
    }

    @PostMapping("/admin/users/{username}/two-factor/reset")
    String resetTwoFactor(@PathVariable String username, Model model, RedirectAttributes redirect) {
        return act(username, model, redirect, () -> {
            users.resetTwoFactor(username, currentUser.get());
            return Optional.empty();
        });
    }

    private interface Change {
        Optional<String> run();
    }

    /** Runs a change of one login: back to its page saying it was saved, or the page again saying why not. */
    private String act(String username, Model model, RedirectAttributes redirect, Change change) {
        Account account = account(username);
        try {
            Optional<String> notice = change.run();
            redirect.addFlashAttribute("saved", text("users.saved"));
            notice.ifPresent(code -> redirect.addFlashAttribute("notice", text(code)));
            return "redirect:/admin/users/" + username;
        } catch (Refused refused) {
            model.addAttribute("refused", text(refused));
            return editPage(model, account);
        }
    }

    private String listPage(Model model, NewUser form) {
        model.addAttribute("accounts", users.all());
        model.addAttribute("roles", Role.loginRoles());
        model.addAttribute("form", form);
        model.addAttribute("zone", clock.getZone());
        return "security/users";
    }

    private String editPage(Model model, Account account) {
        model.addAttribute("account", account);
        model.addAttribute("roles", Role.loginRoles());
        model.addAttribute("self", account.username().equals(currentUser.get().username()));
        return "security/user";
    }

    private Account account(String username) {
        return users.find(username).orElseThrow(() -> new NotFoundException("no user " + username));
    }

    /** A role from the form; one no login may have is refused like any wrong value. */
    private static Role loginRole(String code) {
        try {
            Role role = Role.ofCode(code);
            if (!Role.loginRoles().contains(role)) throw new Refused("users.error.system-role");
            return role;
        } catch (IllegalArgumentException e) {
            throw new Refused("users.error.role", code);
        }
    }

    private String text(Refused refused) {
        return messages.getMessage(refused.code(), refused.args(), LocaleContextHolder.getLocale());
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
