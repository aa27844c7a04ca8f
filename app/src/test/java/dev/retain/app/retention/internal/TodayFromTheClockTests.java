package dev.retain.app.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.admin.SettingsEditor;
import dev.retain.app.admin.SettingsTestSupport;
import dev.retain.app.core.BusinessClock;
import dev.retain.app.security.Users;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Overdue", "due this week" and "soon" count from today in the business time zone, taken from
 * the Clock (pinned here to 16:30 UTC on 31 October: 1 November in Shanghai), never from the
 * database's current_date (today's real date, years away from these rows). MSISDNs 19970000xxx.
 */
@RetainWebTest
class TodayFromTheClockTests {

    static final Instant NEAR_MIDNIGHT_UTC = Instant.parse("2026-10-31T16:30:00Z");
    static final String MANAGER = "CLK-PM1";
    static final String CUSTOMER = "19970000001";
    static final String[] OTHERS = {"19970000002", "19970000003", "19970000004"};

    @Autowired JdbcClient jdbc;
    @Autowired RetentionSettings settings;
    @Autowired SettingsEditor editor;
    @Autowired Users users;

    @BeforeEach
    void rows() {
        for (String msisdn : customers()) {
            jdbc.sql("""
                    insert into subscriber (msisdn, msisdn_received, name, region, brand, join_date, contract_end, points, points_expiry)
                    values (?, ?, '钟表', 'hangzhou', 'gotone', date '2015-01-01', date '2026-12-31', 500, date '2027-01-01')
                    on conflict (msisdn) do nothing""").params(msisdn, msisdn).update();
        }
        // one open retention task per customer (SPEC R4.2): the other due dates on customers of their own
        task("T-CLK-1031", CUSTOMER, "2026-10-31");
        task("T-CLK-1101", OTHERS[0], "2026-11-01");
        task("T-CLK-1108", OTHERS[1], "2026-11-08");
        task("T-CLK-1109", OTHERS[2], "2026-11-09");
    }

    /** The rows leave with the test: other classes count open tasks and overdue ones. */
    @AfterEach
    void cleanUp() {
        SettingsTestSupport.restoreDefaults(editor, users.find(TestLogins.ADMIN).orElseThrow());
        for (String msisdn : customers()) {
            jdbc.sql("delete from task where msisdn = ?").param(msisdn).update();
            jdbc.sql("delete from subscriber where msisdn = ?").param(msisdn).update();
        }
    }

    private static List<String> customers() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(CUSTOMER), java.util.Arrays.stream(OTHERS)).toList();
    }

    private void task(String id, String msisdn, String due) {
        jdbc.sql("""
                        insert into task (task_id, msisdn, month, kind, reasons, priority, value_at_risk, due_date, manager_id)
                        values (?, ?, '2026-09', 'retention', 'yellow_zone', 10, 1.00, ?::date, ?) on conflict (task_id) do nothing""")
                .params(id, msisdn, due, MANAGER).update();
    }

    private static BusinessClock pinned(String zone) {
        return new BusinessClock(InstantSource.fixed(NEAR_MIDNIGHT_UTC), ZoneId.of(zone));
    }

    private static List<String> ids(List<TaskRow> rows) {
        return rows.stream().map(TaskRow::taskId).sorted().toList();
    }

    @Test
    void overdueAndThisWeekCountFromTheBusinessZonesToday() {
        TaskReadModel shanghai = new TaskReadModel(jdbc, pinned("Asia/Shanghai"));
        assertThat(ids(shanghai.openTasksOf(MANAGER, new TaskFilter("", "", 0, "overdue"), 0, 10))).containsExactly("T-CLK-1031");
        assertThat(ids(shanghai.openTasksOf(MANAGER, new TaskFilter("", "", 0, "week"), 0, 10)))
                .containsExactly("T-CLK-1101", "T-CLK-1108");
        assertThat(shanghai.openTasksOfCustomer(CUSTOMER)).filteredOn(TaskRow::overdue).extracting(TaskRow::taskId).containsExactly("T-CLK-1031");

        // the same instant on a server clock in UTC is still 31 October: nothing is overdue yet
        TaskReadModel utc = new TaskReadModel(jdbc, pinned("UTC"));
        assertThat(utc.openTasksOf(MANAGER, new TaskFilter("", "", 0, "overdue"), 0, 10)).isEmpty();
        assertThat(ids(utc.openTasksOf(MANAGER, new TaskFilter("", "", 0, "week"), 0, 10)))
                .containsExactly("T-CLK-1031", "T-CLK-1101");
        assertThat(utc.tasks("open", MANAGER, 0, 10)).noneMatch(TaskRow::overdue);
    }

    @Test
    void soonRunsFromTheBusinessZonesTodayForTheDaysInTheSettings() {
        CustomerReadModel shanghai = new CustomerReadModel(jdbc, pinned("Asia/Shanghai"), settings);
        // 1 November + 60 days = 31 December: the contract ends within the window, the points (1 January) just after
        CustomerProfile p = shanghai.profile(CUSTOMER).orElseThrow();
        assertThat(p.contractEndsSoon()).isTrue();
        assertThat(p.pointsExpireSoon()).isFalse();

        SettingsTestSupport.saveConfirmed(editor, Map.of("workbench.contract-ending-days", "59", "workbench.points-expiring-days", "61"),
                users.find(TestLogins.ADMIN).orElseThrow());
        CustomerProfile shorter = shanghai.profile(CUSTOMER).orElseThrow();
        assertThat(shorter.contractEndsSoon()).isFalse();
        assertThat(shorter.pointsExpireSoon()).isTrue();

        // in UTC it is still 31 October, so 61 days reach only 31 December
        assertThat(new CustomerReadModel(jdbc, pinned("UTC"), settings).profile(CUSTOMER).orElseThrow().pointsExpireSoon()).isFalse();
        assertThat(LocalDate.now(pinned("UTC"))).isEqualTo(LocalDate.of(2026, 10, 31));
    }
}
