package dev.retain.engine.route;

import java.util.Objects;
import java.util.Optional;

/**
 * One vehicle's (or visitor's) day: it leaves {@code start} at {@code open}, must be back at {@code end} by {@code close},
 * carries at most {@code capacity} demand and, if it has one, takes its lunch inside the break's window.
 */
public record Shift(String vehicleId, Point start, Point end, double open, double close, int capacity, Optional<Break> lunch) {

    public Shift {
        Objects.requireNonNull(vehicleId, "vehicleId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(lunch, "lunch");
        if (close < open) throw new IllegalArgumentException("shift " + vehicleId + ": close " + close + " is before open " + open);
        if (capacity < 0) throw new IllegalArgumentException("shift " + vehicleId + ": capacity " + capacity + " is negative");
    }
}
