package dev.retain.app.cycle.internal;

import dev.retain.engine.progress.Progress;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine's progress callbacks (many per second, from several threads) written to the
 * run's row at most twice a second: enough for a progress bar, cheap for the database.
 */
final class ThrottledProgress implements Progress {

    private static final long INTERVAL_NANOS = 500_000_000L;

    private final CycleRuns runs;
    private final long runId;
    private final AtomicLong lastWrite = new AtomicLong(System.nanoTime() - INTERVAL_NANOS);

    ThrottledProgress(CycleRuns runs, long runId) {
        this.runs = runs;
        this.runId = runId;
    }

    @Override
    public void update(String phase, long done, long total) {
        long now = System.nanoTime();
        long last = lastWrite.get();
        // one thread wins the slot; the others skip this update
        if (now - last < INTERVAL_NANOS || !lastWrite.compareAndSet(last, now)) return;
        runs.progress(runId, phase, done, total);
    }

    /** A phase boundary the page should always show, whatever the throttle says. */
    void phase(String phase, long done, long total) {
        lastWrite.set(System.nanoTime());
        runs.progress(runId, phase, done, total);
    }
}
