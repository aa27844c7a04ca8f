package dev.retain.app.cycle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Waiting for a background run, and counting the test province's rows. */
final class CycleTestSupport {

    private CycleTestSupport() {
    }

    static CycleRun awaitFinished(CycleService cycles, long runId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            CycleRun run = cycles.find(runId).orElseThrow();
            if (run.finished()) return run;
            Thread.sleep(200);
        }
        throw new AssertionError("cycle run " + runId + " did not finish in time");
    }

    /** The id of the newest run queued by {@code username}, once there is one (a listener queues it in the background). */
    static long awaitRunStartedBy(JdbcClient jdbc, String username) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            var id = jdbc.sql("select id from cycle_run where started_by = ? order by id desc limit 1").param(username)
                    .query(Long.class).optional();
            if (id.isPresent()) return id.get();
            Thread.sleep(100);
        }
        throw new AssertionError("no cycle run queued by " + username + " in time");
    }

    /** The month's segment rows of the test province's subscribers. */
    static long segments(JdbcClient jdbc, CycleTestProvince p) {
        return jdbc.sql("select count(*) from segment where month = ? and msisdn = any(?)")
                .params(CycleTestProvince.MONTH.toString(), p.msisdns).query(Long.class).single();
    }

    /** Task ids of the month for the test province's subscribers. */
    static List<String> taskIds(JdbcClient jdbc, CycleTestProvince p) {
        return jdbc.sql("select task_id from task where month = ? and msisdn = any(?) order by task_id")
                .params(CycleTestProvince.MONTH.toString(), p.msisdns).query(String.class).list();
    }

    static long assignments(JdbcClient jdbc, CycleTestProvince p) {
        return jdbc.sql("select count(*) from assignment where month = ? and msisdn = any(?)")
                .params(CycleTestProvince.MONTH.toString(), p.msisdns).query(Long.class).single();
    }

    static long historyRows(JdbcClient jdbc, CycleTestProvince p) {
        return jdbc.sql("select count(*) from assignment_history where msisdn = any(?)")
                .params((Object) p.msisdns).query(Long.class).single();
    }
}
