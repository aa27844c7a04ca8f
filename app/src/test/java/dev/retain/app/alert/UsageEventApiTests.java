package dev.retain.app.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.security.Role;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Scope;
import dev.retain.app.security.internal.ApiClients;
import dev.retain.engine.alert.SubscriberUsageCodec;
import dev.retain.engine.alert.UsageEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code POST /api/v1/usage-events}: events become alerts, messages and tasks once; refused events
 * are named by index and field while the rest still count; parallel calls for one subscriber lose
 * nothing. MSISDNs 1369431xxxx belong to this class.
 */
@RetainWebTest
class UsageEventApiTests {

    private static final String MANAGER = TestLogins.PHONE.toUpperCase();

    @Autowired MockMvc mvc;
    @Autowired ApiClients clients;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired TestLogins logins;

    private String feedKey;
    private AlertFixture fixture;

    @BeforeEach
    void clientAndPlan() {
        RetainUser admin = new RetainUser(TestLogins.ADMIN, "管理员", Role.ADMIN, null);
        feedKey = clients.create("usage-feed-" + System.nanoTime(), Set.of(Scope.USAGE_WRITE), admin).key();
        fixture = new AlertFixture(jdbc);
    }

    /** A minute ago, or the month's first second: the events count toward this billing month. */
    private Instant recently() {
        Instant now = clock.instant();
        Instant monthStart = now.atZone(clock.getZone()).toLocalDate().withDayOfMonth(1).atStartOfDay(clock.getZone()).toInstant();
        Instant t = now.minusSeconds(60);
        return t.isBefore(monthStart) ? monthStart : t;
    }

    private org.springframework.test.web.servlet.ResultActions send(String key, byte[] body) throws Exception {
        return mvc.perform(post("/api/v1/usage-events").header("Authorization", "Bearer " + key)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void crossingEightyAndAHundredPercentAlertsOnceWithAMessageAndATaskForTheManager() throws Exception {
        String msisdn = "13694310001";
        fixture.subscriber(msisdn, MANAGER);
        Instant t = recently();
        byte[] batch = AlertFixture.json(List.of(AlertFixture.event(msisdn, t, 500, "api-1-a"),
                AlertFixture.event(msisdn, t, 350, "api-1-b"), AlertFixture.event(msisdn, t, 200, "api-1-c")));

        String month = clock.instant().atZone(clock.getZone()).toString().substring(0, 7);
        send(feedKey, batch).andExpect(status().isOk()).andExpect(jsonPath("$.counted").value(3))
                .andExpect(jsonPath("$.alerts[0]").value(msisdn + "/" + month + "/data-80"))
                .andExpect(jsonPath("$.alerts[1]").value(msisdn + "/" + month + "/data-100"));
        // the feed sends the same batch again (a retry after a timeout): duplicates, nothing new
        send(feedKey, batch).andExpect(status().isOk()).andExpect(jsonPath("$.duplicates").value(3))
                .andExpect(jsonPath("$.alerts").isEmpty());

        assertThat(jdbc.sql("select threshold from usage_alert where msisdn = ? order by threshold").param(msisdn)
                .query(String.class).list()).containsExactly("data-100", "data-80");
        assertThat(jdbc.sql("select template_code from outbox_message where msisdn = ? and reason = 'usage_alert' order by id")
                .param(msisdn).query(String.class).list()).containsExactly("usage_data", "usage_data");
        assertThat(jdbc.sql("select body from outbox_message where msisdn = ? and reason = 'usage_alert' order by id").param(msisdn)
                .query(String.class).list().get(0)).contains("80%").contains("850MB");
        assertThat(jdbc.sql("select task_id || ' ' || kind || ' ' || manager_id || ' ' || reasons from task where msisdn = ?")
                .param(msisdn).query(String.class).list())
                .containsExactly(AlertDelivery.taskIdOf(java.time.YearMonth.parse(month), msisdn) + " usage-alert " + MANAGER + " usage_data");
        assertThat(count("select count(*) from usage_alert where msisdn = ? and message_id is not null and task_id is not null", msisdn))
                .isEqualTo(2);
    }

    @Test
    void aThresholdCrossedAfterTheManagerClosedTheMonthsCallIsANewCall() throws Exception {
        String msisdn = "13694310009";
        fixture.subscriber(msisdn, MANAGER);
        Instant t = recently();
        send(feedKey, AlertFixture.json(List.of(AlertFixture.event(msisdn, t, 850, "api-9-a")))).andExpect(status().isOk());
        jdbc.sql("update task set status = 'done', outcome = 'reached', closed_at = now() where msisdn = ?").param(msisdn).update();

        send(feedKey, AlertFixture.json(List.of(AlertFixture.event(msisdn, t, 200, "api-9-b")))).andExpect(status().isOk());

        assertThat(jdbc.sql("select status || ' ' || reasons from task where msisdn = ? order by task_id").param(msisdn)
                .query(String.class).list()).containsExactly("done usage_data", "open usage_data");
        assertThat(count("select count(*) from usage_alert where msisdn = ?", msisdn)).isEqualTo(2);
    }

    @Test
    void refusedEventsAreNamedByIndexAndFieldAndTheOthersStillCount() throws Exception {
        String msisdn = "13694310002";
        fixture.subscriber(msisdn, null);
        Instant t = recently();
        String body = "[" + new String(AlertFixture.json(List.of(AlertFixture.event(msisdn, t, 10, "api-2-a"))), "UTF-8").replaceAll("^\\[|\\]$", "")
                + ",{\"msisdn\":\"" + msisdn + "\",\"ts\":\"2026-11-05T10:00:00\",\"data_mb\":1,\"voice_min\":0,\"sms\":0,\"event_id\":\"api-2-b\"}"
                + ",{\"msisdn\":\"13694319999\",\"ts\":\"" + t + "\",\"data_mb\":1,\"voice_min\":0,\"sms\":0,\"event_id\":\"api-2-c\"}"
                + ",{\"msisdn\":\"" + msisdn + "\",\"ts\":\"" + t + "\",\"voice_min\":0,\"sms\":0,\"event_id\":\"api-2-d\"}]";

        send(feedKey, body.getBytes("UTF-8")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.counted").value(1))
                .andExpect(jsonPath("$.refused.length()").value(3))
                .andExpect(jsonPath("$.refused[0].index").value(1)).andExpect(jsonPath("$.refused[0].reason").value("invalid_field"))
                .andExpect(jsonPath("$.refused[0].field").value("ts"))
                .andExpect(jsonPath("$.refused[1].index").value(2)).andExpect(jsonPath("$.refused[1].reason").value("unknown_subscriber"))
                .andExpect(jsonPath("$.refused[1].field").value("msisdn"))
                .andExpect(jsonPath("$.refused[2].index").value(3)).andExpect(jsonPath("$.refused[2].reason").value("missing_field"))
                .andExpect(jsonPath("$.refused[2].field").value("data_mb"));
        // the good event counted: its state holds 10 MB
        byte[] state = jdbc.sql("select state from usage_state where msisdn = ?").param(msisdn).query((rs, i) -> rs.getBytes(1)).single();
        assertThat(SubscriberUsageCodec.decode(state).current().usage().dataMilliMb()).isEqualTo(10_000);

        send(feedKey, "not json".getBytes("UTF-8")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.refused[0].reason").value("malformed_json")).andExpect(jsonPath("$.counted").value(0));
    }

    @Test
    void parallelCallsForOneSubscriberLoseNoEventAndAlertEachThresholdOnce() throws Exception {
        String msisdn = "13694310003";
        fixture.subscriber(msisdn, MANAGER);
        Instant t = recently();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            byte[] one = AlertFixture.json(List.of(AlertFixture.event(msisdn, t, 50, "api-3-" + i)));
            calls.add(pool.submit(() -> {
                send(feedKey, one).andExpect(status().isOk());
                return null;
            }));
        }
        for (Future<?> c : calls) c.get(60, TimeUnit.SECONDS);
        pool.shutdown();

        byte[] state = jdbc.sql("select state from usage_state where msisdn = ?").param(msisdn).query((rs, i) -> rs.getBytes(1)).single();
        assertThat(SubscriberUsageCodec.decode(state).current().usage().dataMilliMb()).as("24 × 50 MB, none lost").isEqualTo(1_200_000);
        assertThat(jdbc.sql("select threshold from usage_alert where msisdn = ? order by threshold").param(msisdn).query(String.class).list())
                .containsExactly("data-100", "data-80");
        assertThat(count("select count(*) from outbox_message where msisdn = ? and reason = 'usage_alert'", msisdn)).isEqualTo(2);
    }

    @Test
    void onlyTheUsageScopeAndAdminsMaySend() throws Exception {
        String msisdn = "13694310004";
        fixture.subscriber(msisdn, null);
        byte[] one = AlertFixture.json(List.of(AlertFixture.event(msisdn, recently(), 1, "api-4-a")));
        RetainUser admin = new RetainUser(TestLogins.ADMIN, "管理员", Role.ADMIN, null);
        String tasksKey = clients.create("tasks-only-" + System.nanoTime(), Set.of(Scope.TASKS_WRITE), admin).key();

        send(tasksKey, one).andExpect(status().isForbidden());
        for (String user : List.of(TestLogins.SUPERVISOR, TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER)) {
            mvc.perform(post("/api/v1/usage-events").with(logins.as(user)).contentType(MediaType.APPLICATION_JSON).content(one))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/usage-events").with(logins.as(TestLogins.ADMIN)).contentType(MediaType.APPLICATION_JSON).content(one))
                .andExpect(status().isOk()).andExpect(jsonPath("$.counted").value(1));
        assertThat(count("select count(*) from usage_state where msisdn = ? and state is not null", msisdn)).isEqualTo(1);
    }
}
