package dev.retain.app.retention;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The kinds of task the monthly cycle raises (the engine's {@code TaskKind} codes): together
 * they are the customer's retention task, of which a customer has at most one open (SPEC R4.2;
 * the partial unique index {@code task_one_open_per_customer} of migration V5_4 holds this list).
 * Tasks that later issues add beside the cycle's (key-moment care, alerts, visits) must use
 * other kind codes: they are not counted against this rule.
 */
public final class CycleTaskKinds {

    public static final List<String> ALL = List.of("retention", "winback", "upgrade", "care");

    /** The kinds as an SQL list for {@code kind in (...)}: literals, so the partial index's predicate matches the query's. */
    public static final String SQL_LIST = ALL.stream().map(k -> "'" + k + "'").collect(Collectors.joining(", ", "(", ")"));

    private CycleTaskKinds() {
    }
}
