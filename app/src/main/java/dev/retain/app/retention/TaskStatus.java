package dev.retain.app.retention;

/**
 * A task's status as the {@code task} table stores it. SQL writes them as literals
 * ({@code "status = '" + TaskStatus.OPEN + "'"}), not as bind parameters: the partial indexes of
 * open tasks ({@code task_manager_open_page}, {@code task_one_open_per_customer}) serve only a
 * query whose text says 'open'.
 */
public final class TaskStatus {

    public static final String OPEN = "open";
    public static final String DONE = "done";
    public static final String CANCELLED = "cancelled";
    /**
     * Closed by a later month's task for the same customer (SPEC R4.2: one open retention task
     * per customer): kept in the history, {@code superseded_by} names the task that took over,
     * its contacts stay linked to it.
     */
    public static final String SUPERSEDED = "superseded";

    /** Every status, in the order the API documents them. */
    public static final java.util.List<String> ALL = java.util.List.of(OPEN, DONE, CANCELLED, SUPERSEDED);

    private TaskStatus() {
    }
}
