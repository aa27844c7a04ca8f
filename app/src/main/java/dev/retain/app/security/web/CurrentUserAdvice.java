package dev.retain.app.security.web;

import dev.retain.app.security.RetainUser;
import dev.retain.app.security.internal.RetainUserDetails;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in user into every page's model, for the navigation bar. */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("me")
    RetainUser me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof RetainUserDetails d ? d.user() : null;
    }
}
