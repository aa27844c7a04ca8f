package dev.retain.app.cycle;

import static dev.retain.app.cycle.CycleTestProvince.MONTH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.SharedDatabase;
import dev.retain.app.core.locks.ClusterLock;
import dev.retain.app.core.locks.ClusterLocks;
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
 * start a cycle while a cycle holds the cluster-wide lock. Both wait, "queued", until it is
 * released; then they run one after the other, never two at once.
 *
 * <p>The running cycle is stood in for by holding its lock ({@value #CYCLE_LOCK}, what
 * {@code CycleExecution} holds for a whole run) from instance A: a real cycle of the test province
 * takes about a second, too short to observe the others waiting on a busy machine.
 */
class CycleAcrossInstancesTests {

    private static final String CYCLE_LOCK = "retain.cycle";

    @Test
    void cyclesStartedOnTwoInstancesWhileACycleRunsWaitForItAndThenRunOneAtATime() throws Exception {
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try (SharedDatabase db = SharedDatabase.start()) {
            ConfigurableApplicationContext a = db.startInstance();
            ConfigurableApplicationContext b = db.startInstance();
            JdbcClient jdbc = db.jdbc();
            CycleTestProvince.loadedInto(a.getBean(DataSource.class));
            awaitNoCycleQueuedOrRunning(jdbc); // the import's own cycles

            Future<CycleRun> first;
            long secondId;
            try (ClusterLock running = a.getBean(ClusterLocks.class).tryAcquire(CYCLE_LOCK).orElseThrow()) {
                // instance A runs one in the foreground (the demo command's way), B queues one (a supervisor's button)
                first = caller.submit(() -> a.getBean(CycleService.class).runNow(MONTH, "instance-a"));
                long firstId = CycleTestSupport.awaitRunStartedBy(jdbc, "instance-a");
                secondId = b.getBean(CycleService.class).request(MONTH, "instance-b").id();
                Thread.sleep(3_000); // several of the waiting runs' attempts (one a second in the foreground, every 5 s behind)
                assertThat(status(jdbc, firstId)).as("A's run while the lock is held").isEqualTo("queued");
                assertThat(status(jdbc, secondId)).as("B's run while the lock is held").isEqualTo("queued");
            }
            long mostRunningAtOnce = 0;
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (!(first.isDone() && finished(jdbc, secondId)) && Instant.now().isBefore(deadline)) {
                mostRunningAtOnce = Math.max(mostRunningAtOnce,
                        jdbc.sql("select count(*) from cycle_run where status = 'running'").query(Long.class).single());
                Thread.sleep(20);
            }
            CycleRun firstRun = first.get(1, TimeUnit.MINUTES);
            CycleRun secondRun = CycleTestSupport.awaitFinished(b.getBean(CycleService.class), secondId);

            assertThat(firstRun.status()).as(firstRun.error()).isEqualTo(CycleRun.Status.SUCCEEDED);
            assertThat(secondRun.status()).as(secondRun.error()).isEqualTo(CycleRun.Status.SUCCEEDED);
            assertThat(mostRunningAtOnce).as("cycles running at once").isEqualTo(1);
            assertThat(secondRun.startedAt()).as("B's run (queued second) started after A's finished")
                    .isAfterOrEqualTo(firstRun.finishedAt());
        } finally {
            caller.shutdownNow();
        }
    }

    private static String status(JdbcClient jdbc, long runId) {
        return jdbc.sql("select status from cycle_run where id = ?").param(runId).query(String.class).single();
    }

    private static boolean finished(JdbcClient jdbc, long runId) {
        String status = status(jdbc, runId);
        return status.equals("succeeded") || status.equals("failed");
    }

    private static void awaitNoCycleQueuedOrRunning(JdbcClient jdbc) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            long busy = jdbc.sql("select count(*) from cycle_run where status in ('queued', 'running')").query(Long.class).single();
            if (busy == 0) return;
            Thread.sleep(100);
        }
        throw new AssertionError("the import's cycles never finished");
    }
}
