package dev.retain.engine.workhours;

import java.time.Instant;
import java.util.Objects;

/** A stretch when the clock stood still (waiting on the customer); {@code to} null: still paused. */
public record Pause(Instant from, Instant to) {

    public Pause {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) throw new IllegalArgumentException("a pause ends after it starts: " + from + " – " + to);
    }

    public boolean open() {
        return to == null;
    }
}
