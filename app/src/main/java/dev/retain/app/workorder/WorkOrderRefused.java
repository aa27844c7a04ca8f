package dev.retain.app.workorder;

/** An action the work order's state does not allow (closing an open order, resuming one that does not wait): nothing changed. */
public class WorkOrderRefused extends IllegalStateException {

    private final long workOrderId;

    public WorkOrderRefused(long workOrderId, String message) {
        super("work order " + workOrderId + ": " + message);
        this.workOrderId = workOrderId;
    }

    public long workOrderId() {
        return workOrderId;
    }
}
