package dev.retain.app.security.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins and locks, in PostgreSQL so that all instances share them. Two keys per
 * attempt: the address (every user tried from it) and the user from that address. The user's
 * lock is per address on purpose: a lock on the user alone would let anyone lock anyone out by
 * guessing (one address could keep every account, the admins' first, locked for ever), while
 * the user's own attempts from their own desk still work. Guessing one user from many addresses
 * is bounded by each address's own limit. A success clears the user's count from that address
 * only: the address's count runs on, so logging in to an own account between guesses does not
 * reset it.
 */
@Component
@EnableConfigurationProperties(LoginProtectionSettings.class)
public class LoginThrottle {

    /** Longer names are no user's (the key stays short whatever an attacker sends). */
    private static final int MAX_NAME = 100;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LoginProtectionSettings settings;

    public LoginThrottle(JdbcClient jdbc, Clock clock, LoginProtectionSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** A lock in force: what is locked ({@code address 10.0.0.1} or {@code user alice from 10.0.0.1}) and until when. */
    public record Lock(String what, Instant until) {
    }

    /** The lock that refuses this attempt before its password is even checked, if any. */
    public Optional<Lock> lockFor(String username, String address) {
        return lockOf(List.of(addressKey(address), userKey(username, address)));
    }

    /** The address's own lock, if any (API keys have no user to lock). */
    public Optional<Lock> addressLock(String address) {
        return lockOf(List.of(addressKey(address)));
    }

    private Optional<Lock> lockOf(List<String> keys) {
        return jdbc.sql("select key, locked_until from login_throttle where key in (:keys) and locked_until > :now order by locked_until desc limit 1")
                .param("keys", keys).param("now", Timestamp.from(clock.instant()))
                .query((rs, i) -> new Lock(describe(rs.getString(1)), rs.getTimestamp(2).toInstant()))
                .optional();
    }

    /** Counts a wrong API key against the address; returns the lock it started, if any. */
    public Optional<Lock> failedKey(String address) {
        return count(addressKey(address), settings.addressMaxFailures());
    }

    /** Counts a wrong password (or code); returns the locks this failure started. */
    public List<Lock> failed(String username, String address) {
        List<Lock> started = new ArrayList<>();
        count(userKey(username, address), settings.userMaxFailures()).ifPresent(started::add);
        count(addressKey(address), settings.addressMaxFailures()).ifPresent(started::add);
        return started;
    }

    /** The user got in from this address: their count there starts again. */
    public void succeeded(String username, String address) {
        jdbc.sql("delete from login_throttle where key = ?").param(userKey(username, address)).update();
    }

    /** Forgets counts whose window has passed and locks that have ended; returns how many rows went. */
    public int forgetExpired() {
        Instant now = clock.instant();
        return jdbc.sql("delete from login_throttle where window_started_at <= ? and (locked_until is null or locked_until <= ?)")
                .params(Timestamp.from(now.minus(settings.window())), Timestamp.from(now)).update();
    }

    private Optional<Lock> count(String key, int max) {
        Instant now = clock.instant();
        Timestamp windowStart = Timestamp.from(now.minus(settings.window()));
        // one statement, so concurrent failures on several instances all count
        int failures = jdbc.sql("""
                        insert into login_throttle (key, failures, window_started_at) values (:key, 1, :now)
                        on conflict (key) do update set
                          failures = case when login_throttle.window_started_at <= :windowStart then 1 else login_throttle.failures + 1 end,
                          window_started_at = case when login_throttle.window_started_at <= :windowStart then :now
                                                   else login_throttle.window_started_at end
                        returning failures""")
                .param("key", key).param("now", Timestamp.from(now)).param("windowStart", windowStart)
                .query(Integer.class).single();
        if (failures < max) return Optional.empty();
        Instant until = now.plus(settings.lockout());
        // the count starts again after the lock; only the instance whose update took it reports the lock
        int locked = jdbc.sql("""
                        update login_throttle set locked_until = :until, failures = 0, window_started_at = :now
                        where key = :key and failures >= :max and (locked_until is null or locked_until <= :now)""")
                .param("until", Timestamp.from(until)).param("now", Timestamp.from(now)).param("key", key).param("max", max)
                .update();
        return locked == 1 ? Optional.of(new Lock(describe(key), until)) : Optional.empty();
    }

    static String addressKey(String address) {
        return "address:" + address(address);
    }

    static String userKey(String username, String address) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (name.length() > MAX_NAME) name = name.substring(0, MAX_NAME);
        return "user:" + name + "@" + address(address);
    }

    private static String address(String address) {
        return address == null || address.isBlank() ? "unknown" : address;
    }

    private static String describe(String key) {
        if (key.startsWith("address:")) return "address " + key.substring("address:".length());
        String userAtAddress = key.substring("user:".length());
        int at = userAtAddress.lastIndexOf('@');
        return "user " + userAtAddress.substring(0, at) + " from " + userAtAddress.substring(at + 1);
    }
}
