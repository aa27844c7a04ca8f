package dev.retain.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.core.BusinessClock;
import dev.retain.app.security.internal.LoginDetails;
import dev.retain.app.security.internal.LoginLockedException;
import dev.retain.app.security.internal.LoginProtectionSettings;
import dev.retain.app.security.internal.LoginThrottle;
import dev.retain.app.security.internal.ThrottledAuthenticationProvider;
import dev.retain.app.security.internal.TwoFactor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Brute-force protection of the login form and HTTP Basic: locks per user-from-an-address and per
 * address, the right password refused while locked, the locks shared through PostgreSQL and ending
 * with the Clock, and no way for one address to lock other people out. Users lp-*, addresses
 * 10.77.*; the rows go with each test (the address 127.0.0.1 of the other tests is never touched).
 */
@RetainWebTest
class LoginProtectionTests {

    static final String PASSWORD = "right-password";
    static final String WRONG = "wrong-password";

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog auditLog;
    @Autowired UserDetailsService userDetails;
    @Autowired PasswordEncoder encoder;
    @Autowired TwoFactor twoFactor;
    @Autowired LoginProtectionSettings settings;

    @BeforeEach
    void logins() {
        users.createOrReplace("lp-form", PASSWORD, "Form", Role.SUPERVISOR, null);
        users.createOrReplace("lp-basic", PASSWORD, "Basic", Role.SUPERVISOR, null);
        users.createOrReplace("lp-clock", PASSWORD, "Clock", Role.SUPERVISOR, null);
        for (int i = 1; i <= 8; i++) users.createOrReplace("lp-spray-" + i, PASSWORD, "Spray " + i, Role.SUPERVISOR, null);
    }

    @AfterEach
    void forget() {
        jdbc.sql("delete from login_throttle where key like '%10.77.%'").update();
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertThat(settings).isEqualTo(new LoginProtectionSettings(5, 30, Duration.ofMinutes(15), Duration.ofMinutes(15)));
    }

    @Test
    void fiveWrongPasswordsOnTheFormLockTheUserFromThatAddressAndTheRightOneIsRefused() throws Exception {
        for (int i = 0; i < 5; i++) form("lp-form", WRONG, "10.77.1.1").andExpect(redirectedUrl("/login?error"));
        form("lp-form", PASSWORD, "10.77.1.1").andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/login").param("locked", "").param("lang", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Too many failed logins")));
        // the user at their own desk is not locked out by someone else's guessing
        form("lp-form", PASSWORD, "10.77.1.2").andExpect(redirectedUrl("/"));

        assertThat(auditLog.page("lp-form", AuditLog.LOGIN_FAILED, 0, 10)).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(e -> assertThat(e.subject()).isEqualTo("10.77.1.1"));
        assertThat(auditLog.page("lp-form", AuditLog.LOGIN_LOCKED, 0, 10))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("user lp-form from 10.77.1.1"));
        assertThat(auditLog.page("lp-form", AuditLog.LOGIN, 0, 10)).anySatisfy(e -> assertThat(e.subject()).isEqualTo("10.77.1.2"));
    }

    @Test
    void httpBasicIsCountedTooAndALockAnswers429AsJsonWithRetryAfter() throws Exception {
        basic("lp-basic", PASSWORD, "10.77.2.1").andExpect(status().isOk());
        for (int i = 0; i < 5; i++) {
            basic("lp-basic", WRONG, "10.77.2.1").andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        basic("lp-basic", PASSWORD, "10.77.2.1").andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429));
        basic("lp-basic", PASSWORD, "10.77.2.2").andExpect(status().isOk());
    }

    @Test
    void oneAddressGuessingManyUsersIsStoppedAndLocksNobodyOutOfTheirOwnAddress() throws Exception {
        String attacker = "10.77.3.1";
        int attempts = 0;
        // five wrong passwords for each of six users: the address reaches its limit of 30 on the last one
        for (int u = 1; u <= 6; u++) {
            for (int i = 0; i < 5; i++) {
                form("lp-spray-" + u, WRONG, attacker);
                attempts++;
            }
        }
        assertThat(attempts).isEqualTo(settings.addressMaxFailures());
        // the address is locked: a further guess, even a right password, is refused unchecked and counts for no user
        form("lp-spray-7", PASSWORD, attacker).andExpect(redirectedUrl("/login?locked"));
        form("lp-spray-8", WRONG, attacker).andExpect(redirectedUrl("/login?locked"));
        assertThat(jdbc.sql("select count(*) from login_throttle where key like 'user:lp-spray-8@%'").query(Long.class).single()).isZero();
        // every user still logs in from anywhere else
        for (int u = 1; u <= 8; u++) form("lp-spray-" + u, PASSWORD, "10.77.3.2").andExpect(redirectedUrl("/"));
        assertThat(auditLog.page("lp-spray-6", AuditLog.LOGIN_LOCKED, 0, 10))
                .anySatisfy(e -> assertThat(e.subject()).isEqualTo("address " + attacker));
    }

    @Test
    void aLockEndsWithTheClockAndIsSharedByEveryInstanceThroughTheDatabase() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2031-03-01T08:00:00Z"));
        Clock clock = new BusinessClock(now::get, ZoneId.of("Asia/Shanghai"));
        ThrottledAuthenticationProvider one = provider(clock);
        ThrottledAuthenticationProvider two = provider(clock); // another instance on the same database

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> one.authenticate(attempt("lp-clock", WRONG, "10.77.4.1"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> two.authenticate(attempt("lp-clock", PASSWORD, "10.77.4.1"))).isInstanceOf(LoginLockedException.class);

        now.set(now.get().plus(Duration.ofMinutes(14)));
        assertThatThrownBy(() -> two.authenticate(attempt("lp-clock", PASSWORD, "10.77.4.1"))).isInstanceOf(LoginLockedException.class);

        now.set(now.get().plus(Duration.ofMinutes(1).plusSeconds(1)));
        Authentication in = one.authenticate(attempt("lp-clock", PASSWORD, "10.77.4.1"));
        assertThat(in.isAuthenticated()).isTrue();
    }

    @Test
    void failuresFurtherApartThanTheWindowDoNotAddUp() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2031-04-01T08:00:00Z"));
        ThrottledAuthenticationProvider provider = provider(new BusinessClock(now::get, ZoneId.of("Asia/Shanghai")));
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                assertThatThrownBy(() -> provider.authenticate(attempt("lp-clock", WRONG, "10.77.5.1"))).isInstanceOf(BadCredentialsException.class);
            }
            now.set(now.get().plus(Duration.ofMinutes(16)));
        }
        assertThat(provider.authenticate(attempt("lp-clock", PASSWORD, "10.77.5.1")).isAuthenticated()).isTrue();
    }

    @Test
    void expiredCountsAndLocksAreForgotten() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2031-05-01T08:00:00Z"));
        Clock clock = new BusinessClock(now::get, ZoneId.of("Asia/Shanghai"));
        LoginThrottle throttle = new LoginThrottle(jdbc, clock, settings);
        for (int i = 0; i < 5; i++) throttle.failed("lp-clock", "10.77.6.1");
        assertThat(throttle.lockFor("lp-clock", "10.77.6.1")).isPresent();
        assertThat(rows("10.77.6.1")).isEqualTo(2);
        throttle.forgetExpired();
        assertThat(rows("10.77.6.1")).as("a lock in force is kept").isEqualTo(2);
        now.set(now.get().plus(Duration.ofMinutes(16)));
        throttle.forgetExpired();
        assertThat(rows("10.77.6.1")).isZero();
    }

    private long rows(String address) {
        return jdbc.sql("select count(*) from login_throttle where key like ?").param("%" + address).query(Long.class).single();
    }

    private ThrottledAuthenticationProvider provider(Clock clock) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, new LoginThrottle(jdbc, clock, settings), twoFactor, auditLog, clock);
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new LoginDetails(address, LoginDetails.Channel.FORM, null));
        return token;
    }

    private ResultActions form(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()).with(from(address)));
    }

    private ResultActions basic(String username, String password, String address) throws Exception {
        return mvc.perform(get("/api/v1/cycles").with(httpBasic(username, password)).with(from(address)));
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
