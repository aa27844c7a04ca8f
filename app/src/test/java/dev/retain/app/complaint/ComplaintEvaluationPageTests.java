package dev.retain.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.complaint.internal.evaluate.EvaluationReadModel;
import dev.retain.engine.complaint.evaluate.Comparison;
import dev.retain.engine.complaint.evaluate.ComplaintEvaluation;
import dev.retain.engine.complaint.evaluate.Rate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The evaluation over the database: VIP from the subscriber's tier, repeat from the repeat count,
 * the quality callback's score before the closing callback's, on time from the work order's limit;
 * the page with its branch, month and date filters; its roles.
 */
@RetainWebTest
class ComplaintEvaluationPageTests {

    private static final String BRANCH = "c2-eval-branch";

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired EvaluationReadModel readModel;

    @Test
    void figuresComeFromTheComplaintsTheirCustomersAndWorkOrders() throws Exception {
        plantOnce();
        var received = readModel.received(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-05-01"), BRANCH);
        assertThat(received).hasSize(4);
        Comparison c = ComplaintEvaluation.standard().compare(received, LocalDate.parse("2025-04-01"));

        assertThat(c.before().satisfiedAll()).isEqualTo(new Rate(1, 2));
        assertThat(c.before().satisfiedVip()).isEqualTo(new Rate(0, 1));
        assertThat(c.before().satisfiedRepeat()).isEqualTo(new Rate(1, 1));
        assertThat(c.after().satisfiedAll()).as("the quality callback's 5 counts over the closing callback's 2").isEqualTo(new Rate(1, 1));
        assertThat(c.after().satisfiedVip()).isEqualTo(new Rate(1, 1));
        assertThat(c.after().onTime()).as("one late, one on time").isEqualTo(new Rate(1, 2));
        assertThat(c.before().repeat()).isEqualTo(new Rate(1, 2));

        String page = mvc.perform(get("/complaints/evaluation").with(logins.as(TestLogins.SUPERVISOR))
                        .param("from", "2025-03").param("to", "2025-04").param("branch", BRANCH).param("pivot", "2025-04-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("投诉考评").contains("处理满意率（VIP）").contains("50 % (1/2)").contains("2025-03").contains("2025-04")
                .contains("+50 个百分点");
        String english = mvc.perform(get("/complaints/evaluation").with(logins.as(TestLogins.ANALYST)).param("lang", "en")
                        .param("from", "2025-03").param("to", "2025-04").param("branch", BRANCH).param("pivot", "nonsense"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("On-time rate").contains("The comparison date must be a date");
    }

    @Test
    void theEvaluationPageRefusesManagers() throws Exception {
        for (String who : List.of(TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER)) {
            mvc.perform(get("/complaints/evaluation").with(logins.as(who))).andExpect(status().isForbidden());
        }
        for (String who : List.of(TestLogins.HANDLER, TestLogins.ADMIN)) {
            mvc.perform(get("/complaints/evaluation").with(logins.as(who))).andExpect(status().isOk());
        }
    }

    private void plantOnce() {
        if (jdbc.sql("select count(*) from complaint where branch = ?").param(BRANCH).query(Long.class).single() > 0) return;
        ComplaintMonitorFixture.subscriber(jdbc, "13975000001", "gold", "c2-region", BRANCH);
        ComplaintMonitorFixture.subscriber(jdbc, "13975000002", "none", "c2-region", BRANCH);
        Instant march = Instant.parse("2025-03-10T02:00:00Z"), april = Instant.parse("2025-04-10T02:00:00Z");
        // before: a VIP who scored 2, a repeat complainant who scored 4
        ComplaintMonitorFixture.complaint(jdbc, "13975000001", BRANCH, march, "closed", march.plusSeconds(86_400), 2, 0, "weak_signal");
        ComplaintMonitorFixture.complaint(jdbc, "13975000002", BRANCH, march, "closed", march.plusSeconds(86_400), 4, 1, "weak_signal");
        // after: the VIP scored 2 at closing and 5 at the quality callback; closed after the limit
        long vip = ComplaintMonitorFixture.complaint(jdbc, "13975000001", BRANCH, april, "closed", april.plusSeconds(172_800), 2, 0,
                "no_data");
        long late = ComplaintMonitorFixture.workOrder(jdbc, "13975000001", april, april.plusSeconds(86_400), april.plusSeconds(172_800),
                "unsatisfied");
        ComplaintMonitorFixture.linkWorkOrder(jdbc, vip, late);
        jdbc.sql("insert into complaint_quality_callback (complaint_id, queued_at, outcome, satisfaction, recorded_by, recorded_at) "
                + "values (?, now(), 'reached', 5, 't-handler', now())").param(vip).update();
        // after: closed on time, never reached for a score
        long onTime = ComplaintMonitorFixture.complaint(jdbc, "13975000002", BRANCH, april, "closed", april.plusSeconds(3_600), null, 0,
                "no_data");
        ComplaintMonitorFixture.linkWorkOrder(jdbc, onTime,
                ComplaintMonitorFixture.workOrder(jdbc, "13975000002", april, april.plusSeconds(86_400), april.plusSeconds(3_600), "unreachable"));
    }
}
