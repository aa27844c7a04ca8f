package dev.retain.app.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@RetainWebTest
class ReassignmentTests {

    private static final String CM = "customer_manager";
    private static final String PM = "phone_manager";

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    AssignmentFixtures rows;

    @BeforeEach
    void fixtures() {
        rows = new AssignmentFixtures(jdbc);
    }

    @Test
    void reassigningOneCustomerWritesHistoryMovesOpenTasksAndIsAudited() throws Exception {
        rows.manager("RSG-CM1", CM, "RSG1", 5, true).manager("RSG-CM2", CM, "RSG1", 5, true)
                .customer("19920000001", "RSG1", "RSG-CM1", CM)
                .task("RSG-T1", "19920000001", "RSG-CM1", "open", LocalDate.now().plusDays(3))
                .task("RSG-T2", "19920000001", "RSG-CM1", "done", LocalDate.now().minusDays(3));

        reassign("19920000001", "RSG-CM2", TestLogins.SUPERVISOR).andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("reassigned"));

        assertThat(rows.managerOf("19920000001")).isEqualTo("RSG-CM2");
        assertThat(jdbc.sql("select reason || '/' || assigned_by from assignment where msisdn = '19920000001'").query(String.class).single())
                .isEqualTo("manual/" + TestLogins.SUPERVISOR);
        assertThat(jdbc.sql("""
                        select from_manager || '>' || to_manager || '/' || role || '/' || reason || '/' || by_user
                        from assignment_history where msisdn = '19920000001'""").query(String.class).list())
                .containsExactly("RSG-CM1>RSG-CM2/customer_manager/manual/" + TestLogins.SUPERVISOR);
        assertThat(jdbc.sql("select manager_id from task where task_id = 'RSG-T1'").query(String.class).single()).isEqualTo("RSG-CM2");
        assertThat(jdbc.sql("select manager_id from task where task_id = 'RSG-T2'").query(String.class).single())
                .as("closed tasks keep the manager who handled them").isEqualTo("RSG-CM1");
        assertThat(jdbc.sql("select detail from audit_log where action = 'reassign' and subject = '19920000001'").query(String.class).list())
                .containsExactly("RSG-CM1→RSG-CM2");

        // the customer's history page shows the change with the number masked
        String key = jdbc.sql("select customer_key::text from subscriber where msisdn = '19920000001'").query(String.class).single();
        mvc.perform(get("/supervisor/reassign").param("customer", key).param("lang", "en").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("199****0001")))
                .andExpect(content().string(Matchers.containsString("RSG-CM2")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">19920000001<"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        mvc.perform(get("/supervisor/reassign").param("customer", key).with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(content().string(Matchers.containsString("人工调整")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
    }

    @Test
    void typedNumbersTravelInBodiesAndTheCustomersPageIsAddressedByKey() throws Exception {
        rows.manager("RSG-K-CM1", CM, "RSGK", 5, true).manager("RSG-K-CM2", CM, "RSGK", 5, true)
                .customer("19920000041", "RSGK", "RSG-K-CM1", CM);
        String key = jdbc.sql("select customer_key::text from subscriber where msisdn = '19920000041'").query(String.class).single();
        // either form of the number finds the customer; the answer is the page by key
        mvc.perform(post("/supervisor/reassign/lookup").param("msisdn", "+8619920000041")
                        .with(logins.as(TestLogins.SUPERVISOR)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/supervisor/reassign?customer=" + key));
        String page = mvc.perform(get("/supervisor/reassign").param("customer", key).with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("199****0041").contains("name=\"customer\" value=\"" + key + "\"").doesNotContain("19920000041");

        mvc.perform(post("/supervisor/reassign").param("customer", key).param("managerId", "RSG-K-CM2")
                        .with(logins.as(TestLogins.SUPERVISOR)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/supervisor/reassign?customer=" + key));
        assertThat(rows.managerOf("19920000041")).isEqualTo("RSG-K-CM2");

        mvc.perform(post("/supervisor/reassign/lookup").param("msisdn", "19920049999").param("lang", "en")
                        .with(logins.as(TestLogins.SUPERVISOR)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("id=\"lookup-unknown\"")));

        // analysts look, and are offered nothing they may not do
        String analyst = mvc.perform(get("/supervisor/reassign").param("customer", key).with(logins.as(TestLogins.ANALYST)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(analyst).contains("199****0041").doesNotContain("id=\"reassign-form\"").doesNotContain("id=\"departure-form\"");
        mvc.perform(post("/supervisor/reassign").param("customer", key).param("managerId", "RSG-K-CM1")
                .with(logins.as(TestLogins.ANALYST)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void invalidReassignmentsAreRefusedWithAMessageAtTheField() throws Exception {
        rows.manager("RSG-V-CM1", CM, "RSGV", 5, true).manager("RSG-V-OLD", CM, "RSGV", 5, false)
                .manager("RSG-V-PM", PM, "RSGV", null, true).manager("RSG-V-FULL", CM, "RSGV", 1, true)
                .customer("19920000011", "RSGV", "RSG-V-CM1", CM)
                .customer("19920000012", "RSGV", "RSG-V-FULL", CM);

        expectError("19920099999", "RSG-V-CM1", "error-msisdn", "No programme customer has this number.");
        expectError("19920000011", "RSG-V-NOBODY", "error-managerId", "There is no manager with this id.");
        expectError("19920000011", "RSG-V-OLD", "error-managerId", "This manager is no longer active.");
        expectError("19920000011", "RSG-V-PM", "error-managerId", "does not serve this customer");
        expectError("19920000011", "RSG-V-FULL", "error-managerId", "This manager is at full capacity.");
        expectError("19920000011", "RSG-V-CM1", "error-managerId", "The customer already has this manager.");

        assertThat(rows.managerOf("19920000011")).isEqualTo("RSG-V-CM1");
        assertThat(rows.count("select count(*) from assignment_history where msisdn = '19920000011'")).isZero();
        // and in Chinese, the default
        reassign("19920000011", "RSG-V-OLD", TestLogins.SUPERVISOR).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("该经理已不在岗。")));
    }

    @Test
    void aDepartingManagersCustomersAreSpreadWithinCapacityAndTheOverflowIsReported() throws Exception {
        rows.manager("RSG-D-GONE", CM, "RSGD", 10, true)
                .manager("RSG-D-CM1", CM, "RSGD", 3, true)       // one customer already: room for 2
                .manager("RSG-D-CM2", CM, "RSGD", 2, true)       // room for 2
                .manager("RSG-D-OLD", CM, "RSGD", 50, false)     // inactive: gets nobody
                .manager("RSG-D-PM", PM, "RSGD", null, true)     // other role: gets nobody
                .manager("RSG-D-ELSE", CM, "RSGE", 50, true)     // other region: gets nobody
                .customer("19920000020", "RSGD", "RSG-D-CM1", CM);
        for (int i = 1; i <= 5; i++) {
            String msisdn = "1992000002" + i;
            // a month of its own: the dashboard tests count the segments of theirs
            rows.subscriber(msisdn, "RSGD").assignment(msisdn, "RSG-D-GONE", CM, "2037-06").segment("2037-06", msisdn, "yellow", 100 * i);
            rows.task("RSG-D-T" + i, msisdn, "RSG-D-GONE", "open", LocalDate.now().plusDays(2));
        }

        // without the confirmation nothing happens
        mvc.perform(post("/supervisor/reassign/departure").param("managerId", "RSG-D-GONE").param("lang", "en")
                        .with(logins.as(TestLogins.SUPERVISOR)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Tick the box to confirm.")));
        assertThat(rows.count("select count(*) from assignment where manager_id = 'RSG-D-GONE'")).isEqualTo(5);

        mvc.perform(post("/supervisor/reassign/departure").param("managerId", "RSG-D-GONE").param("confirm", "true")
                        .with(logins.as(TestLogins.SUPERVISOR)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("departure", Matchers.hasToString(Matchers.containsString("moved=4, unassigned=1"))));

        assertThat(rows.count("select count(*) from assignment where manager_id = 'RSG-D-CM1'")).isEqualTo(3);
        assertThat(rows.count("select count(*) from assignment where manager_id = 'RSG-D-CM2'")).isEqualTo(2);
        assertThat(rows.count("select count(*) from assignment where manager_id in ('RSG-D-GONE','RSG-D-OLD','RSG-D-PM','RSG-D-ELSE')")).isZero();
        // the least valuable customer is the one left without a manager, and their open task with them
        assertThat(rows.managerOf("19920000021")).isNull();
        assertThat(jdbc.sql("select manager_id from task where task_id = 'RSG-D-T1'").query(String.class).optional()).isEmpty();
        assertThat(rows.count("select count(*) from task t join assignment a on a.msisdn = t.msisdn where t.task_id like 'RSG-D-T%' and a.manager_id = t.manager_id"))
                .as("moved customers' open tasks follow them").isEqualTo(4);
        assertThat(rows.count("select count(*) from assignment_history where reason = 'manager_left' and from_manager = 'RSG-D-GONE'")).isEqualTo(5);
        assertThat(jdbc.sql("select active from manager where manager_id = 'RSG-D-GONE'").query(Boolean.class).single()).isFalse();
        assertThat(rows.count("select count(*) from audit_log where action = 'reassign' and detail like 'RSG-D-GONE→%'")).isEqualTo(5);
    }

    @Test
    void onlySupervisorsAndAdminsChangeAssignmentsAndAnalystsOnlyLook() throws Exception {
        rows.manager("RSG-R-CM1", CM, "RSGR", 5, true).manager("RSG-R-CM2", CM, "RSGR", 5, true)
                .manager("RSG-R-GONE", CM, "RSGR", 5, true)
                .customer("19920000031", "RSGR", "RSG-R-CM1", CM);
        for (String allowed : new String[] {TestLogins.SUPERVISOR, TestLogins.ADMIN, TestLogins.ANALYST}) {
            mvc.perform(get("/supervisor/reassign").with(logins.as(allowed))).andExpect(status().isOk());
        }
        for (String wrong : new String[] {TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER}) {
            mvc.perform(get("/supervisor/reassign").with(logins.as(wrong))).andExpect(status().isForbidden());
        }
        for (String wrong : new String[] {TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER}) {
            reassign("19920000031", "RSG-R-CM2", wrong).andExpect(status().isForbidden());
            mvc.perform(post("/supervisor/reassign/departure").param("managerId", "RSG-R-GONE").param("confirm", "true")
                    .with(logins.as(wrong)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(rows.managerOf("19920000031")).isEqualTo("RSG-R-CM1");
        reassign("19920000031", "RSG-R-CM2", TestLogins.ADMIN).andExpect(status().is3xxRedirection());
        assertThat(rows.managerOf("19920000031")).isEqualTo("RSG-R-CM2");
        mvc.perform(post("/supervisor/reassign/departure").param("managerId", "RSG-R-GONE").param("confirm", "true")
                .with(logins.as(TestLogins.SUPERVISOR)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select active from manager where manager_id = 'RSG-R-GONE'").query(Boolean.class).single()).isFalse();
    }

    private ResultActions reassign(String msisdn, String managerId, String as) throws Exception {
        return mvc.perform(post("/supervisor/reassign").param("msisdn", msisdn).param("managerId", managerId)
                .with(logins.as(as)).with(csrf()));
    }

    private void expectError(String msisdn, String managerId, String fieldId, String message) throws Exception {
        mvc.perform(post("/supervisor/reassign").param("msisdn", msisdn).param("managerId", managerId).param("lang", "en")
                        .with(logins.as(TestLogins.SUPERVISOR)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.matchesPattern("(?s).*id=\"" + fieldId + "\"[^>]*>[^<]*" + java.util.regex.Pattern.quote(message) + ".*")));
    }
}
