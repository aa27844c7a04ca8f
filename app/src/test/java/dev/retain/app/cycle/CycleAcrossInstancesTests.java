package dev.retain.app.cycle;

import static dev.retain.app.cycle.CycleTestProvince.MONTH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.SharedDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One cycle at a time across instances: two instances of the application on one database each
 * start a cycle while the other's runs. The second waits, "queued", until the first has
 * finished, then runs: never two at once.
 */
class CycleAcrossInstancesTests {

    @Test
    void aCycleStartedOnOneInstanceWhileAnotherRunsElsewhereWaitsForIt() throws Exception {
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try (SharedDatabase db = SharedDatabase.start()) {
            ConfigurableApplicationContext a = db.startInstance();
            ConfigurableApplicationContext b = db.startInstance();
            JdbcClient jdbc = db.jdbc();
            CycleTestProvince.loadedInto(a.getBean(DataSource.class));

            // instance A runs a cycle in the foreground (the demo command's way)
            Future<CycleRun> first = caller.submit(() -> a.getBean(CycleService.class).runNow(MONTH, "instance-a"));
            long firstId = CycleTestSupport.awaitRunStartedBy(jdbc, "instance-a");
            awaitStatus(jdbc, firstId, "running");

            // instance B queues one for its background jobs (the supervisor's button, an import)
            CycleService cyclesOfB = b.getBean(CycleService.class);
            long secondId = cyclesOfB.request(MONTH, "instance-b").id();
            boolean secondSeenQueuedWhileFirstRan = false;
            long mostRunningAtOnce = 0;
            while (!first.isDone()) {
                mostRunningAtOnce = Math.max(mostRunningAtOnce,
                        jdbc.sql("select count(*) from cycle_run where status = 'running'").query(Long.class).single());
                if ("queued".equals(status(jdbc, secondId)) && "running".equals(status(jdbc, firstId))) secondSeenQueuedWhileFirstRan = true;
                Thread.sleep(50);
            }
            CycleRun firstRun = first.get(3, TimeUnit.MINUTES);
            CycleRun secondRun = CycleTestSupport.awaitFinished(cyclesOfB, secondId);

            assertThat(firstRun.status()).as(firstRun.error()).isEqualTo(CycleRun.Status.SUCCEEDED);
            assertThat(secondRun.status()).as(secondRun.error()).isEqualTo(CycleRun.Status.SUCCEEDED);
            assertThat(secondSeenQueuedWhileFirstRan).as("B's run waited, queued, while A's ran").isTrue();
            assertThat(mostRunningAtOnce).as("cycles running at once").isEqualTo(1);
            assertThat(secondRun.startedAt()).as("B's run started after A's finished").isAfterOrEqualTo(firstRun.finishedAt());
        } finally {
            caller.shutdownNow();
        }
    }

    private static String status(JdbcClient jdbc, long runId) {
        return jdbc.sql("select status from cycle_run where id = ?").param(runId).query(String.class).single();
    }

    private static void awaitStatus(JdbcClient jdbc, long runId, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            if (status.equals(status(jdbc, runId))) return;
            Thread.sleep(20);
        }
        throw new AssertionError("run " + runId + " never became " + status);
    }
}
