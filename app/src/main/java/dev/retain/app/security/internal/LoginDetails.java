package dev.retain.app.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;

/**
 * What a login attempt brings besides the name and password: the address it came from (the
 * throttle's key), how it came (the form or HTTP Basic), and the second factor's code (form only).
 */
public record LoginDetails(String address, Channel channel, String code) implements java.io.Serializable {

    /** The same details without the second factor's code: what a session keeps after the login. */
    LoginDetails withoutCode() {
        return new LoginDetails(address, channel, null);
    }

    public enum Channel { FORM, BASIC }

    /** The form's details: the code comes from its {@code code} field. */
    static AuthenticationDetailsSource<HttpServletRequest, LoginDetails> form() {
        return request -> new LoginDetails(request.getRemoteAddr(), Channel.FORM, request.getParameter("code"));
    }

    /** HTTP Basic has nowhere to put a code. */
    static AuthenticationDetailsSource<HttpServletRequest, LoginDetails> basic() {
        return request -> new LoginDetails(request.getRemoteAddr(), Channel.BASIC, null);
    }
}
