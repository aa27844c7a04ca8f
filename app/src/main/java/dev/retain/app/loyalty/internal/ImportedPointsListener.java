package dev.retain.app.loyalty.internal;

import dev.retain.app.customer.ProvinceImported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After an import commits, takes BOSS's points into the ledger ({@link PointsReconciliation}). A durable module
 * event: delivered again after a restart when it had not completed, which the client keys make harmless. The id
 * stays fixed so a publication stored by an older build still finds its listener after a rename.
 */
@Component
class ImportedPointsListener {

    static final String LISTENER_ID = "loyalty.reconcile-after-import";

    private final PointsReconciliation reconciliation;

    ImportedPointsListener(PointsReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @ApplicationModuleListener(id = LISTENER_ID)
    void on(ProvinceImported imported) {
        reconciliation.run(imported.importId());
    }
}
