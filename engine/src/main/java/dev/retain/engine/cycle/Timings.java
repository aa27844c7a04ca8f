package dev.retain.engine.cycle;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wall-clock milliseconds per phase of a run, in the order the phases happened. */
public final class Timings {

    private final Map<String, Long> laps = new LinkedHashMap<>();
    private final long start = System.nanoTime();
    private long last = start;

    public void lap(String phase) {
        long now = System.nanoTime();
        laps.merge(phase, (now - last) / 1_000_000, Long::sum);
        last = now;
    }

    public long totalMillis() {
        return (System.nanoTime() - start) / 1_000_000;
    }

    public Map<String, Long> laps() {
        return laps;
    }
}
