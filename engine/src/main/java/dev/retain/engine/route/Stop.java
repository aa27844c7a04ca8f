package dev.retain.engine.route;

import java.util.Objects;

/**
 * A place to serve once. As in Timefold's and Solomon's convention the window bounds the START of service:
 * service may begin at {@code readyTime} at the earliest (the visitor waits if early) and at {@code dueTime} at the latest.
 */
public record Stop(String id, Point at, double readyTime, double dueTime, double serviceTime, int demand) {

    public Stop {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        if (dueTime < readyTime) throw new IllegalArgumentException("stop " + id + ": dueTime " + dueTime + " is before readyTime " + readyTime);
        if (serviceTime < 0) throw new IllegalArgumentException("stop " + id + ": serviceTime " + serviceTime + " is negative");
        if (demand < 0) throw new IllegalArgumentException("stop " + id + ": demand " + demand + " is negative");
    }
}
