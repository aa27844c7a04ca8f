package dev.retain.app.customer.internal;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs rows and rows/s of a long file every few seconds (DESIGN: every long run shows progress). */
final class ProgressLog {

    private static final Logger log = LoggerFactory.getLogger(ProgressLog.class);
    private static final long EVERY_NANOS = 5_000_000_000L;

    private final long importId;
    private final String file;
    private final long start = System.nanoTime();
    private long last = start;
    private long rows;

    ProgressLog(long importId, String file) {
        this.importId = importId;
        this.file = file;
    }

    void row() {
        if ((++rows & 0xFFFF) != 0) return;
        long now = System.nanoTime();
        if (now - last < EVERY_NANOS) return;
        last = now;
        log.info(String.format(Locale.ROOT, "import %d: %s %,d rows (%,.0f rows/s)", importId, file, rows,
                rows / ((now - start) / 1e9)));
    }
}
