package dev.retain.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.complaint.internal.monitor.CallbackSampling;
import dev.retain.app.complaint.internal.monitor.MonitorSettings;
import dev.retain.app.complaint.internal.monitor.QualityCallbacks;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The monitor's quality callbacks: the admin's share of closed complaints sampled, deterministically
 * and once (a re-run or a changed share never re-samples); the handler's record of reached / unreached
 * with a score; the roles of every endpoint.
 */
@RetainWebTest
class ComplaintMonitorTests {

    private static final RetainUser ADMIN = new RetainUser(TestLogins.ADMIN, "admin", Role.ADMIN, null);
    private static final RetainUser HANDLER = new RetainUser(TestLogins.HANDLER, "handler", Role.COMPLAINT_HANDLER, null);

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired CallbackSampling sampling;
    @Autowired MonitorSettings settings;
    @Autowired QualityCallbacks callbacks;

    @Test
    void theShareOfClosedComplaintsIsSampledOnceAndAReRunOrANewShareNeverResamples() {
        settings.setCallbackSharePercent(20, ADMIN);
        List<Long> ids = ComplaintMonitorFixture.closed(jdbc, "13970", 2000, Instant.parse("2026-11-02T08:00:00Z"));
        sampling.run();
        Set<Long> first = sampledAmong(ids);
        assertThat(first.size()).as("about 20 %% of 2000").isBetween(340, 460);
        assertThat(jdbc.sql("select count(*) from complaint_callback_sampling where complaint_id in (:ids) and share_percent = 20")
                .param("ids", ids).query(Long.class).single()).isEqualTo(2000);

        assertThat(sampling.run().decided()).as("a re-run decides nothing already decided").isZero();
        settings.setCallbackSharePercent(50, ADMIN);
        sampling.run();
        assertThat(sampledAmong(ids)).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from complaint_quality_callback where complaint_id in (:ids)").param("ids", ids)
                .query(Long.class).single()).isEqualTo(first.size());

        List<Long> later = ComplaintMonitorFixture.closed(jdbc, "13971", 400, Instant.parse("2026-11-03T08:00:00Z"));
        sampling.run();
        assertThat(sampledAmong(later).size()).as("the new share counts for complaints closed since").isBetween(160, 240);
        settings.setCallbackSharePercent(20, ADMIN);
        // these hundreds of callbacks are done with: out of the open queue the page test reads (oldest first, 200 shown)
        jdbc.sql("update complaint_quality_callback set outcome = 'reached', satisfaction = 3, recorded_by = 'test', recorded_at = now() "
                + "where complaint_id in (:ids)").param("ids", java.util.stream.Stream.concat(ids.stream(), later.stream()).toList()).update();
    }

    @Test
    void openComplaintsAreNeverSampledAndTheShareIsRefusedOutsideItsRange() {
        long open = ComplaintMonitorFixture.complaint(jdbc, "13972000001", null, Instant.parse("2026-11-02T08:00:00Z"), "handling", null,
                null, 0, "weak_signal");
        settings.setCallbackSharePercent(100, ADMIN);
        sampling.run();
        assertThat(jdbc.sql("select count(*) from complaint_callback_sampling where complaint_id = ?").param(open).query(Long.class).single())
                .isZero();
        settings.setCallbackSharePercent(20, ADMIN);
        assertThatThrownBy(() -> settings.setCallbackSharePercent(101, ADMIN)).hasMessageContaining("callback-share-percent must be 0-100, was 101");
    }

    @Test
    void aHandlerRecordsReachedWithAScoreOrUnreachedAndAReachedCallbackIsFinal() {
        settings.setCallbackSharePercent(100, ADMIN);
        List<Long> ids = ComplaintMonitorFixture.closed(jdbc, "13973", 2, Instant.parse("2026-11-04T08:00:00Z"));
        sampling.run();
        settings.setCallbackSharePercent(20, ADMIN);
        long a = ids.get(0), b = ids.get(1);

        assertThatThrownBy(() -> callbacks.record(a, "reached", null, "", HANDLER))
                .isInstanceOfSatisfying(QualityCallbacks.Refused.class, e -> assertThat(e.field()).isEqualTo("satisfaction"));
        assertThatThrownBy(() -> callbacks.record(a, "maybe", 3, "", HANDLER))
                .isInstanceOfSatisfying(QualityCallbacks.Refused.class, e -> assertThat(e.field()).isEqualTo("outcome"));
        callbacks.record(a, "unreached", 5, "no answer", HANDLER);
        assertThat(callbacks.satisfactionOf(a)).isEmpty();
        callbacks.record(a, "reached", 4, "fixed now", HANDLER);
        assertThat(callbacks.satisfactionOf(a)).contains(4);
        assertThatThrownBy(() -> callbacks.record(a, "reached", 5, "", HANDLER))
                .isInstanceOfSatisfying(QualityCallbacks.Refused.class, e -> assertThat(e.key()).isEqualTo("complaint.monitor.refused.done"));
        long notQueued = ComplaintMonitorFixture.complaint(jdbc, "13973999999", null, Instant.parse("2026-11-02T08:00:00Z"), "handling",
                null, null, 0, "weak_signal");
        assertThatThrownBy(() -> callbacks.record(notQueued, "reached", 5, "", HANDLER))
                .isInstanceOfSatisfying(QualityCallbacks.Refused.class, e -> assertThat(e.key()).isEqualTo("complaint.monitor.refused.notQueued"));
        assertThat(jdbc.sql("select count(*) from audit_log where action = ? and subject = ?")
                .params(QualityCallbacks.AUDIT_ACTION, "complaint " + a).query(Long.class).single()).isEqualTo(2);
        assertThat(b).isPositive();
    }

    @Test
    void theQueuePageShowsMaskedNumbersAndTheFormRecords() throws Exception {
        settings.setCallbackSharePercent(100, ADMIN);
        List<Long> ids = ComplaintMonitorFixture.closed(jdbc, "13974", 1, Instant.parse("2026-11-05T08:00:00Z"));
        sampling.run();
        settings.setCallbackSharePercent(20, ADMIN);
        String page = mvc.perform(get("/complaints/callbacks").with(logins.as(TestLogins.HANDLER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("质量回访").contains("139****0001").doesNotContain("13974000001").contains("/work-orders/board");

        mvc.perform(post("/complaints/callbacks/" + ids.get(0)).with(csrf()).with(logins.as(TestLogins.HANDLER))
                        .param("outcome", "reached").param("satisfaction", "5").param("note", "thanks"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "complaint.monitor.recorded"));
        assertThat(callbacks.satisfactionOf(ids.get(0))).contains(5);
        mvc.perform(post("/complaints/callbacks/" + ids.get(0)).with(csrf()).with(logins.as(TestLogins.HANDLER))
                        .param("outcome", "reached").param("satisfaction", "1"))
                .andExpect(flash().attribute("refused", "complaint.monitor.refused.done"));
        assertThat(callbacks.satisfactionOf(ids.get(0))).contains(5);
    }

    @Test
    void everyMonitorEndpointRefusesTheWrongRoles() throws Exception {
        for (String who : List.of(TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER, TestLogins.ANALYST)) {
            mvc.perform(get("/complaints/callbacks").with(logins.as(who))).andExpect(status().isForbidden());
            mvc.perform(post("/complaints/callbacks/sample").with(csrf()).with(logins.as(who))).andExpect(status().isForbidden());
        }
        for (String who : List.of(TestLogins.ADMIN, TestLogins.ANALYST, TestLogins.PHONE)) {
            mvc.perform(post("/complaints/callbacks/1").with(csrf()).with(logins.as(who)).param("outcome", "unreached"))
                    .andExpect(status().isForbidden());
        }
        for (String who : List.of(TestLogins.HANDLER, TestLogins.SUPERVISOR, TestLogins.ANALYST)) {
            mvc.perform(post("/complaints/callbacks/share").with(csrf()).with(logins.as(who)).param("share", "30"))
                    .andExpect(status().isForbidden());
        }
        assertThat(settings.callbackSharePercent()).isNotEqualTo(30);
        mvc.perform(post("/complaints/callbacks/share").with(csrf()).with(logins.as(TestLogins.ADMIN)).param("share", "abc"))
                .andExpect(flash().attribute("refused", "complaint.monitor.refused.share"));
        mvc.perform(post("/complaints/callbacks/share").with(csrf()).with(logins.as(TestLogins.ADMIN)).param("share", "20"))
                .andExpect(flash().attribute("saved", "complaint.monitor.shareSaved"));
    }

    private Set<Long> sampledAmong(List<Long> ids) {
        return new HashSet<>(jdbc.sql("select complaint_id from complaint_callback_sampling where sampled and complaint_id in (:ids)")
                .param("ids", ids).query(Long.class).list());
    }
}
