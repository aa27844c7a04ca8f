package dev.retain.app.cycle.internal;

import dev.retain.app.customer.ProvinceImported;
import dev.retain.app.cycle.CycleService;
import java.util.Comparator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * After an import commits, queues the cycle for the newest usage month it loaded, so the
 * workbench reflects the new month without anyone pressing a button.
 */
@Component
class ImportTrigger {

    private final CycleService cycles;

    ImportTrigger(CycleService cycles) {
        this.cycles = cycles;
    }

    // fallbackExecution: an import published outside a transaction still triggers the cycle;
    // REQUIRES_NEW: after commit, the import's transaction can no longer commit our writes
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ProvinceImported imported) {
        if (imported.usageMonths() == null || imported.usageMonths().isEmpty()) return;
        cycles.request(imported.usageMonths().stream().max(Comparator.naturalOrder()).orElseThrow(), imported.username());
    }
}
