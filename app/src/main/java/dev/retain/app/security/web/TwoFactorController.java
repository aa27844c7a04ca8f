package dev.retain.app.security.web;

import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.internal.TwoFactor;
import dev.retain.app.security.internal.UserAdministration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /admin/two-factor: an admin sets up the second factor of their own login — a new secret (its
 * text, an otpauth URI and a QR code for the authenticator app), confirmed with a code; from then
 * on the login needs a code. Removing it is another admin's job (/admin/users).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class TwoFactorController {

    private final TwoFactor twoFactor;
    private final UserAdministration users;
    private final CurrentUser currentUser;

    TwoFactorController(TwoFactor twoFactor, UserAdministration users, CurrentUser currentUser) {
        this.twoFactor = twoFactor;
        this.users = users;
        this.currentUser = currentUser;
    }

    @GetMapping("/admin/two-factor")
    String page(Model model) {
        RetainUser me = currentUser.get();
        model.addAttribute("enabled", twoFactor.enabled(me.username()));
        twoFactor.pending(me.username()).ifPresent(e -> model.addAttribute("enrolment", e));
        return "security/two-factor";
    }

    @PostMapping("/admin/two-factor/start")
    String start() {
        RetainUser me = currentUser.get();
        if (!twoFactor.enabled(me.username())) twoFactor.start(me.username());
        return "redirect:/admin/two-factor";
    }

    @PostMapping("/admin/two-factor/confirm")
    String confirm(@RequestParam(defaultValue = "") String code, Model model) {
        if (users.confirmTwoFactor(currentUser.get(), code.trim())) return "redirect:/admin/two-factor?confirmed";
        model.addAttribute("wrongCode", true);
        return page(model);
    }
}
