package dev.retain.app.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.Role;
import dev.retain.app.security.Users;
import java.time.Instant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An admin's optional second factor: enrolment (secret, otpauth URI, QR code, confirmed by a
 * code), then the login needs password and code (each code once, HTTP Basic refused), and another
 * admin can reset it. Login tf-admin from 10.78.*.
 */
@RetainWebTest
class TwoFactorLoginTests {

    static final String ADMIN = "tf-admin";
    static final String PASSWORD = "tf-password";
    static final String ADDRESS = "10.78.0.1";

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired TwoFactor twoFactor;
    @Autowired UserDetailsService details;
    @Autowired AuditLog auditLog;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void admin() {
        users.createOrReplace(ADMIN, PASSWORD, "Two-factor admin", Role.ADMIN, null);
        twoFactor.reset(ADMIN);
    }

    @AfterEach
    void forget() {
        jdbc.sql("delete from login_throttle where key like '%10.78.%'").update();
    }

    @Test
    void withoutASecondFactorThePasswordIsEnough() throws Exception {
        login(PASSWORD, null).andExpect(redirectedUrl("/"));
    }

    @Test
    void anAdminEnrolsConfirmsWithACodeAndThenTheLoginNeedsACodeEveryTime() throws Exception {
        mvc.perform(get("/admin/two-factor").with(as(ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"start-two-factor\"")));
        mvc.perform(post("/admin/two-factor/start").with(as(ADMIN)).with(csrf())).andExpect(redirectedUrl("/admin/two-factor"));
        String secret = twoFactor.pending(ADMIN).orElseThrow().secret();
        mvc.perform(get("/admin/two-factor").with(as(ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(secret)))
                .andExpect(content().string(Matchers.containsString("otpauth://totp/Retain%3Atf-admin?secret=" + secret + "&amp;issuer=Retain")))
                .andExpect(content().string(Matchers.containsString("<svg")));

        // a wrong code does not switch it on
        mvc.perform(post("/admin/two-factor/confirm").param("code", wrongCode(secret)).with(as(ADMIN)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("id=\"two-factor-wrong\"")));
        assertThat(twoFactor.enabled(ADMIN)).isFalse();
        login(PASSWORD, null).andExpect(redirectedUrl("/"));

        String confirmation = code(secret);
        mvc.perform(post("/admin/two-factor/confirm").param("code", confirmation).with(as(ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/admin/two-factor?confirmed"));
        assertThat(twoFactor.enabled(ADMIN)).isTrue();
        assertThat(auditLog.page(ADMIN, "two_factor_enrolled", 0, 5)).isNotEmpty();

        login(PASSWORD, null).andExpect(redirectedUrl("/login?error"));
        login(PASSWORD, wrongCode(secret)).andExpect(redirectedUrl("/login?error"));
        login("not-the-password", nextCode(secret)).andExpect(redirectedUrl("/login?error"));
        // the confirmation's code is used up: it does not log in
        login(PASSWORD, confirmation).andExpect(redirectedUrl("/login?error"));
        // HTTP Basic cannot carry a code: refused even with the right password
        mvc.perform(get("/api/v1/cycles").with(httpBasic(ADMIN, PASSWORD)).with(from(ADDRESS))).andExpect(status().isUnauthorized());

        // the next step's code (what the phone shows within 30 s) logs in, once
        String next = nextCode(secret);
        login(PASSWORD, next).andExpect(redirectedUrl("/"));
        login(PASSWORD, next).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void anotherAdminResetsTheFactorAndNobodyResetsTheirOwn() throws Exception {
        twoFactor.start(ADMIN);
        String secret = twoFactor.pending(ADMIN).orElseThrow().secret();
        assertThat(twoFactor.confirm(ADMIN, code(secret))).isTrue();
        login(PASSWORD, null).andExpect(redirectedUrl("/login?error"));

        mvc.perform(post("/admin/users/" + ADMIN + "/two-factor/reset").with(as(ADMIN)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("id=\"user-refused\"")));
        assertThat(twoFactor.enabled(ADMIN)).isTrue();

        mvc.perform(post("/admin/users/" + ADMIN + "/two-factor/reset").with(as(TestLogins.ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + ADMIN));
        assertThat(twoFactor.enabled(ADMIN)).isFalse();
        assertThat(auditLog.page(TestLogins.ADMIN, "two_factor_reset", 0, 5)).anySatisfy(e -> assertThat(e.subject()).isEqualTo("user " + ADMIN));
        login(PASSWORD, null).andExpect(redirectedUrl("/"));
    }

    @Test
    void onlyAdminsSetUpASecondFactor() throws Exception {
        for (String wrong : new String[] {TestLogins.SUPERVISOR, TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER}) {
            mvc.perform(get("/admin/two-factor").with(as(wrong))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/two-factor/start").with(as(wrong)).with(csrf())).andExpect(status().isForbidden());
        }
    }

    private ResultActions login(String password, String code) throws Exception {
        var request = post("/login").param("username", ADMIN).param("password", password).with(csrf()).with(from(ADDRESS));
        if (code != null) request.param("code", code);
        return mvc.perform(request);
    }

    private static String code(String secret) {
        return Totp.code(Base32.decode(secret), Totp.step(Instant.now()));
    }

    private static String nextCode(String secret) {
        return Totp.code(Base32.decode(secret), Totp.step(Instant.now()) + 1);
    }

    /** A code that is none of the accepted window's. */
    private static String wrongCode(String secret) {
        byte[] key = Base32.decode(secret);
        long step = Totp.step(Instant.now());
        for (int candidate = 0; ; candidate++) {
            String text = String.format("%06d", candidate);
            boolean accepted = false;
            for (long s = step - 2; s <= step + 2; s++) accepted |= Totp.code(key, s).equals(text);
            if (!accepted) return text;
        }
    }

    private RequestPostProcessor as(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(details.loadUserByUsername(username));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
