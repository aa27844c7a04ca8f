package dev.retain.app.security.internal;

import org.springframework.security.core.AuthenticationException;

/** A login with a second factor tried HTTP Basic, which cannot carry the code: systems use an API key instead. */
public class SecondFactorRequiredException extends AuthenticationException {

    SecondFactorRequiredException() {
        super("this login has a second factor: HTTP Basic cannot carry its code; use the login page or an integration client's API key");
    }
}
