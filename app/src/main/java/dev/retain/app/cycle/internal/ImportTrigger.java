package dev.retain.app.cycle.internal;

import dev.retain.app.customer.ProvinceImported;
import dev.retain.app.cycle.CycleService;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After an import commits, queues the cycles it makes due, so the workbench reflects the new
 * month without anyone pressing a button: the newest usage month it loaded, and first the
 * month before it when the import loaded that one too and no cycle of it has succeeded yet (a
 * province's first import, or a month that was skipped): month m's cycle keeps the managers of
 * m-1's, and the dashboard compares m with m-1. Queued runs start in the order queued, so the
 * older month runs first. A month whose run is already queued and not started is not queued
 * again: that run reads the data as it is when it starts.
 *
 * <p>A durable module event: the import's transaction records the publication in
 * {@code event_publication}; this listener runs after the commit, asynchronously, in its own
 * transaction, and marks it complete when it returns. If the application stops (or this
 * listener fails) before that, the event is delivered again (core's IncompleteEventRedelivery: at the next start on
 * the embedded database; by one instance within minutes on a shared one), so a committed import
 * always gets its cycles. The id stays fixed so a publication stored by an older build still
 * finds its listener after a rename.
 */
@Component
class ImportTrigger {

    private static final Logger log = LoggerFactory.getLogger(ImportTrigger.class);
    static final String LISTENER_ID = "cycle.queue-cycle-after-import";

    private final CycleService cycles;
    private final CycleRuns runs;

    ImportTrigger(CycleService cycles, CycleRuns runs) {
        this.cycles = cycles;
        this.runs = runs;
    }

    @ApplicationModuleListener(id = LISTENER_ID)
    void on(ProvinceImported imported) {
        for (YearMonth month : monthsToQueue(imported.usageMonths())) {
            if (runs.waiting(month)) {
                log.info("import {}: the cycle of {} is already queued", imported.importId(), month);
                continue;
            }
            cycles.request(month, imported.username());
        }
    }

    /** The months an import of these usage months makes due, oldest first. */
    List<YearMonth> monthsToQueue(List<YearMonth> usageMonths) {
        if (usageMonths == null || usageMonths.isEmpty()) return List.of();
        YearMonth newest = usageMonths.stream().max(Comparator.naturalOrder()).orElseThrow();
        YearMonth before = newest.minusMonths(1);
        List<YearMonth> due = new ArrayList<>(2);
        if (usageMonths.contains(before) && !runs.succeededOnce(before)) due.add(before);
        due.add(newest);
        return due;
    }
}
