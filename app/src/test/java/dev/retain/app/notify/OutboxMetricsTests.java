package dev.retain.app.notify;

import static dev.retain.app.notify.OutboxRows.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.TestLogins;
import dev.retain.app.notify.internal.Dispatcher;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import dev.retain.app.security.Scope;
import dev.retain.app.security.internal.ApiClients;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * /actuator/prometheus: the outbox backlog by state and channel and the sends by outcome, for a
 * scraper's key with metrics:read or an admin; refused to everyone else.
 */
@NotifyTest
class OutboxMetricsTests {

    @Autowired MockMvc mvc;
    @Autowired ApiClients clients;
    @Autowired AuditLog auditLog;
    @Autowired Outbox outbox;
    @Autowired Dispatcher dispatcher;
    @Autowired MovableInstants clock;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    private static double value(String scrape, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+)$").matcher(scrape);
        assertThat(m.find()).as(series + " in the scrape").isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void theBacklogAndTheSendsForAScraperWithTheScope() throws Exception {
        RetainUser admin = new RetainUser(TestLogins.ADMIN, "管理员", Role.ADMIN, null);
        String scraper = clients.create("prometheus", Set.of(Scope.METRICS_READ), admin).key();
        OutboxRows rows = new OutboxRows(outbox, dispatcher, jdbc, transactions);
        clock.set(at("2026-08-03T22:00"));
        String before = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + scraper)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        new NotifyFixture(jdbc).customer("13900090001", null);
        rows.marketing("13900090001", Channel.SMS, "promotion", "m-held");
        rows.service("13900090001", "账单", "m-sent");
        rows.drain();
        clock.advance(Duration.ofSeconds(10)); // the backlog is counted at most every 5 seconds
        String after = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + scraper)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String held = "retain_outbox_backlog{channel=\"sms\",state=\"held\"}";
        String accepted = "retain_outbox_sends_total{channel=\"sms\",outcome=\"accepted\"}";
        assertThat(value(after, held)).isEqualTo(jdbc.sql("select count(*) from outbox_message where state = 'held' and channel = 'sms'")
                .query(Long.class).single().doubleValue());
        assertThat(value(after, held)).isGreaterThanOrEqualTo(1);
        assertThat(value(after, accepted) - value(before, accepted)).isGreaterThanOrEqualTo(1);
        assertThat(auditLog.page("client:prometheus", AuditLog.API_CALL, 0, 5)).as("scrapes are not audited").isEmpty();
    }

    @Test
    void everyoneElseIsRefused() throws Exception {
        RetainUser admin = new RetainUser(TestLogins.ADMIN, "管理员", Role.ADMIN, null);
        String tasks = clients.create("metrics-wrong-scope", Set.of(Scope.TASKS_READ), admin).key();
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + tasks)).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer rtk_nobody.nothing")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic(TestLogins.SUPERVISOR, TestLogins.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic(TestLogins.ADMIN, TestLogins.PASSWORD))).andExpect(status().isOk());
        // the metrics scope opens nothing else
        String scraper = clients.create("metrics-only", Set.of(Scope.METRICS_READ), admin).key();
        mvc.perform(get("/api/v1/tasks").header("Authorization", "Bearer " + scraper)).andExpect(status().isForbidden());
    }
}
