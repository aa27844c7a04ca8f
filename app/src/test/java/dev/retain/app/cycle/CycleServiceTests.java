package dev.retain.app.cycle;

import static dev.retain.app.cycle.CycleTestProvince.MONTH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.customer.ProvinceImported;
import dev.retain.app.segment.RuleFacts;
import dev.retain.app.segment.Segments;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The cycle over the database reproduces the engine's outputs, re-runs safely, and fails cleanly. */
@RetainWebTest
class CycleServiceTests {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired CycleService cycles;
    @Autowired RetentionSettings settings;
    @Autowired Segments segments;
    @Autowired RuleFacts ruleFacts;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;

    CycleTestProvince province;

    @BeforeEach
    void province() {
        province = CycleTestProvince.loadedInto(dataSource);
    }

    @Test
    void theCycleStoresWhatTheEngineComputesFromTheSameData() {
        CycleRun run = cycles.runNow(MONTH, "t-supervisor");
        CycleTestProvince.Expected expected = province.expected(settings);

        assertThat(run.status()).as(run.error()).isEqualTo(CycleRun.Status.SUCCEEDED);
        assertThat(run.finishedAt()).isNotNull();
        assertThat(CycleTestSupport.segments(jdbc, province)).isEqualTo(expected.segments().size()).isEqualTo(2_000);
        assertThat(CycleTestSupport.taskIds(jdbc, province)).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected.taskIds());
        assertThat(CycleTestSupport.assignments(jdbc, province)).isEqualTo(expected.assignments().size());
        Map<String, Long> zones = segments.zoneCounts(MONTH);
        for (String zone : List.of("blue", "green", "yellow", "red", "white")) {
            assertThat(zones.get(zone)).as(zone).isEqualTo(expected.zone(zone));
        }
        assertThat(run.summaryJson()).contains("\"zones\"").contains("\"app_timings_ms\"");
        assertThat(cycles.latestCycleMonth()).isPresent();
        // the rule facts of the retention base (the five zones, and VIPs still present), with the zone the segment has
        long present = jdbc.sql("""
                        select count(*) from segment where month = ? and msisdn = any(?)
                          and (zone <> 'none' or (rule <> 'none_left' and tier in ('diamond', 'gold', 'silver')))""")
                .params(MONTH.toString(), province.msisdns).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from rule_facts where month = ? and msisdn = any(?)")
                .params(MONTH.toString(), province.msisdns).query(Long.class).single()).isEqualTo(present).isPositive();
        String yellow = jdbc.sql("select msisdn from segment where month = ? and msisdn = any(?) and zone = 'yellow' limit 1")
                .params(MONTH.toString(), province.msisdns).query(String.class).single();
        RuleFacts.MonthFacts facts = ruleFacts.of(yellow).orElseThrow();
        assertThat(facts.month()).isEqualTo(MONTH);
        assertThat(facts.facts().zone).isEqualTo("yellow");
    }

    @Test
    void reRunningAMonthChangesNothingAndKeepsWhatManagersDid() {
        cycles.runNow(MONTH, "t-supervisor");
        List<String> ids = CycleTestSupport.taskIds(jdbc, province);
        long segmentRows = CycleTestSupport.segments(jdbc, province);
        long assignmentRows = CycleTestSupport.assignments(jdbc, province);
        long history = CycleTestSupport.historyRows(jdbc, province);
        String handled = ids.get(0);
        String contacted = ids.get(1);
        jdbc.sql("update task set status = 'done', outcome = 'accepted_offer', closed_at = now() where task_id = ?").param(handled).update();
        jdbc.sql("update task set priority = -1 where task_id = ?").param(contacted).update();
        logContact(contacted);
        // open tasks of the month the engine does not produce: one untouched, one with a contact
        insertOpenTask("T2030-10-untouched", "19900000001");
        insertOpenTask("T2030-10-contacted", "19900000002");
        logContact("T2030-10-contacted");

        CycleRun again = cycles.runNow(MONTH, "t-supervisor");

        assertThat(again.status()).as(again.error()).isEqualTo(CycleRun.Status.SUCCEEDED);
        assertThat(CycleTestSupport.taskIds(jdbc, province)).containsExactlyElementsOf(ids);
        assertThat(CycleTestSupport.segments(jdbc, province)).isEqualTo(segmentRows);
        assertThat(CycleTestSupport.assignments(jdbc, province)).isEqualTo(assignmentRows);
        assertThat(CycleTestSupport.historyRows(jdbc, province)).as("no manager changed").isEqualTo(history);
        assertThat(jdbc.sql("select status || '/' || outcome from task where task_id = ?").param(handled).query(String.class).single())
                .isEqualTo("done/accepted_offer");
        assertThat(jdbc.sql("select priority from task where task_id = ?").param(contacted).query(Long.class).single())
                .as("an open task takes the re-run's content").isNotEqualTo(-1L);
        assertThat(taskExists("T2030-10-untouched")).isFalse();
        assertThat(taskExists("T2030-10-contacted")).isTrue();
    }

    @Test
    void aMonthWithoutUsageFailsAndLeavesTheDataAlone() {
        cycles.runNow(MONTH, "t-supervisor");
        List<String> ids = CycleTestSupport.taskIds(jdbc, province);
        long segmentRows = CycleTestSupport.segments(jdbc, province);

        YearMonth empty = MONTH.plusMonths(2);
        CycleRun failed = cycles.runNow(empty, "t-supervisor");

        assertThat(failed.status()).isEqualTo(CycleRun.Status.FAILED);
        assertThat(failed.error()).contains(empty.toString());
        assertThat(failed.finishedAt()).isNotNull();
        assertThat(CycleTestSupport.taskIds(jdbc, province)).containsExactlyElementsOf(ids);
        assertThat(CycleTestSupport.segments(jdbc, province)).isEqualTo(segmentRows);
        assertThat(jdbc.sql("select count(*) from segment where month = ?").param(empty.toString()).query(Long.class).single()).isZero();
    }

    @Test
    void anImportQueuesTheCycleOfItsNewestMonth() throws InterruptedException {
        // 2031-03 has no usage: the queued run runs in the background and fails quickly
        transaction.executeWithoutResult(tx -> events.publishEvent(
                new ProvinceImported(-1, List.of(YearMonth.of(2031, 1), YearMonth.of(2031, 3)), "import-test-user")));

        // the listener runs after the commit, on another thread
        long runId = CycleTestSupport.awaitRunStartedBy(jdbc, "import-test-user");
        CycleRun run = CycleTestSupport.awaitFinished(cycles, runId);
        assertThat(run.month()).isEqualTo(YearMonth.of(2031, 3));
        assertThat(run.status()).isEqualTo(CycleRun.Status.FAILED);
    }

    private void logContact(String taskId) {
        jdbc.sql("insert into contact (msisdn, channel, outcome, username, task_id) values ('19900000009', 'phone_manager', 'reached', 'pm-t1', ?)")
                .param(taskId).update();
    }

    private void insertOpenTask(String taskId, String msisdn) {
        jdbc.sql("""
                        insert into task (task_id, msisdn, month, kind, reasons, priority, value_at_risk, due_date)
                        values (?, ?, ?, 'care', 'green_lift', 1, 0, date '2030-11-15') on conflict do nothing""")
                .params(taskId, msisdn, MONTH.toString()).update();
    }

    private boolean taskExists(String taskId) {
        return jdbc.sql("select count(*) from task where task_id = ?").param(taskId).query(Long.class).single() == 1;
    }
}
