package dev.retain.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.BrowserSession;
import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * /admin/users: create, change role and manager id (checked against the imported managers),
 * disable, reset the password; audited; only admins; the last admin and one's own login are safe.
 * Logins ua-*, managers UA-*.
 */
@RetainWebTest
class UserAdministrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired Users users;
    @Autowired AuditLog auditLog;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void managers() {
        // inactive and in a region of their own: no other test's counts see them
        jdbc.sql("""
                insert into manager (manager_id, name, role, region, capacity, active) values
                  ('UA-PM1', 'UA phone', 'phone_manager', 'ua-test', 10, false),
                  ('UA-CM1', 'UA customer', 'customer_manager', 'ua-test', 10, false)
                on conflict (manager_id) do nothing""").update();
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from app_user where username like 'ua-%'").update();
        jdbc.sql("delete from manager where manager_id like 'UA-%'").update();
        jdbc.sql("delete from login_throttle where key like '%10.79.%'").update();
    }

    @Test
    void anAdminCreatesAManagerLoginThatCanLogIn() throws Exception {
        mvc.perform(post("/admin/users").with(logins.as(TestLogins.ADMIN)).with(csrf())
                        .param("username", "ua-phone").param("password", "new-password-1").param("displayName", "电话经理 UA")
                        .param("role", "phone_manager").param("managerId", "UA-PM1"))
                .andExpect(redirectedUrl("/admin/users")).andExpect(flash().attributeExists("saved"));
        assertThat(users.find("ua-phone")).hasValueSatisfying(u -> {
            assertThat(u.role()).isEqualTo(Role.PHONE_MANAGER);
            assertThat(u.managerId()).isEqualTo("UA-PM1");
            assertThat(u.displayName()).isEqualTo("电话经理 UA");
        });
        assertThat(auditLog.page(TestLogins.ADMIN, "user_created", 0, 20)).anySatisfy(e -> {
            assertThat(e.subject()).isEqualTo("user ua-phone");
            assertThat(e.detail()).isEqualTo("role phone_manager, manager UA-PM1");
        });
        mvc.perform(post("/login").param("username", "ua-phone").param("password", "new-password-1").with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/admin/users").with(logins.as(TestLogins.ADMIN)).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("id=\"user-ua-phone\"")))
                .andExpect(content().string(Matchers.containsString("Phone manager")));
    }

    @Test
    void theManagerIdMustBeAnImportedManagerOfTheSameRole() throws Exception {
        create("ua-wrong-1", "phone_manager", "UA-NOBODY").andExpect(content().string(Matchers.containsString("UA-NOBODY is not in the imported managers.csv")));
        create("ua-wrong-2", "phone_manager", "UA-CM1").andExpect(content().string(Matchers.containsString("UA-CM1 is a Customer manager")));
        create("ua-wrong-3", "phone_manager", "").andExpect(content().string(Matchers.containsString("need a manager id")));
        create("ua-wrong-4", "supervisor", "UA-PM1").andExpect(content().string(Matchers.containsString("Only phone and customer managers")));
        create("ua-wrong-5", "system", "").andExpect(content().string(Matchers.containsString("belongs to integration clients")));
        assertThat(jdbc.sql("select count(*) from app_user where username like 'ua-wrong-%'").query(Long.class).single()).isZero();

        create("ua-cm", "customer_manager", "UA-CM1").andExpect(redirectedUrl("/admin/users"));
    }

    @Test
    void changingTheRoleEndsTheOpenSessionAndIsAudited() throws Exception {
        users.createOrReplace("ua-sup", "ua-password", "UA Supervisor", Role.SUPERVISOR, null);
        BrowserSession session = new BrowserSession();
        mvc.perform(post("/login").param("username", "ua-sup").param("password", "ua-password").with(csrf())
                .with(LoginProtectionTests.from("10.79.0.1")).with(session)).andDo(session).andExpect(redirectedUrl("/"));
        mvc.perform(get("/supervisor").with(session)).andDo(session).andExpect(status().isOk());

        mvc.perform(post("/admin/users/ua-sup").with(logins.as(TestLogins.ADMIN)).with(csrf())
                        .param("displayName", "UA Analyst").param("role", "analyst").param("managerId", ""))
                .andExpect(redirectedUrl("/admin/users/ua-sup"));
        assertThat(users.find("ua-sup").orElseThrow().role()).isEqualTo(Role.ANALYST);
        assertThat(auditLog.page(TestLogins.ADMIN, "user_changed", 0, 20))
                .anySatisfy(e -> assertThat(e.detail()).contains("role supervisor → analyst"));
        // the session made with the old role is over: the next request must log in again
        mvc.perform(get("/supervisor").with(session)).andDo(session).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aDisabledLoginCannotLogInAndItsSessionEnds() throws Exception {
        users.createOrReplace("ua-off", "ua-password", "UA Off", Role.SUPERVISOR, null);
        BrowserSession session = new BrowserSession();
        mvc.perform(post("/login").param("username", "ua-off").param("password", "ua-password").with(csrf())
                .with(LoginProtectionTests.from("10.79.0.2")).with(session)).andDo(session).andExpect(redirectedUrl("/"));
        mvc.perform(get("/supervisor").with(session)).andDo(session).andExpect(status().isOk());

        mvc.perform(post("/admin/users/ua-off/enabled").with(logins.as(TestLogins.ADMIN)).with(csrf()).param("enabled", "false"))
                .andExpect(redirectedUrl("/admin/users/ua-off"));
        mvc.perform(get("/supervisor").with(session)).andDo(session).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login").param("username", "ua-off").param("password", "ua-password").with(csrf())
                .with(LoginProtectionTests.from("10.79.0.2"))).andExpect(redirectedUrl("/login?error"));
        assertThat(auditLog.page(TestLogins.ADMIN, "user_disabled", 0, 20)).anySatisfy(e -> assertThat(e.subject()).isEqualTo("user ua-off"));

        mvc.perform(post("/admin/users/ua-off/enabled").with(logins.as(TestLogins.ADMIN)).with(csrf()).param("enabled", "true"));
        mvc.perform(post("/login").param("username", "ua-off").param("password", "ua-password").with(csrf())
                .with(LoginProtectionTests.from("10.79.0.2"))).andExpect(redirectedUrl("/"));
    }

    @Test
    void aResetPasswordReplacesTheOldOne() throws Exception {
        users.createOrReplace("ua-reset", "old-password", "UA Reset", Role.ANALYST, null);
        mvc.perform(post("/admin/users/ua-reset/password").with(logins.as(TestLogins.ADMIN)).with(csrf()).param("password", "short"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("id=\"user-refused\"")));
        mvc.perform(post("/admin/users/ua-reset/password").with(logins.as(TestLogins.ADMIN)).with(csrf()).param("password", "new-password-2"))
                .andExpect(redirectedUrl("/admin/users/ua-reset"));
        mvc.perform(post("/login").param("username", "ua-reset").param("password", "old-password").with(csrf())
                .with(LoginProtectionTests.from("10.79.0.3"))).andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").param("username", "ua-reset").param("password", "new-password-2").with(csrf())
                .with(LoginProtectionTests.from("10.79.0.3"))).andExpect(redirectedUrl("/"));
        assertThat(auditLog.page(TestLogins.ADMIN, "password_reset", 0, 20)).anySatisfy(e -> {
            assertThat(e.subject()).isEqualTo("user ua-reset");
            assertThat(e.detail()).isNull();
        });
    }

    @Test
    void anAdminCannotDisableOrDemoteThemselvesNorTheLastAdmin() throws Exception {
        mvc.perform(post("/admin/users/" + TestLogins.ADMIN + "/enabled").with(logins.as(TestLogins.ADMIN)).with(csrf()).param("enabled", "false"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("id=\"user-refused\"")));
        mvc.perform(post("/admin/users/" + TestLogins.ADMIN).with(logins.as(TestLogins.ADMIN)).with(csrf())
                        .param("role", "supervisor").param("managerId", ""))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("id=\"user-refused\"")));
        assertThat(users.find(TestLogins.ADMIN).orElseThrow().role()).isEqualTo(Role.ADMIN);

        // ua-admin demotes every other admin but one: the last one cannot go
        users.createOrReplace("ua-admin", "ua-password", "UA Admin", Role.ADMIN, null);
        java.util.List<String> others = jdbc.sql("""
                        update app_user set enabled = false where role = 'admin' and enabled and username not in ('ua-admin', ?)
                        returning username""").param(TestLogins.ADMIN).query(String.class).list();
        try {
            mvc.perform(post("/admin/users/" + TestLogins.ADMIN + "/enabled").with(logins.as("ua-admin")).with(csrf()).param("enabled", "false"))
                    .andExpect(redirectedUrl("/admin/users/" + TestLogins.ADMIN));
            // t-admin is disabled now: ua-admin is the last enabled admin, and another admin (none left) would have to act
            mvc.perform(post("/admin/users/ua-admin").with(logins.as("ua-admin")).with(csrf()).param("role", "supervisor").param("managerId", ""))
                    .andExpect(content().string(Matchers.containsString("id=\"user-refused\"")));
            assertThat(users.find("ua-admin").orElseThrow().role()).isEqualTo(Role.ADMIN);
        } finally {
            jdbc.sql("update app_user set enabled = true where username = ?").param(TestLogins.ADMIN).update();
            for (String other : others) jdbc.sql("update app_user set enabled = true where username = ?").param(other).update();
        }
    }

    @Test
    void onlyAdminsManageUsers() throws Exception {
        for (String wrong : new String[] {TestLogins.SUPERVISOR, TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER}) {
            mvc.perform(get("/admin/users").with(logins.as(wrong))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/users/" + TestLogins.PHONE).with(logins.as(wrong))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/users").with(logins.as(wrong)).with(csrf()).param("username", "ua-x").param("password", "password-x")
                    .param("role", "admin")).andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/" + TestLogins.PHONE + "/password").with(logins.as(wrong)).with(csrf()).param("password", "password-x"))
                    .andExpect(status().isForbidden());
        }
        assertThat(users.find("ua-x")).isEmpty();
    }

    @Test
    void anUnknownUserIsNotFound() throws Exception {
        mvc.perform(get("/admin/users/ua-nobody").with(logins.as(TestLogins.ADMIN))).andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.ResultActions create(String username, String role, String managerId) throws Exception {
        return mvc.perform(post("/admin/users").with(logins.as(TestLogins.ADMIN)).with(csrf()).param("lang", "en")
                .param("username", username).param("password", "password-123").param("role", role).param("managerId", managerId));
    }
}
