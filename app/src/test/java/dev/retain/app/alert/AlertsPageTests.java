package dev.retain.app.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * /alerts: supervisors and admins see every alert, managers their own customers', numbers masked;
 * analysts are refused; the demo replay needs the demo's data and a supervisor or admin.
 * MSISDNs 136943477xx belong to this class.
 */
@RetainWebTest
class AlertsPageTests {

    private static final String MINE = "13694347771";
    private static final String OTHERS = "13694347772";

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired AlertDelivery delivery;
    @Autowired PlatformTransactionManager transactions;

    @BeforeEach
    void alertsOfTwoManagersCustomers() {
        new AlertFixture(jdbc).subscriber(MINE, TestLogins.PHONE.toUpperCase()).subscriber(OTHERS, TestLogins.OTHER_PHONE.toUpperCase());
        TransactionTemplate tx = new TransactionTemplate(transactions);
        for (String msisdn : List.of(MINE, OTHERS)) tx.executeWithoutResult(status -> PlantedAlerts.plant(delivery, msisdn));
    }

    private String page(String user) throws Exception {
        return mvc.perform(get("/alerts").with(logins.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void supervisorsSeeEveryAlertMaskedAndManagersTheirOwn() throws Exception {
        String supervisor = page(TestLogins.SUPERVISOR);
        assertThat(supervisor).contains("136****7771", "136****7772", "流量 80%", "超套费用 ≥ 100.00 元", "174.00")
                .doesNotContain(MINE, OTHERS);
        assertThat(page(TestLogins.ADMIN)).contains("136****7771", "136****7772");
        String manager = page(TestLogins.PHONE);
        assertThat(manager).contains("136****7771").doesNotContain("136****7772", MINE);
        // the task is the manager's to handle from here
        assertThat(manager).doesNotContain("/tasks/U2035-06-" + MINE).contains("/tasks/" + AlertDelivery.taskIdOf(java.time.YearMonth.of(2035, 6), MINE) + "/handle");
        mvc.perform(get("/alerts").with(logins.as(TestLogins.ANALYST))).andExpect(status().isForbidden());
    }

    @Test
    void theDemoReplayNeedsTheDemosDataAndASupervisorOrAdmin() throws Exception {
        boolean demo = jdbc.sql("select exists (select 1 from import_run where source = 'demo' or username = 'demo')").query(Boolean.class).single();
        if (!demo) {
            assertThat(page(TestLogins.SUPERVISOR)).doesNotContain("demo-replay-form");
            mvc.perform(post("/alerts/demo-replay").with(logins.as(TestLogins.SUPERVISOR)).with(csrf())).andExpect(status().isNotFound());
        }
        mvc.perform(post("/alerts/demo-replay").with(logins.as(TestLogins.PHONE)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/alerts/demo-replay").with(logins.as(TestLogins.ANALYST)).with(csrf())).andExpect(status().isForbidden());
    }
}
