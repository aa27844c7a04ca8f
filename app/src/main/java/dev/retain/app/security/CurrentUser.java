package dev.retain.app.security;

import dev.retain.app.security.internal.RetainUserDetails;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The logged-in user of the current request. */
@Component
public class CurrentUser {

    public RetainUser get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof RetainUserDetails details) return details.user();
        throw new AuthenticationCredentialsNotFoundException("no Retain user logged in");
    }
}
