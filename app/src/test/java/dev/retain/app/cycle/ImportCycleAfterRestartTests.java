package dev.retain.app.cycle;

import static dev.retain.app.cycle.CycleTestProvince.MONTH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.SharedDatabase;
import dev.retain.app.customer.ImportRun;
import dev.retain.app.customer.ImportService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An import that committed while its cycles were not yet queued (the listener failed, as it
 * would if the application had stopped first) still gets them: the module event is in
 * the database, and the next start delivers it again. Two instances of the application, one
 * after the other, on one database.
 */
class ImportCycleAfterRestartTests {

    private static final String USER = "restart-test";
    private static final String LISTENER = "cycle.queue-cycle-after-import";

    @Test
    void anImportWhoseCycleWasNotQueuedBeforeTheStopGetsItAtTheNextStart() throws Exception {
        try (SharedDatabase db = SharedDatabase.start()) {
            JdbcClient jdbc = db.jdbc();
            try (ConfigurableApplicationContext first = db.startInstance()) {
                // the database refuses new cycle runs: the import commits, queueing its cycle fails
                jdbc.sql("""
                        create function refuse_cycle_run() returns trigger language plpgsql as
                        $$ begin raise exception 'test: no cycle runs now'; end $$""").update();
                jdbc.sql("create trigger refuse_cycle_run before insert on cycle_run for each row execute function refuse_cycle_run()")
                        .update();
                ImportRun imported = first.getBean(ImportService.class).importFrom(CycleTestProvince.generated().files, USER,
                        ImportService.CLI);
                assertThat(imported.succeeded()).as(imported.message()).isTrue();
                awaitPublication(jdbc, "FAILED");
            }
            assertThat(runsOf(jdbc)).as("no cycle queued before the stop").isZero();
            assertThat(incompletePublications(jdbc)).isEqualTo(1);
            jdbc.sql("drop trigger refuse_cycle_run on cycle_run").update();

            try (ConfigurableApplicationContext second = db.startInstance()) {
                List<CycleRun> runs = second.getBean(CycleService.class).awaitQueuedAfter(0, MONTH, Duration.ofMinutes(3));
                CycleRun run = runs.get(runs.size() - 1);

                assertThat(run.month()).as("the import's newest usage month").isEqualTo(MONTH);
                assertThat(run.status()).as(run.error()).isEqualTo(CycleRun.Status.SUCCEEDED);
                awaitPublication(jdbc, "COMPLETED");
                assertThat(incompletePublications(jdbc)).isZero();
                // a first import: its newest month and the month before (no cycle of it yet), each once, oldest first
                assertThat(jdbc.sql("select month || ' ' || status from cycle_run where started_by = ? order by id").param(USER)
                        .query(String.class).list()).as("delivered once")
                        .containsExactly(MONTH.minusMonths(1) + " succeeded", MONTH + " succeeded");
            }
        }
    }

    private static long runsOf(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from cycle_run where started_by = ?").param(USER).query(Long.class).single();
    }

    private static long incompletePublications(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from event_publication where listener_id = ? and completion_date is null")
                .param(LISTENER).query(Long.class).single();
    }

    /** Waits until the import's publication to the cycle's listener has {@code status}. */
    private static void awaitPublication(JdbcClient jdbc, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            long n = jdbc.sql("select count(*) from event_publication where listener_id = ? and status = ?")
                    .params(LISTENER, status).query(Long.class).single();
            if (n > 0) return;
            Thread.sleep(100);
        }
        throw new AssertionError("the import's event never reached status " + status + " for " + LISTENER);
    }
}
