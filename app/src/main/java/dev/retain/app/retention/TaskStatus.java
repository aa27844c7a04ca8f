package dev.retain.app.retention;

/**
 * A task's status as the {@code task} table stores it. SQL writes them as literals
 * ({@code "status = '" + TaskStatus.OPEN + "'"}), not as bind parameters: the partial index of
 * open tasks ({@code task_manager_open_page}) serves only a query whose text says 'open'.
 */
public final class TaskStatus {

    public static final String OPEN = "open";
    public static final String DONE = "done";
    public static final String CANCELLED = "cancelled";

    /** Every status, in the order the API documents them. */
    public static final java.util.List<String> ALL = java.util.List.of(OPEN, DONE, CANCELLED);

    private TaskStatus() {
    }
}
