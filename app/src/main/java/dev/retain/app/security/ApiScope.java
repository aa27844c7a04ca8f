package dev.retain.app.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope an integration client ({@link Role#SYSTEM}) needs to call this /api/v1 endpoint.
 * Every API handler method declares one (a test checks); a client is refused any endpoint whose
 * scope it was not given, and any endpoint without one. People's logins are judged by the
 * endpoint's {@code @PreAuthorize} roles as before.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ApiScope {

    Scope value();
}
