package dev.retain.app.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.app.customer.ProvinceImported;
import dev.retain.app.cycle.CycleRun;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Queued cycles start in the order they were queued; an import queues its newest month and, on
 * a first import, the month before it, each once; a queued run nobody will start does not hold
 * the queue up after a restart. Months 2042-xx belong to this class (no usage: a run fails fast).
 */
@RetainWebTest
class QueuedRunsTests {

    private static final String USER = "queued-runs-test";

    @Autowired CycleRuns runs;
    @Autowired CycleExecution execution;
    @Autowired ImportTrigger trigger;
    @Autowired JdbcClient jdbc;

    private CycleRun.Status status(long id) {
        return runs.find(id).orElseThrow().status();
    }

    @Test
    void aRunWaitsWhileARunQueuedBeforeItHasNotStarted() {
        CycleRun earlier = runs.queue(YearMonth.of(2042, 1), USER);
        CycleRun later = runs.queue(YearMonth.of(2042, 2), USER);
        try {
            assertThat(execution.executeIfFree(later.id(), later.month())).isEqualTo(CycleExecution.Attempt.BUSY);
            assertThat(status(later.id())).isEqualTo(CycleRun.Status.QUEUED);
        } finally {
            runs.failed(earlier.id(), "test: never started");
        }
        execution.execute(later.id(), later.month());
        CycleRun ran = runs.find(later.id()).orElseThrow();
        assertThat(ran.status()).as("it ran (and failed: 2042-02 has no usage)").isEqualTo(CycleRun.Status.FAILED);
        assertThat(ran.error()).contains("2042-02");
    }

    @Test
    void anImportQueuesItsNewestMonthAndTheOneBeforeUntilThatOneHasACycle() {
        YearMonth april = YearMonth.of(2042, 4), may = YearMonth.of(2042, 5), june = YearMonth.of(2042, 6);
        assertThat(trigger.monthsToQueue(List.of(april, may, june))).containsExactly(may, june);
        assertThat(trigger.monthsToQueue(List.of(april, june))).as("May not imported").containsExactly(june);
        assertThat(trigger.monthsToQueue(List.of(june))).containsExactly(june);
        assertThat(trigger.monthsToQueue(List.of())).isEmpty();

        CycleRun mayRun = runs.queue(may, USER);
        runs.succeeded(mayRun.id(), may, "{}");
        assertThat(trigger.monthsToQueue(List.of(april, may, june))).as("May has had its cycle").containsExactly(june);
    }

    @Test
    void anImportDoesNotQueueAMonthAlreadyWaitingInTheQueue() {
        YearMonth july = YearMonth.of(2042, 7);
        CycleRun waiting = runs.queue(july, USER);
        try {
            trigger.on(new ProvinceImported(-1, List.of(july), USER));
            assertThat(jdbc.sql("select count(*) from cycle_run where month = ?").param(july.toString()).query(Long.class).single())
                    .isOne();
        } finally {
            runs.failed(waiting.id(), "test: never started");
        }
    }

    @Test
    void aQueuedRunNobodyWillStartIsFailedAtStartupSoItHoldsNothingUp() {
        CycleRun orphan = runs.queue(YearMonth.of(2042, 8), USER);
        // every other run counts as still scheduled: other tests' runs are left alone
        runs.failInterrupted(id -> id != orphan.id());
        assertThat(runs.find(orphan.id()).orElseThrow().status()).as("just queued: another instance may be scheduling it now")
                .isEqualTo(CycleRun.Status.QUEUED);
        jdbc.sql("update cycle_run set started_at = now() - interval '3 minutes' where id = ?").param(orphan.id()).update();
        runs.failInterrupted(id -> id != orphan.id());
        CycleRun failed = runs.find(orphan.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(CycleRun.Status.FAILED);
        assertThat(failed.error()).contains("stopped before the run started");
    }
}
