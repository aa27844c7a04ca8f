package dev.retain.app.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Brute-force protection of the login (form and HTTP Basic; docs/settings.md, "Login protection").
 * These are deployment settings of the security module, not admin-page settings: admin depends on
 * security (the audit log), so security cannot read {@code admin.RetentionSettings}; and a stolen
 * admin session must not be able to switch the protection off. Each value has a range, checked at
 * start-up, so a typing accident cannot turn the protection off or lock everybody out for days.
 *
 * @param userMaxFailures    wrong passwords for one user from one address within {@code window}
 *                           before that address may not log in as that user for {@code lockout}
 * @param addressMaxFailures wrong passwords from one address, for any users, within {@code window}
 *                           before the address may not log in at all for {@code lockout}
 * @param window             how long a failure counts
 * @param lockout            how long a lock lasts
 */
@ConfigurationProperties("retain.security.login")
public record LoginProtectionSettings(@DefaultValue("5") int userMaxFailures, @DefaultValue("30") int addressMaxFailures,
                                      @DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockout) {

    public LoginProtectionSettings {
        // 3: fewer locks people out for ordinary typing slips; 20: more is no longer a lock against guessing
        requireRange("user-max-failures", userMaxFailures, 3, 20);
        // at least as many as one user may try; 1000: an office behind one NAT address shares this count
        requireRange("address-max-failures", addressMaxFailures, Math.max(10, userMaxFailures), 1000);
        requireRange("window", window, Duration.ofMinutes(1), Duration.ofHours(24));
        requireRange("lockout", lockout, Duration.ofMinutes(1), Duration.ofHours(24));
    }

    private static void requireRange(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("retain.security.login." + key + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    private static void requireRange(String key, Duration value, Duration min, Duration max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException("retain.security.login." + key + " must be between " + min + " and " + max + ", was " + value);
        }
    }
}
