package dev.retain.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.ModuleSlice;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The security module on core alone (no business module started): logins stored by
 * {@link Users} work through the login form, and the audit trail it keeps is for admins only.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class SecurityModuleTests {

    private static final String PASSWORD = "module-test-pw";

    @Autowired ConfigurableApplicationContext context;
    @Autowired Users users;
    @Autowired AuditLog auditLog;
    @Autowired MockMvc mvc;

    @Test
    void onlyCoreAndSecurityAreStarted() {
        assertThat(ModuleSlice.modulesWithBeans(context)).containsExactly("core", "security");
    }

    @Test
    void aLoginSavedThroughUsersLogsInThroughTheFormAndAWrongPasswordDoesNot() throws Exception {
        users.createOrReplace("slice-admin", PASSWORD, "Slice Admin", Role.ADMIN, null);

        mvc.perform(formLogin("/login").user("slice-admin").password(PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("slice-admin").password("not-the-password")).andExpect(redirectedUrl("/login?error"));
        assertThat(users.find("slice-admin")).get().extracting(RetainUser::role).isEqualTo(Role.ADMIN);
    }

    @Test
    void whatTheAuditLogRecordsOnlyAnAdminReads() throws Exception {
        users.createOrReplace("slice-supervisor", PASSWORD, "Slice Supervisor", Role.SUPERVISOR, null);
        auditLog.exported(users.find("slice-supervisor").orElseThrow(), "slice-export.csv", 12);

        assertThat(auditLog.page("slice-supervisor", AuditLog.EXPORT, 0, 10))
                .singleElement().satisfies(e -> assertThat(e.detail()).isEqualTo("12 rows"));
        mvc.perform(get("/admin/audit").with(user("slice-admin").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("slice-export.csv")));
        mvc.perform(get("/admin/audit").with(user("slice-supervisor").roles("SUPERVISOR"))).andExpect(status().isForbidden());
    }
}
