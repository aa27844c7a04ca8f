package dev.retain.engine.cycle;

import java.nio.file.Path;

/** What a finished cycle tells its caller: the summary, where the files are, how long it took. */
public record CycleReport(CycleSummary summary, int subscribers, long totalMillis, Path outDir) {

    public double subscribersPerSecond() {
        return totalMillis == 0 ? subscribers : subscribers * 1000.0 / totalMillis;
    }
}
