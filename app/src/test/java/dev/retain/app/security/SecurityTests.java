package dev.retain.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@RetainWebTest
class SecurityTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired AuditLog auditLog;
    @Autowired Users users;

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void theLoginPageSpeaksChineseByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("登录 Retain")));
        mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(Matchers.containsString("Log in to Retain")));
    }

    @Test
    void aRightPasswordLogsInAndAWrongOneDoesNot() throws Exception {
        mvc.perform(formLogin("/login").user(TestLogins.ADMIN).password(TestLogins.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user(TestLogins.ADMIN).password("wrong"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void passwordsAreStoredHashed() {
        assertThat(users.find(TestLogins.ADMIN)).isPresent();
        // the store keeps only BCrypt hashes: logging in above works, and the hash is not the password
        assertThat(users.passwordHashOf(TestLogins.ADMIN)).startsWith("$2").isNotEqualTo(TestLogins.PASSWORD);
    }

    @Test
    void theHomePageSendsEachRoleToItsWork() throws Exception {
        mvc.perform(get("/").with(logins.as(TestLogins.PHONE))).andExpect(redirectedUrl("/tasks"));
        mvc.perform(get("/").with(logins.as(TestLogins.SUPERVISOR))).andExpect(redirectedUrl("/supervisor"));
        mvc.perform(get("/").with(logins.as(TestLogins.ADMIN))).andExpect(redirectedUrl("/admin/rules"));
    }

    @Test
    void onlyAdminsBrowseTheAuditLog() throws Exception {
        auditLog.record(users.find(TestLogins.SUPERVISOR).orElseThrow(), AuditLog.EXPORT, "tasks.csv", "3 rows");
        mvc.perform(get("/admin/audit").with(logins.as(TestLogins.ADMIN)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("tasks.csv")));
        for (String wrong : new String[] {TestLogins.SUPERVISOR, TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER}) {
            mvc.perform(get("/admin/audit").with(logins.as(wrong))).andExpect(status().isForbidden());
        }
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/logout").with(logins.as(TestLogins.ADMIN))).andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(logins.as(TestLogins.ADMIN)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void theApiWantsCredentials() throws Exception {
        mvc.perform(get("/api/v1/anything")).andExpect(status().isUnauthorized());
    }
}
