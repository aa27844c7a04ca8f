package dev.retain.synth;

import java.time.YearMonth;

/** What a generation wrote: row counts of the large files and sizes of the small ones. */
public record GenerationSummary(
        long subscribers,
        long usageRows,
        long callPeerRows,
        long complaintRows,
        int managers,
        int groups,
        YearMonth firstMonth,
        YearMonth lastMonth) {
}
