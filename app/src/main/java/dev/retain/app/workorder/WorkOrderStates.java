package dev.retain.app.workorder;

import java.util.List;
import java.util.Set;

/**
 * The codes of a work order's life, for callers and pages: {@code new} (in a queue, nobody holds it)
 * → {@code assigned} (a handler holds it) → {@code in_progress} (being worked) ⇄ {@code waiting_customer}
 * (the clock stands still) → {@code resolved} (a result; awaiting the callback) → {@code closed} (with the
 * callback's outcome). A transfer or a hand-back puts it back to {@code new} in another queue.
 */
public final class WorkOrderStates {

    public static final List<String> STATES = List.of("new", "assigned", "in_progress", "waiting_customer", "resolved", "closed");
    /** States whose clock runs toward the deadline. */
    public static final Set<String> RUNNING = Set.of("new", "assigned", "in_progress");
    public static final List<String> CHANNELS = List.of("phone_manager", "customer_manager", "hall", "hotline", "online_hall", "merchant",
            "api", "staff", "quality", "network_alarm", "analysis", "import");
    public static final List<String> PRIORITIES = List.of("must_solve", "regular", "defer");
    public static final List<String> CALLBACK_OUTCOMES = List.of("satisfied", "unsatisfied", "unreachable");

    private WorkOrderStates() {
    }
}
