package dev.retain.engine.complaint.evaluate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One complaint as the evaluation (SPEC R9.5) sees it. {@code receivedOn} is the complaint's
 * date in the business zone: months and the before/after split count by it, so a later callback
 * never moves a complaint into another month. {@code satisfaction} is the callback's score
 * (1-5), null when nobody reached the customer; {@code dueAt} the work order's time limit, null
 * when the complaint never got one.
 */
public record HandledComplaint(long id, String branch, LocalDate receivedOn, boolean vip, boolean repeat,
                               Integer satisfaction, Instant dueAt, Instant closedAt) {

    public HandledComplaint {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(receivedOn, "receivedOn");
        if (satisfaction != null && (satisfaction < 1 || satisfaction > 5)) {
            throw new IllegalArgumentException("complaint " + id + ": satisfaction must be 1-5, was " + satisfaction);
        }
    }

    public boolean closed() {
        return closedAt != null;
    }

    /** Closed with a time limit: whether it was closed by it (the on-time rate's denominator are these). */
    boolean closedWithLimit() {
        return closedAt != null && dueAt != null;
    }

    boolean closedOnTime() {
        return closedWithLimit() && !closedAt.isAfter(dueAt);
    }
}
