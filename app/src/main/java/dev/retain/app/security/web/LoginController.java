package dev.retain.app.security.web;

import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, and the home page that sends each role to where its work is. */
@Controller
class LoginController {

    private final CurrentUser currentUser;

    LoginController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GetMapping("/login")
    String login() {
        return "security/login";
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home() {
        Role role = currentUser.get().role();
        return switch (role) {
            case PHONE_MANAGER, CUSTOMER_MANAGER -> "redirect:/tasks";
            case ADMIN -> "redirect:/admin/rules";
            case SUPERVISOR, ANALYST -> "redirect:/supervisor";
            case COMPLAINT_HANDLER -> "redirect:/complaints";
            case MERCHANT_ADMIN, MERCHANT_CLERK -> "redirect:/portal/counter";
            // integration clients call the API only; they have no pages
            case SYSTEM -> throw new org.springframework.security.access.AccessDeniedException("integration clients have no pages");
        };
    }
}
