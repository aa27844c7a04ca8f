package dev.retain.app.security;

import dev.retain.app.security.internal.ApiClientAuthentication;
import dev.retain.app.security.internal.RetainUserDetails;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The logged-in user of the current request, or the integration client calling the API ({@link Role#SYSTEM}). */
@Component
public class CurrentUser {

    public RetainUser get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof RetainUserDetails details) return details.user();
        if (auth instanceof ApiClientAuthentication client) return client.client().asUser();
        throw new AuthenticationCredentialsNotFoundException("no Retain user logged in");
    }
}
