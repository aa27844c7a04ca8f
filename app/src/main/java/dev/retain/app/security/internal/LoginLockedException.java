package dev.retain.app.security.internal;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** The attempt came while its user (from that address) or its address is locked; the password was not even checked. */
public class LoginLockedException extends LockedException {

    private final Instant until;
    private final Instant now;

    LoginLockedException(Instant until, Instant now) {
        super("too many failed logins; locked until " + until);
        this.until = until;
        this.now = now;
    }

    /** Whole seconds until the lock ends (at least 1), for a Retry-After header. */
    public long retryAfterSeconds() {
        return Math.max(1, Duration.between(now, until).toSeconds() + 1);
    }
}
