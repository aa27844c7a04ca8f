package dev.retain.app.metrics.internal;

import dev.retain.app.cycle.CycleCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Refreshes a month's figures after its cycle committed (the durable {@link CycleCompleted}: a refresh that had not
 * finished runs again after a restart). A refresh replaces the month whole, so a second delivery changes nothing.
 */
@Component
class CycleMetrics {

    static final String LISTENER_ID = "metrics.after-cycle";

    private final MetricRefresh refresh;

    CycleMetrics(MetricRefresh refresh) {
        this.refresh = refresh;
    }

    @ApplicationModuleListener(id = LISTENER_ID)
    void on(CycleCompleted completed) {
        refresh.refresh(completed.month());
    }
}
