package dev.retain.app.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.SharedDatabase;
import dev.retain.app.alert.internal.DemoReplay;
import dev.retain.engine.alert.AlertSettings;
import dev.retain.engine.alert.UsageEvent;
import dev.retain.engine.value.Plan;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo replay on a province imported as `retain demo` imports it: the heaviest data users with a
 * manager get alerts, their SMS go out to the local SMSC simulator, their managers get tasks, and a
 * second replay in the month raises nothing again. Its own database: the replay picks the province's
 * heaviest users, which in the shared test database would be other tests' customers.
 */
class DemoReplayTests {

    @Test
    void aReplayRaisesAlertsSendsTheMessagesAndGivesTheManagersTasksOnce() throws Exception {
        try (SharedDatabase db = SharedDatabase.start()) {
            ConfigurableApplicationContext app = db.startInstance();
            JdbcClient jdbc = db.jdbc();
            DemoReplay replay = app.getBean(DemoReplay.class);
            assertThat(replay.available()).as("no demo data yet").isFalse();

            new AlertFixture(jdbc);
            jdbc.sql("insert into manager (manager_id, name, role, region) values ('PM-D1', '孙八', 'phone_manager', 'hangzhou')").update();
            for (int i = 0; i < 8; i++) {
                String msisdn = "1369435000" + i;
                new AlertFixture(jdbc).subscriber(msisdn, i < 7 ? "PM-D1" : null);
                jdbc.sql("insert into usage_monthly (msisdn, month, bill, mou_out, data_mb, sms, state) values (?, '2035-01', 58, 100, ?, 3, 'active')")
                        .params(msisdn, 200 + i * 150).update();
            }
            // as `retain demo` records its import (cli.DemoCommand)
            jdbc.sql("insert into import_run (username, source, status) values ('demo', 'cli', 'succeeded')").update();
            assertThat(replay.available()).isTrue();

            DemoReplay.Replayed first = replay.replay();
            assertThat(first.subscribers()).isEqualTo(6);
            assertThat(first.alerts()).as("each crosses 80 % and 100 % of its data").isGreaterThanOrEqualTo(12);
            List<String> replayed = jdbc.sql("select distinct msisdn from usage_alert order by msisdn").query(String.class).list();
            assertThat(replayed).as("the heaviest six with a manager").containsExactly(
                    "13694350001", "13694350002", "13694350003", "13694350004", "13694350005", "13694350006");
            assertThat(jdbc.sql("select count(*) from task where kind = 'usage-alert' and manager_id = 'PM-D1'").query(Long.class).single())
                    .isEqualTo(6);
            long messages = jdbc.sql("select count(*) from outbox_message where reason = 'usage_alert'").query(Long.class).single();
            assertThat(messages).isEqualTo(first.alerts());
            // the dispatcher sends them over SMPP to the simulator, which acknowledges each
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < deadline && jdbc.sql("select count(*) from outbox_message where reason = 'usage_alert' and state in ('sent', 'delivered')")
                    .query(Long.class).single() < messages) {
                Thread.sleep(200);
            }
            assertThat(jdbc.sql("select count(*) from outbox_message where reason = 'usage_alert' and state in ('sent', 'delivered')")
                    .query(Long.class).single()).isEqualTo(messages);

            DemoReplay.Replayed again = replay.replay();
            assertThat(again.alerts()).isZero();
            assertThat(again.duplicates()).isEqualTo(again.events());
        }
    }

    @Test
    void theMonthSoFarReachesMoreThanTheAllowanceByNowAndNeverLater() {
        AlertSettings s = AlertSettings.defaults();
        Plan plan = new Plan("P", "p", 3_800, 100, 1_000, 10, 15, 29, 10);
        for (Instant now : List.of(java.time.OffsetDateTime.parse("2035-03-01T00:30:00+08:00").toInstant(), Instant.parse("2035-03-17T09:00:00Z"))) {
            List<UsageEvent> events = DemoReplay.monthSoFar("13694350001", plan, now, s);
            long total = events.stream().mapToLong(UsageEvent::dataMilliMb).sum();
            assertThat(total).isBetween(1_050_000L, 1_500_000L);
            assertThat(events).allSatisfy(e -> assertThat(e.ts()).isBefore(now).isAfterOrEqualTo(s.startOf(s.monthOf(now))));
            assertThat(events.stream().map(UsageEvent::eventId).distinct().count()).isEqualTo(events.size());
        }
    }
}
