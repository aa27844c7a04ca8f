package dev.retain.app.notify.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One run of the dispatch job: first settles what dead dispatchers left in flight, then
 * {@code retain.notify.workers} threads dispatch rounds side by side (a sender answers one message at
 * a time, so parallel rounds are what reaches a gateway's rate) until nothing is due or the run's
 * time is up; the job starts the next run after {@code retain.notify.interval}.
 */
@Component
class OutboxWorkers implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorkers.class);
    /** A run gives its db-scheduler thread back after this long, even with messages still due. */
    static final Duration RUN_BUDGET = Duration.ofSeconds(30);

    private final Dispatcher dispatcher;
    private final ExecutorService pool;
    private final int workers;

    OutboxWorkers(Dispatcher dispatcher, NotifySettings settings) {
        this.dispatcher = dispatcher;
        this.workers = settings.workers();
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "outbox-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Dispatches until nothing is due or the budget is spent; the messages handed to senders. */
    int runUntilIdle() {
        dispatcher.resolveInFlight();
        long deadline = System.nanoTime() + RUN_BUDGET.toNanos();
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            runs.add(pool.submit(() -> {
                int sent = 0;
                while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
                    Dispatcher.Round round = dispatcher.dispatchDue();
                    sent += round.sent();
                    if (round.idle()) break;
                }
                return sent;
            }));
        }
        int sent = 0;
        for (Future<Integer> run : runs) {
            try {
                sent += run.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                runs.forEach(r -> r.cancel(true));
                break;
            } catch (ExecutionException e) {
                // a database error in one round: the round's transaction rolled back, the next run tries again
                log.warn("an outbox dispatch round failed: {}", e.getCause().toString());
            }
        }
        return sent;
    }

    @Override
    public void destroy() throws InterruptedException {
        // let the messages in a sender's hands finish (a submit answers within its response timeout) before the
        // gateways and the database close: cut off, an accepted message could not record that it was sent
        pool.shutdown();
        if (!pool.awaitTermination(15, java.util.concurrent.TimeUnit.SECONDS)) pool.shutdownNow();
    }
}
