package dev.retain.app.cycle.internal;

import dev.retain.app.customer.ProvinceImported;
import dev.retain.app.cycle.CycleService;
import java.util.Comparator;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After an import commits, queues the cycle for the newest usage month it loaded, so the
 * workbench reflects the new month without anyone pressing a button.
 *
 * <p>A durable module event: the import's transaction records the publication in
 * {@code event_publication}; this listener runs after the commit, asynchronously, in its own
 * transaction, and marks it complete when it returns. If the application stops (or this
 * listener fails) before that, the next start delivers the event again
 * (spring.modulith.events.republish-outstanding-events-on-restart), so a committed import
 * always gets its cycle. The id stays fixed so a publication stored by an older build still
 * finds its listener after a rename.
 */
@Component
class ImportTrigger {

    static final String LISTENER_ID = "cycle.queue-cycle-after-import";

    private final CycleService cycles;

    ImportTrigger(CycleService cycles) {
        this.cycles = cycles;
    }

    @ApplicationModuleListener(id = LISTENER_ID)
    void on(ProvinceImported imported) {
        if (imported.usageMonths() == null || imported.usageMonths().isEmpty()) return;
        cycles.request(imported.usageMonths().stream().max(Comparator.naturalOrder()).orElseThrow(), imported.username());
    }
}
