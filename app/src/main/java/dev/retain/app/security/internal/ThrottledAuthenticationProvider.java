package dev.retain.app.security.internal;

import dev.retain.app.security.AuditLog;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Every password login (the form and HTTP Basic) passes here: a locked user-from-address or
 * address is refused before the password is checked (so a lock costs no BCrypt and the right
 * password does not get in either); a wrong password, or a wrong second-factor code, counts
 * towards the locks ({@link LoginThrottle}); each failure and each lock is logged and audited.
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final TwoFactor twoFactor;
    private final AuditLog auditLog;
    private final Clock clock;

    public ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, TwoFactor twoFactor,
                                           AuditLog auditLog, Clock clock) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.twoFactor = twoFactor;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        LoginDetails details = attempt.getDetails() instanceof LoginDetails d ? d : new LoginDetails(null, LoginDetails.Channel.BASIC, null);
        Optional<LoginThrottle.Lock> lock = throttle.lockFor(username, details.address());
        if (lock.isPresent()) {
            log.debug("login refused, {} is locked until {}", lock.get().what(), lock.get().until());
            throw new LoginLockedException(lock.get().until(), clock.instant());
        }
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (BadCredentialsException e) {
            failed(username, details, "wrong user name or password");
            throw e;
        }
        if (twoFactor.enabled(username)) {
            if (details.channel() != LoginDetails.Channel.FORM) throw new SecondFactorRequiredException();
            if (!twoFactor.verify(username, details.code())) {
                failed(username, details, "wrong or missing second-factor code");
                throw new BadCredentialsException("wrong user name, password or code");
            }
        }
        throttle.succeeded(username, details.address());
        // the login is kept in the session (in PostgreSQL): not the one-time code it came with
        if (result instanceof org.springframework.security.authentication.AbstractAuthenticationToken token) token.setDetails(details.withoutCode());
        return result;
    }

    private void failed(String username, LoginDetails details, String why) {
        List<LoginThrottle.Lock> locks = throttle.failed(username, details.address());
        String safeName = printable(username);
        log.info("failed login for '{}' from {} ({}, {})", safeName, details.address(), details.channel(), why);
        auditLog.recordAs(safeName, AuditLog.LOGIN_FAILED, details.address(), details.channel().name().toLowerCase() + ": " + why);
        for (LoginThrottle.Lock lock : locks) {
            log.warn("login locked: {} until {} after too many failed logins", printable(lock.what()), lock.until());
            auditLog.recordAs(safeName, AuditLog.LOGIN_LOCKED, lock.what(), "until " + lock.until());
        }
    }

    /** A tried name as it may be logged: no line breaks or other control characters (no forged log lines). */
    private static String printable(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
